#include "RegressionForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "FormulaEdit.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;
using core::reg::Analysis;
using core::reg::RegressionSpec;

namespace {

constexpr int kMaxWindow = 8;  // leads and lags offered by the sliders

// Combo boxes may shrink below their longest entry: the form shares a narrow column.
void letShrink(QComboBox* box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
}

template <typename Enum>
void selectData(QComboBox* box, Enum value)
{
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(value))));
}

template <typename Enum>
Enum dataOf(const QComboBox* box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

QSlider* windowSlider(QWidget* parent, const QString& name)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setObjectName(name);
    slider->setRange(0, kMaxWindow);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    return slider;
}

// A label and a widget on one row, hidden together.
QWidget* row(QWidget* parent, const QString& label, QWidget* field, QWidget* extra = nullptr)
{
    auto* w = new QWidget(parent);
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* text = new QLabel(label, w);
    text->setBuddy(field);
    layout->addWidget(text);
    layout->addWidget(field, 1);
    if (extra) layout->addWidget(extra);
    return w;
}

QListWidget* checkList(QWidget* parent, const QString& name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 4);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 8);
    return list;
}

// Panel columns that can be controls: not the unit, period or province ids, and none of
// the variants of the outcome or the treatment (they would explain themselves).
bool canControl(const QString& column, const RegressionSpec& spec)
{
    static const QStringList ids = {u"unit"_s, u"period"_s, u"province"_s};
    if (ids.contains(column)) return false;
    if (column.contains(u"unrest"_s)) return false;
    if (spec.analysis == Analysis::UnrestToProcurement && column.contains(u"ai_public_security"_s)) return false;
    if (spec.analysis == Analysis::AiSuppression && (column.contains(u"ai_stock"_s) || column == QString::fromStdString(spec.weatherShock)))
        return false;
    return true;
}

bool isWeather(const QString& column)
{
    return column.startsWith(u"rain_"_s) || column.startsWith(u"temp_"_s);
}

}  // namespace

RegressionForm::RegressionForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildTemplateBox());
    layout->addWidget(buildDesignBox());
    layout->addWidget(buildModelBox());
    layout->addWidget(buildControlsBox());
    layout->addWidget(buildFixedEffectsBox());
    layout->addWidget(buildSampleBox());
    layout->addStretch(1);
    for (QComboBox* box : findChildren<QComboBox*>()) letShrink(box);
    setSpec(spec_);
}

