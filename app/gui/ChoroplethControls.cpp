#include "ChoroplethControls.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "TimeSlider.h"
#include "carto/Palettes.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

// A strip of the palette's 7-class colours, for the palette list.
QIcon paletteIcon(std::string_view name)
{
    constexpr int kShown = 7, kCell = 8, kHeight = 12;
    QPixmap strip(kShown * kCell, kHeight);
    strip.fill(Qt::transparent);
    QPainter p(&strip);
    if (auto colours = core::paletteColours(name, kShown))
        for (int i = 0; i < kShown; ++i)
            p.fillRect(i * kCell, 0, kCell, kHeight, QColor((*colours)[i].r, (*colours)[i].g, (*colours)[i].b));
    return QIcon(strip);
}

}  // namespace

ChoroplethControls::ChoroplethControls(QWidget* parent)
    : QWidget(parent),
      variable_(new QComboBox(this)),
      scheme_(new QComboBox(this)),
      classes_(new QSpinBox(this)),
      custom_(new QLineEdit(this)),
      palette_(new QComboBox(this)),
      paletteFlags_(new QLabel(this)),
      aggregation_(new QComboBox(this)),
      time_(new TimeSlider(this)),
      problem_(new QLabel(this))
{
    setObjectName(u"choroplethControls"_s);
    using S = core::ClassScheme;
    scheme_->addItem(tr("Quantiles"), int(S::Quantile));
    scheme_->addItem(tr("Equal intervals"), int(S::EqualInterval));
    scheme_->addItem(tr("Natural breaks (Jenks)"), int(S::NaturalBreaks));
    scheme_->addItem(tr("Standard deviations"), int(S::StdDev));
    scheme_->addItem(tr("Box map (hinge 1.5)"), int(S::BoxMap));
    scheme_->addItem(tr("Custom breaks"), int(S::Custom));
    scheme_->setCurrentIndex(2);
    classes_->setRange(core::kMinPaletteClasses, core::kMaxPaletteClasses);
    classes_->setValue(5);
    custom_->setPlaceholderText(tr("e.g. 1, 5, 20"));
    custom_->setToolTip(
        tr("Inner class breaks, ascending, separated by commas; each class runs from above "
           "one break up to and including the next"));
    aggregation_->addItem(tr("Sum over the periods"), int(PeriodAggregation::Sum));
    aggregation_->addItem(tr("Mean over the periods"), int(PeriodAggregation::Mean));
    aggregation_->setToolTip(tr("How a range of periods is combined per unit (missing periods are skipped)"));
    fillPalettes();
    problem_->setWordWrap(true);
    problem_->setStyleSheet(u"color: #b45309;"_s);
    problem_->hide();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Variable"), variable_);
    form->addRow(tr("Classes by"), scheme_);
    form->addRow(tr("Classes"), classes_);
    form->addRow(tr("Breaks"), custom_);
    form->addRow(tr("Palette"), palette_);
    form->addRow(QString(), paletteFlags_);
    form->addRow(tr("Periods"), aggregation_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(time_);
    layout->addWidget(problem_);

    connect(variable_, &QComboBox::currentIndexChanged, this, &ChoroplethControls::emitSpec);
    connect(scheme_, &QComboBox::currentIndexChanged, this, &ChoroplethControls::schemeChanged);
    connect(classes_, &QSpinBox::valueChanged, this, &ChoroplethControls::emitSpec);
    connect(custom_, &QLineEdit::editingFinished, this, &ChoroplethControls::emitSpec);
    connect(palette_, &QComboBox::currentIndexChanged, this, &ChoroplethControls::showPaletteFlags);
    connect(aggregation_, &QComboBox::currentIndexChanged, this, &ChoroplethControls::emitSpec);
    connect(time_, &TimeSlider::rangeChanged, this, &ChoroplethControls::emitSpec);
    schemeChanged();
    setPanel(nullptr);
}

void ChoroplethControls::fillPalettes()
{
    for (const core::PaletteInfo& p : core::palettes()) {
        const QString name = QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()));
        QStringList marks;
        if (p.colourBlindSafe) marks << tr("colour-blind safe");
        if (p.grayscaleSafeUpTo >= core::kMaxPaletteClasses)
            marks << tr("grayscale safe");
        else if (p.grayscaleSafeUpTo > 0)
            marks << tr("grayscale safe up to %1 classes").arg(p.grayscaleSafeUpTo);
        const QString kind = p.kind == core::PaletteKind::Sequential ? tr("sequential") : tr("diverging");
        palette_->addItem(paletteIcon(p.name), marks.isEmpty() ? name : tr("%1 (%2)").arg(name, marks.join(u", "_s)),
                          name);
        palette_->setItemData(palette_->count() - 1, tr("%1 palette").arg(kind), Qt::ToolTipRole);
    }
    palette_->setCurrentIndex(palette_->findData(u"YlOrRd"_s));
    palette_->setIconSize(QSize(56, 12));
    palette_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    palette_->setMinimumContentsLength(8);
    // The list shows the whole text (name and flags) even where the dock is narrow.
    palette_->view()->setMinimumWidth(palette_->view()->sizeHintForColumn(0) + 24);
    paletteFlags_->setWordWrap(true);
    QFont small = paletteFlags_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    paletteFlags_->setFont(small);
    showPaletteFlags();
}