QWidget* RegressionForm::buildTemplateBox()
{
    auto* box = new QGroupBox(tr("Analysis"), this);
    auto* layout = new QVBoxLayout(box);
    analysis_ = new QComboBox(box);
    analysis_->setObjectName(u"analysisCombo"_s);
    analysis_->addItem(tr("Unrest → AI procurement"), static_cast<int>(Analysis::UnrestToProcurement));
    analysis_->addItem(tr("AI → suppression of unrest"), static_cast<int>(Analysis::AiSuppression));
    analysis_->addItem(tr("Contracts → innovation (firms)"), static_cast<int>(Analysis::ContractsInnovation));
    analysis_->addItem(tr("Free formula"), static_cast<int>(Analysis::Free));
    layout->addWidget(analysis_);
    connect(analysis_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.analysis = dataOf<Analysis>(analysis_);
        if (next.analysis == Analysis::ContractsInnovation && next.cluster == core::reg::ClusterChoice::Province)
            next.cluster = core::reg::ClusterChoice::Unit;  // firms have no province
        edit(next, tr("Analysis: %1").arg(analysis_->currentText()));
    });

    formula_ = new FormulaEdit(box);
    formula_->setPlaceholderText(tr("y ~ x + l(x, 1) | unit + period"));
    formula_->setToolTip(tr("fixest syntax: y ~ terms | fixed effects | endogenous ~ instruments"));
    layout->addWidget(formula_);
    formulaError_ = new QLabel(box);
    formulaError_->setObjectName(u"formulaError"_s);
    formulaError_->setWordWrap(true);
    formulaError_->setStyleSheet(u"color: #b01c1c;"_s);
    formulaError_->hide();
    layout->addWidget(formulaError_);
    connect(formula_, &FormulaEdit::formulaEdited, this, [this](const QString& text) {
        RegressionSpec next = spec_;
        next.formula = text.toStdString();
        edit(next, tr("Formula"), FormulaKey);
    });

    runningFormula_ = new QLabel(box);
    runningFormula_->setObjectName(u"runningFormula"_s);
    runningFormula_->setWordWrap(true);
    runningFormula_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runningFormula_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    runningFormula_->setToolTip(tr("The formula this specification runs (fixest syntax)"));
    layout->addWidget(runningFormula_);

    treatmentBox_ = new QGroupBox(tr("Outcome and treatment"), this);
    auto* form = new QVBoxLayout(treatmentBox_);
    outcome_ = new QComboBox(treatmentBox_);
    outcome_->setObjectName(u"outcomeCombo"_s);
    outcome_->addItem(tr("AI contracts (count)"), static_cast<int>(core::reg::OutcomeScale::Count));
    outcome_->addItem(tr("log(1 + AI contracts)"), static_cast<int>(core::reg::OutcomeScale::Log1p));
    outcome_->addItem(tr("AI contracts (z-score)"), static_cast<int>(core::reg::OutcomeScale::ZScore));
    outcome_->addItem(tr("AI contract amount (yuan)"), static_cast<int>(core::reg::OutcomeScale::Amount));
    outcomeRow_ = row(treatmentBox_, tr("Outcome"), outcome_);
    form->addWidget(outcomeRow_);
    connect(outcome_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.outcome = dataOf<core::reg::OutcomeScale>(outcome_);
        edit(next, tr("Outcome: %1").arg(outcome_->currentText()));
    });
    treatment_ = new QComboBox(treatmentBox_);
    treatment_->setObjectName(u"treatmentCombo"_s);
    treatment_->addItem(tr("Unrest events (count)"), static_cast<int>(core::reg::TreatmentScale::Count));
    treatment_->addItem(tr("Unrest (z-score)"), static_cast<int>(core::reg::TreatmentScale::ZScore));
    treatment_->addItem(tr("Unrest event ≥ threshold"), static_cast<int>(core::reg::TreatmentScale::Binary));
    threshold_ = new QDoubleSpinBox(treatmentBox_);
    threshold_->setObjectName(u"thresholdSpin"_s);
    threshold_->setRange(0, 1000);
    threshold_->setDecimals(1);
    threshold_->setToolTip(tr("Events in a period at or above which the period counts as an unrest event"));
    form->addWidget(row(treatmentBox_, tr("Treatment"), treatment_, threshold_));
    connect(treatment_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.treatment = dataOf<core::reg::TreatmentScale>(treatment_);
        edit(next, tr("Treatment: %1").arg(treatment_->currentText()));
    });
    connect(threshold_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        RegressionSpec next = spec_;
        next.threshold = value;
        edit(next, tr("Threshold: %1").arg(value), ThresholdKey);
    });
    shock_ = new QComboBox(treatmentBox_);
    shock_->setObjectName(u"shockCombo"_s);
    shockRow_ = row(treatmentBox_, tr("Weather shock"), shock_);
    form->addWidget(shockRow_);
    connect(shock_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.weatherShock = shock_->currentText().toStdString();
        edit(next, tr("Weather shock: %1").arg(shock_->currentText()));
    });
    layout->addWidget(treatmentBox_);
    return box;
}

QWidget* RegressionForm::buildDesignBox()
{
    designBox_ = new QGroupBox(tr("Design"), this);
    auto* layout = new QVBoxLayout(designBox_);
    design_ = new QComboBox(designBox_);
    design_->setObjectName(u"designCombo"_s);
    design_->addItem(tr("Distributed lags"), static_cast<int>(core::reg::DesignKind::DistributedLags));
    design_->addItem(tr("Event study"), static_cast<int>(core::reg::DesignKind::EventStudy));
    layout->addWidget(design_);
    connect(design_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.design = dataOf<core::reg::DesignKind>(design_);
        edit(next, tr("Design: %1").arg(design_->currentText()));
    });

    const auto addSlider = [this, layout](QSlider*& slider, QLabel*& value, const QString& name, const QString& label, int key) {
        slider = windowSlider(designBox_, name);
        value = new QLabel(designBox_);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(u"88"_s));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(row(designBox_, label, slider, value));
        connect(slider, &QSlider::sliderPressed, this, [this] { Q_EMIT sliderDragging(true); });
        connect(slider, &QSlider::sliderReleased, this, [this] { Q_EMIT sliderDragging(false); });
        connect(slider, &QSlider::valueChanged, this, [this, slider, value, key](int v) {
            value->setNum(v);
            RegressionSpec next = spec_;
            (key == LeadsKey ? next.leads : next.lags) = v;
            edit(next, key == LeadsKey ? tr("Leads: %1").arg(v) : tr("Lags: %1").arg(v), key);
        });
    };
    addSlider(leads_, leadsValue_, u"leadsSlider"_s, tr("Leads"), LeadsKey);
    addSlider(lags_, lagsValue_, u"lagsSlider"_s, tr("Lags"), LagsKey);

    reference_ = new QSpinBox(designBox_);
    reference_->setObjectName(u"referenceSpin"_s);
    reference_->setRange(-kMaxWindow, kMaxWindow);
    bin_ = new QCheckBox(tr("Bin endpoints"), designBox_);
    bin_->setObjectName(u"binCheck"_s);
    bin_->setToolTip(tr("The first and last relative periods collect every period beyond them (Schmidheiny & Siegloch 2023)"));
    referenceRow_ = row(designBox_, tr("Reference period"), reference_, bin_);
    layout->addWidget(referenceRow_);
    connect(reference_, &QSpinBox::valueChanged, this, [this](int v) {
        RegressionSpec next = spec_;
        next.referencePeriod = v;
        edit(next, tr("Reference period: %1").arg(v), ReferenceKey);
    });
    connect(bin_, &QCheckBox::toggled, this, [this](bool on) {
        RegressionSpec next = spec_;
        next.binEndpoints = on;
        edit(next, on ? tr("Bin endpoints") : tr("Do not bin endpoints"));
    });
    return designBox_;
}

QWidget* RegressionForm::buildModelBox()
{
    modelBox_ = new QGroupBox(tr("Model"), this);
    auto* layout = new QVBoxLayout(modelBox_);
    software_ = new QComboBox(modelBox_);
    software_->setObjectName(u"softwareCombo"_s);
    software_->addItem(tr("All software products"), static_cast<int>(core::reg::SoftwareOutcome::Total));
    software_->addItem(tr("Government software"), static_cast<int>(core::reg::SoftwareOutcome::Government));
    software_->addItem(tr("Commercial software"), static_cast<int>(core::reg::SoftwareOutcome::Commercial));
    softwareRow_ = row(modelBox_, tr("Outcome"), software_);
    layout->addWidget(softwareRow_);
    connect(software_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.software = dataOf<core::reg::SoftwareOutcome>(software_);
        edit(next, tr("Outcome: %1").arg(software_->currentText()));
    });
    model_ = new QComboBox(modelBox_);
    model_->setObjectName(u"modelCombo"_s);
    model_->addItem(tr("OLS"), static_cast<int>(core::est::Model::Ols));
    model_->addItem(tr("Poisson (PPML)"), static_cast<int>(core::est::Model::Poisson));
    layout->addWidget(row(modelBox_, tr("Estimator"), model_));
    connect(model_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.model = dataOf<core::est::Model>(model_);
        edit(next, tr("Estimator: %1").arg(model_->currentText()));
    });
    return modelBox_;
}