void ChoroplethControls::showPaletteFlags()
{
    const core::PaletteInfo* p = core::findPalette(palette_->currentData().toString().toStdString());
    if (p) {
        QStringList marks;
        marks << (p->kind == core::PaletteKind::Sequential ? tr("sequential") : tr("diverging"));
        if (p->colourBlindSafe) marks << tr("colour-blind safe");
        if (p->grayscaleSafeUpTo >= core::kMaxPaletteClasses)
            marks << tr("grayscale safe");
        else if (p->grayscaleSafeUpTo > 0)
            marks << tr("grayscale safe up to %1 classes").arg(p->grayscaleSafeUpTo);
        else
            marks << tr("not grayscale safe");
        paletteFlags_->setText(marks.join(u"; "_s));
    }
    emitSpec();
}

void ChoroplethControls::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    const bool usable = panel_ && !panel_->columns.empty() && panel_->periodCount() > 0;
    {
        const QSignalBlocker block(variable_);
        const QString chosen = variable_->currentData().toString();
        variable_->clear();
        if (usable) {
            for (const core::PanelColumn& c : panel_->columns) {
                variable_->addItem(QString::fromStdString(c.name), QString::fromStdString(c.name));
                variable_->setItemData(variable_->count() - 1, QString::fromStdString(c.description), Qt::ToolTipRole);
            }
            variable_->setCurrentIndex(initialVariable(chosen));
        }
    }
    QStringList periods;
    if (usable)
        for (const std::string& label : panel_->periodLabels) periods << QString::fromStdString(label);
    {
        const QSignalBlocker block(time_);
        time_->setPeriods(periods);
    }
    setEnabled(usable);
    setToolTip(usable ? QString() : tr("Open a project with data to colour the map by a variable"));
    showProblem({});
    if (usable) emitSpec();
}

// The variable chosen before a rebuild (a new period, new data) stays chosen; else the
// first with a value anywhere, so that a project holding only contracts does not open
// on an empty unrest map.
int ChoroplethControls::initialVariable(const QString& chosen) const
{
    if (const int kept = variable_->findData(chosen); kept >= 0) return kept;
    for (std::size_t i = 0; i < panel_->columns.size(); ++i) {
        const auto& values = panel_->columns[i].values;
        if (std::ranges::any_of(values, [](double v) { return std::isfinite(v); })) return static_cast<int>(i);
    }
    return 0;
}

ChoroplethSpec ChoroplethControls::spec() const
{
    ChoroplethSpec s;
    s.column = variable_->currentData().toString().toStdString();
    s.firstPeriod = static_cast<std::size_t>(std::max(0, time_->first()));
    s.lastPeriod = static_cast<std::size_t>(std::max(0, time_->last()));
    s.aggregation = static_cast<PeriodAggregation>(aggregation_->currentData().toInt());
    s.scheme = static_cast<core::ClassScheme>(scheme_->currentData().toInt());
    s.classes = classes_->value();
    s.palette = palette_->currentData().toString().toStdString();
    s.customBreaks = customBreaks().value_or(std::vector<double>{});
    return s;
}

std::optional<std::vector<double>> ChoroplethControls::customBreaks() const
{
    std::vector<double> breaks;
    const QString text = custom_->text().trimmed();
    if (text.isEmpty()) return breaks;
    for (const QString& part : text.split(QRegularExpression(u"[,，;；\\s]+"_s), Qt::SkipEmptyParts)) {
        bool partOk = false;
        const double v = QLocale().toDouble(part, &partOk);
        const double c = partOk ? v : part.toDouble(&partOk);  // accept "1.5" in any locale
        if (!partOk) return std::nullopt;
        breaks.push_back(c);
    }
    return breaks;
}

void ChoroplethControls::schemeChanged()
{
    const auto scheme = static_cast<core::ClassScheme>(scheme_->currentData().toInt());
    const bool fixed = scheme == core::ClassScheme::StdDev || scheme == core::ClassScheme::BoxMap;
    classes_->setEnabled(!fixed && scheme != core::ClassScheme::Custom);
    classes_->setToolTip(fixed ? tr("This scheme always makes six classes") : QString());
    custom_->setEnabled(scheme == core::ClassScheme::Custom);
    emitSpec();
}

void ChoroplethControls::emitSpec()
{
    if (!isEnabled() || !panel_) return;
    if (!customBreaks()) {
        showProblem(tr("The breaks must be numbers separated by commas."));
        return;
    }
    Q_EMIT specChanged(spec());
}

void ChoroplethControls::showProblem(const QString& text)
{
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
}

}  // namespace aitocracy::gui