QWidget* RegressionForm::buildControlsBox()
{
    controlsBox_ = new QGroupBox(tr("Controls"), this);
    auto* layout = new QVBoxLayout(controlsBox_);
    controls_ = checkList(controlsBox_, u"controlsList"_s);
    layout->addWidget(controls_);
    connect(controls_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (showing_) return;
        RegressionSpec next = spec_;
        next.controls.clear();
        for (const QString& c : checkedItems(controls_)) next.controls.push_back(c.toStdString());
        edit(next, (item->checkState() == Qt::Checked ? tr("Add control %1") : tr("Remove control %1")).arg(item->text()));
    });

    ivBox_ = new QGroupBox(tr("IV: weather instruments"), this);
    ivBox_->setObjectName(u"ivBox"_s);
    ivBox_->setCheckable(true);
    auto* ivLayout = new QVBoxLayout(ivBox_);
    instruments_ = checkList(ivBox_, u"instrumentsList"_s);
    ivLayout->addWidget(instruments_);
    connect(ivBox_, &QGroupBox::toggled, this, [this](bool on) {
        RegressionSpec next = spec_;
        next.iv = on;
        edit(next, on ? tr("Instrument unrest") : tr("No instruments"));
    });
    connect(instruments_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (showing_) return;
        RegressionSpec next = spec_;
        next.instruments.clear();
        for (const QString& c : checkedItems(instruments_)) next.instruments.push_back(c.toStdString());
        edit(next, (item->checkState() == Qt::Checked ? tr("Add instrument %1") : tr("Remove instrument %1")).arg(item->text()));
    });
    layout->addWidget(ivBox_);
    return controlsBox_;
}

QWidget* RegressionForm::buildFixedEffectsBox()
{
    feBox_ = new QGroupBox(tr("Fixed effects and standard errors"), this);
    auto* layout = new QVBoxLayout(feBox_);
    auto* checks = new QHBoxLayout;
    unitFe_ = new QCheckBox(tr("Unit"), feBox_);
    unitFe_->setObjectName(u"unitFeCheck"_s);
    periodFe_ = new QCheckBox(tr("Period"), feBox_);
    periodFe_->setObjectName(u"periodFeCheck"_s);
    provincePeriodFe_ = new QCheckBox(tr("Province × period"), feBox_);
    provincePeriodFe_->setObjectName(u"provincePeriodFeCheck"_s);
    for (QCheckBox* c : {unitFe_, periodFe_, provincePeriodFe_}) checks->addWidget(c);
    checks->addStretch(1);
    layout->addLayout(checks);
    const auto feEdit = [this](bool RegressionSpec::*field, const QString& on, const QString& off) {
        return [this, field, on, off](bool checked) {
            RegressionSpec next = spec_;
            next.*field = checked;
            edit(next, checked ? on : off);
        };
    };
    connect(unitFe_, &QCheckBox::toggled, this, feEdit(&RegressionSpec::unitFe, tr("Add unit fixed effects"), tr("Drop unit fixed effects")));
    connect(periodFe_, &QCheckBox::toggled, this,
            feEdit(&RegressionSpec::periodFe, tr("Add period fixed effects"), tr("Drop period fixed effects")));
    connect(provincePeriodFe_, &QCheckBox::toggled, this,
            feEdit(&RegressionSpec::provincePeriodFe, tr("Add province × period fixed effects"), tr("Drop province × period fixed effects")));

    cluster_ = new QComboBox(feBox_);
    cluster_->setObjectName(u"clusterCombo"_s);
    cluster_->addItem(tr("Clustered by unit"), static_cast<int>(core::reg::ClusterChoice::Unit));
    cluster_->addItem(tr("Clustered by province"), static_cast<int>(core::reg::ClusterChoice::Province));
    cluster_->addItem(tr("Two-way: unit and period"), static_cast<int>(core::reg::ClusterChoice::TwoWay));
    cluster_->addItem(tr("Heteroskedasticity-robust"), static_cast<int>(core::reg::ClusterChoice::None));
    layout->addWidget(row(feBox_, tr("Standard errors"), cluster_));
    connect(cluster_, &QComboBox::currentIndexChanged, this, [this] {
        RegressionSpec next = spec_;
        next.cluster = dataOf<core::reg::ClusterChoice>(cluster_);
        edit(next, tr("Standard errors: %1").arg(cluster_->currentText()));
    });
    return feBox_;
}

QWidget* RegressionForm::buildSampleBox()
{
    sampleBox_ = new QGroupBox(tr("Sample"), this);
    auto* layout = new QVBoxLayout(sampleBox_);
    firstPeriod_ = new QComboBox(sampleBox_);
    firstPeriod_->setObjectName(u"firstPeriodCombo"_s);
    lastPeriod_ = new QComboBox(sampleBox_);
    lastPeriod_->setObjectName(u"lastPeriodCombo"_s);
    auto* range = new QWidget(sampleBox_);
    auto* rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(new QLabel(tr("Periods"), range));
    rangeLayout->addWidget(firstPeriod_, 1);
    rangeLayout->addWidget(new QLabel(u"–"_s, range));
    rangeLayout->addWidget(lastPeriod_, 1);
    layout->addWidget(range);
    const auto periodEdit = [this](QComboBox* box, std::string RegressionSpec::*field, const QString& what) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, field, what](int index) {
            RegressionSpec next = spec_;
            // The first entry of each box is "open": the panel's first or last period.
            next.*field = index <= 0 ? std::string() : box->currentText().toStdString();
            edit(next, what.arg(box->currentText()));
        });
    };
    periodEdit(firstPeriod_, &RegressionSpec::firstPeriod, tr("From %1"));
    periodEdit(lastPeriod_, &RegressionSpec::lastPeriod, tr("To %1"));

    leaveOut_ = new QCheckBox(tr("Leave out the map selection"), sampleBox_);
    leaveOut_->setObjectName(u"leaveOutCheck"_s);
    leaveOut_->setToolTip(tr("Brush prefectures on the map (Shift+drag) to drop them from the estimation sample"));
    layout->addWidget(leaveOut_);
    connect(leaveOut_, &QCheckBox::toggled, this, [this](bool on) {
        if (!showing_) Q_EMIT leaveOutSelectionToggled(on);
    });
    leftOut_ = new QLabel(sampleBox_);
    leftOut_->setObjectName(u"leftOutLabel"_s);
    layout->addWidget(leftOut_);
    return sampleBox_;
}

void RegressionForm::edit(const RegressionSpec& next, const QString& what, int mergeKey)
{
    if (showing_ || next == spec_) return;
    const bool columnsChange = next.analysis != spec_.analysis || next.weatherShock != spec_.weatherShock;
    spec_ = next;
    if (columnsChange) fillColumnLists();  // which columns can be controls depends on both
    updateVisibility();
    Q_EMIT specEdited(spec_, what, mergeKey);
}

bool RegressionForm::leavesOutSelection() const
{
    return leaveOut_->isChecked();
}

void RegressionForm::setLeaveOutSelection(bool on)
{
    const QSignalBlocker block(leaveOut_);
    leaveOut_->setChecked(on);
}

void RegressionForm::setSpec(const RegressionSpec& spec)
{
    spec_ = spec;
    showSpec();
}

void RegressionForm::showSpec()
{
    showing_ = true;
    selectData(analysis_, spec_.analysis);
    selectData(outcome_, spec_.outcome);
    selectData(treatment_, spec_.treatment);
    threshold_->setValue(spec_.threshold);
    selectData(design_, spec_.design);
    leads_->setValue(spec_.leads);
    leadsValue_->setNum(spec_.leads);
    lags_->setValue(spec_.lags);
    lagsValue_->setNum(spec_.lags);
    reference_->setValue(spec_.referencePeriod);
    bin_->setChecked(spec_.binEndpoints);
    shock_->setCurrentIndex(std::max(0, shock_->findText(QString::fromStdString(spec_.weatherShock))));
    selectData(software_, spec_.software);
    selectData(model_, spec_.model);
    if (formula_->text() != QString::fromStdString(spec_.formula)) formula_->setText(QString::fromStdString(spec_.formula));
    unitFe_->setChecked(spec_.unitFe);
    periodFe_->setChecked(spec_.periodFe);
    provincePeriodFe_->setChecked(spec_.provincePeriodFe);
    selectData(cluster_, spec_.cluster);
    ivBox_->setChecked(spec_.iv);
    const auto selectPeriod = [](QComboBox* box, const std::string& label) {
        box->setCurrentIndex(label.empty() ? 0 : std::max(0, box->findText(QString::fromStdString(label))));
    };
    selectPeriod(firstPeriod_, spec_.firstPeriod);
    selectPeriod(lastPeriod_, spec_.lastPeriod);
    const auto left = static_cast<int>(spec_.excludedUnits.size());
    leftOut_->setText(left == 0 ? tr("Every prefecture is in the sample") : left == 1 ? tr("1 prefecture left out") : tr("%1 prefectures left out").arg(left));
    fillColumnLists();
    updateVisibility();
    showing_ = false;
}

void RegressionForm::setPanelColumns(const QStringList& columns)
{
    columns_ = columns;
    QStringList names = columns;
    names << u"l"_s << u"f"_s << u"i"_s << u"ref"_s;
    formula_->setVariables(names);
    showing_ = true;
    shock_->clear();
    for (const QString& c : columns)
        if (isWeather(c)) shock_->addItem(c);
    shock_->setCurrentIndex(std::max(0, shock_->findText(QString::fromStdString(spec_.weatherShock))));
    fillColumnLists();
    showing_ = false;
}

void RegressionForm::fillColumnLists()
{
    const bool was = showing_;
    showing_ = true;
    const auto fill = [](QListWidget* list, const QStringList& names, const std::vector<std::string>& checked) {
        list->clear();
        for (const QString& name : names) {
            auto* item = new QListWidgetItem(name, list);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            const bool on = std::find(checked.begin(), checked.end(), name.toStdString()) != checked.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    };
    QStringList controls, instruments;
    for (const QString& c : columns_) {
        if (canControl(c, spec_)) controls << c;
        if (isWeather(c)) instruments << c;
    }
    fill(controls_, controls, spec_.controls);
    fill(instruments_, instruments, spec_.instruments);
    showing_ = was;
}

void RegressionForm::setPeriods(const QStringList& labels)
{
    showing_ = true;
    firstPeriod_->clear();
    lastPeriod_->clear();
    firstPeriod_->addItem(tr("first"));
    lastPeriod_->addItem(tr("last"));
    firstPeriod_->addItems(labels);
    lastPeriod_->addItems(labels);
    showing_ = false;
    showSpec();
}

void RegressionForm::setRunningFormula(const QString& formula)
{
    runningFormula_->setText(formula);
}

void RegressionForm::setFormulaError(const QString& message, int column)
{
    formulaError_->setText(message);
    formulaError_->setVisible(!message.isEmpty() && spec_.analysis == Analysis::Free);
    formula_->markError(message.isEmpty() || spec_.analysis != Analysis::Free ? -1 : column);
}

void RegressionForm::updateVisibility()
{
    const Analysis a = spec_.analysis;
    const bool unrestToAi = a == Analysis::UnrestToProcurement, suppression = a == Analysis::AiSuppression;
    const bool innovation = a == Analysis::ContractsInnovation, free = a == Analysis::Free;
    formula_->setVisible(free);
    if (!free) formulaError_->hide();
    runningFormula_->setVisible(!free);
    treatmentBox_->setVisible(unrestToAi || suppression);
    outcomeRow_->setVisible(unrestToAi);
    treatment_->parentWidget()->setVisible(unrestToAi);
    threshold_->setEnabled(spec_.treatment == core::reg::TreatmentScale::Binary || spec_.design == core::reg::DesignKind::EventStudy);
    shockRow_->setVisible(suppression);
    designBox_->setVisible(unrestToAi || innovation);
    design_->setVisible(unrestToAi);
    referenceRow_->setVisible(innovation || spec_.design == core::reg::DesignKind::EventStudy);
    modelBox_->setVisible(innovation || free);
    softwareRow_->setVisible(innovation);
    controlsBox_->setVisible(unrestToAi || suppression);
    ivBox_->setVisible(unrestToAi);
    feBox_->setVisible(!free);
    provincePeriodFe_->setEnabled(!innovation);
    sampleBox_->setVisible(!innovation);
}

QStringList RegressionForm::checkedItems(const QListWidget* list) const
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) out << list->item(i)->text();
    return out;
}

}  // namespace aitocracy::gui
