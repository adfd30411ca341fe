#include "DataQualityPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "FunnelController.h"
#include "PanelController.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

enum Column { StepColumn, CountColumn, ShareColumn };

QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

QString share(std::int64_t n, std::int64_t of)
{
    if (of <= 0) return QString();
    return QLocale().toString(100.0 * static_cast<double>(n) / static_cast<double>(of), 'f', 1) % u" %"_s;
}

// One row: the step, its count and its share of `of`; `tip` says what the step is.
QTreeWidgetItem* addStep(QTreeWidgetItem* parent, const QString& step, std::int64_t n, std::int64_t of,
                         const QString& tip = QString())
{
    auto* item = new QTreeWidgetItem(parent, {step, count(n), share(n, of)});
    item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
    // The step's name too: the dock is narrow and may cut it short.
    for (int c = 0; c < 3; ++c) item->setToolTip(c, tip.isEmpty() ? step : step % u"\n"_s % tip);
    return item;
}

void setBold(QTreeWidgetItem* item)
{
    QFont font = item->font(0);
    font.setBold(true);
    for (int c = 0; c < 3; ++c) item->setFont(c, font);
}

}  // namespace

DataQualityPanel::DataQualityPanel(PanelController* panels, QWidget* parent)
    : QWidget(parent),
      panels_(panels),
      funnels_(new FunnelController(this)),
      dropRepeats_(new QCheckBox(tr("Drop repeat reports of one event"), this)),
      protestsOnly_(new QCheckBox(tr("Protests only (CAMEO root code 14)"), this)),
      rootOnly_(new QCheckBox(tr("Root events only"), this)),
      minSources_(new QSpinBox(this)),
      minArticles_(new QSpinBox(this)),
      tree_(new QTreeWidget(this)),
      counted_(new QLabel(this)),
      change_(new QLabel(this))
{
    setObjectName(u"dataQualityPanel"_s);
    dropRepeats_->setObjectName(u"dropRepeats"_s);
    protestsOnly_->setObjectName(u"protestsOnly"_s);
    rootOnly_->setObjectName(u"rootEventsOnly"_s);
    minSources_->setObjectName(u"minSources"_s);
    minArticles_->setObjectName(u"minArticles"_s);
    dropRepeats_->setToolTip(tr("Count an event once when several articles reported it (rows marked as "
                                "repeats of another report at import)"));
    protestsOnly_->setToolTip(tr("Count only protests, as the study does; off: every stored event"));
    rootOnly_->setToolTip(tr("Count only events GDELT marks as the main event of their article"));
    for (QSpinBox* spin : {minSources_, minArticles_}) {
        spin->setRange(0, 1000);
        spin->setKeyboardTracking(false);  // a typed number applies once, not digit by digit
        spin->setSpecialValueText(tr("any"));
    }
    minSources_->setToolTip(tr("Count only events reported by at least this many sources"));
    minArticles_->setToolTip(tr("Count only events reported in at least this many articles"));

    showSwitches(panels_->options());

    auto* rules = new QGroupBox(tr("Cleaning rules for the panel"), this);
    auto* form = new QFormLayout(rules);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(dropRepeats_);
    form->addRow(protestsOnly_);
    form->addRow(rootOnly_);
    form->addRow(tr("Minimum sources"), minSources_);
    form->addRow(tr("Minimum articles"), minArticles_);

    tree_->setObjectName(u"funnelTree"_s);
    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Step"), tr("Events"), tr("Share")});
    // The dock is narrow: the two parts' headings go undecorated and steps indent by 1 em.
    tree_->setRootIsDecorated(false);
    tree_->setIndentation(tree_->fontMetrics().horizontalAdvance(u"M"_s));
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->setFocusPolicy(Qt::NoFocus);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(ShareColumn, QHeaderView::ResizeToContents);
    tree_->headerItem()->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    tree_->headerItem()->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);

    counted_->setObjectName(u"countedLabel"_s);
    counted_->setWordWrap(true);
    counted_->setTextFormat(Qt::PlainText);
    change_->setObjectName(u"changeLabel"_s);
    change_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addWidget(counted_);
    layout->addWidget(change_);
    layout->addWidget(tree_, 1);

    connect(dropRepeats_, &QCheckBox::toggled, this, &DataQualityPanel::applySwitches);
    connect(protestsOnly_, &QCheckBox::toggled, this, &DataQualityPanel::applySwitches);
    connect(rootOnly_, &QCheckBox::toggled, this, &DataQualityPanel::applySwitches);
    connect(minSources_, &QSpinBox::valueChanged, this, &DataQualityPanel::applySwitches);
    connect(minArticles_, &QSpinBox::valueChanged, this, &DataQualityPanel::applySwitches);
    // A new panel means a new project, new data or new rules: the funnel follows it.
    connect(panels_, &PanelController::panelReady, this, &DataQualityPanel::refresh);
    connect(funnels_, &FunnelController::funnelReady, this, &DataQualityPanel::showFunnel);
    connect(funnels_, &FunnelController::noProject, this, &DataQualityPanel::showNoProject);
    connect(funnels_, &FunnelController::failed, this,
            [this](const QString& message) { counted_->setText(tr("The funnel could not be worked out: %1").arg(message)); });
    connect(funnels_, &FunnelController::busyChanged, this, [this](bool busy) {
        if (busy && !funnel_) counted_->setText(tr("Counting…"));
    });
    showNoProject();
}

QString DataQualityPanel::title() { return tr("Data quality"); }

bool DataQualityPanel::isBusy() const { return funnels_->isBusy(); }

core::PanelOptions DataQualityPanel::cleaning() const
{
    core::PanelOptions o = panels_->options();
    o.dropMergedReports = dropRepeats_->isChecked();
    o.unrestRootCodes = protestsOnly_->isChecked() ? std::vector<std::string>{"14"} : std::vector<std::string>{};
    o.rootEventsOnly = rootOnly_->isChecked();
    o.minSources = minSources_->value();
    o.minArticles = minArticles_->value();
    return o;
}

QString DataQualityPanel::changeText() const { return change_->text(); }

void DataQualityPanel::applySwitches()
{
    const core::PanelOptions o = cleaning();
    // The funnel at once; the panel (and so every view) as soon as it is rebuilt.
    funnels_->request(panels_->projectPath(), o);
    panels_->setCleaning(o);
}

// The switches as the panel controller has them: a project opened with its own saved
// switches shows them here.
void DataQualityPanel::showSwitches(const core::PanelOptions& options)
{
    const QSignalBlocker a(dropRepeats_), b(protestsOnly_), c(rootOnly_), d(minSources_), e(minArticles_);
    dropRepeats_->setChecked(options.dropMergedReports);
    protestsOnly_->setChecked(!options.unrestRootCodes.empty());
    rootOnly_->setChecked(options.rootEventsOnly);
    minSources_->setValue(static_cast<int>(options.minSources));
    minArticles_->setValue(static_cast<int>(options.minArticles));
}

void DataQualityPanel::refresh()
{
    showSwitches(panels_->options());
    funnels_->request(panels_->projectPath(), cleaning());
}

void DataQualityPanel::showNoProject()
{
    funnel_.reset();
    shownPath_.clear();
    tree_->clear();
    counted_->setText(tr("No project is open."));
    change_->clear();
    change_->hide();
}

void DataQualityPanel::showFunnel(const QString& path, const core::PanelOptions& options, const core::UnrestFunnel& funnel)
{
    const bool sameProject = funnel_ && path == shownPath_;
    if (!sameProject)
        change_->clear();
    else if (!(options == shownOptions_)) {
        // The rules changed since the funnel shown: the difference is what they did (an
        // import landing in between would count in it too).
        const std::int64_t delta = funnel.panel.counted - funnel_->panel.counted;
        const QString sign = delta < 0 ? u"\u2212"_s : u"+"_s;
        change_->setText(delta == 0 ? tr("The same count as before")
                                    : tr("%1%2 events vs. before").arg(sign, count(delta < 0 ? -delta : delta)));
    }
    change_->setVisible(!change_->text().isEmpty());
    funnel_ = funnel;
    shownPath_ = path;
    shownOptions_ = options;
    counted_->setText(tr("Counted in the panel: %1 of %2 stored events (%3)")
                          .arg(count(funnel.panel.counted), count(funnel.panel.stored),
                               funnel.panel.stored > 0 ? share(funnel.panel.counted, funnel.panel.stored) : u"–"_s));

    tree_->clear();
    // Two strings rather than a %n plural form: English then needs no .ts of its own.
    const std::int64_t files = funnel.imported.imports;
    // Without a GDELT import (a simulated world writes its events directly) a column of
    // zeros would read as "every row was dropped".
    auto* imported = new QTreeWidgetItem(tree_, {files == 0   ? tr("At import: no GDELT file imported")
                                                 : files == 1 ? tr("At import (1 GDELT file)")
                                                              : tr("At import (%1 GDELT files)").arg(count(files))});
    setBold(imported);
    imported->setFirstColumnSpanned(true);
    if (files > 0) fillImportSteps(imported, funnel.imported);
    auto* panel = new QTreeWidgetItem(tree_, {tr("In the panel (the rules above)")});
    setBold(panel);
    panel->setFirstColumnSpanned(true);
    fillPanelSteps(panel, funnel.panel);
    tree_->expandAll();
}

void DataQualityPanel::fillImportSteps(QTreeWidgetItem* root, const core::ImportSteps& s)
{
    const std::int64_t rows = s.rowsRead;
    addStep(root, tr("Rows read"), rows, rows);
    addStep(root, tr("Malformed"), s.rejected, rows, tr("Rejected: rows that could not be read as GDELT events"));
    addStep(root, tr("Not in China"), s.notInCountry, rows, tr("Another country code than the import's (China: CH)"));
    const std::int64_t inCountry = s.cityPrecision + s.provincePrecision + s.countryPrecision + s.otherPrecision;
    auto* located = addStep(root, tr("In China, located to"), inCountry, rows, tr("How precisely GDELT located the event (ActionGeo_Type)"));
    addStep(located, tr("a city"), s.cityPrecision, inCountry);
    addStep(located, tr("a province only"), s.provincePrecision, inCountry);
    addStep(located, tr("the country only"), s.countryPrecision, inCountry);
    addStep(located, tr("no place"), s.otherPrecision, inCountry);
    addStep(root, tr("Not a protest"), s.notProtest, rows, tr("Another CAMEO root or event code than the import kept"));
    addStep(root, tr("Not a root event"), s.notRootEvent, rows);
    addStep(root, tr("Too few sources"), s.belowMinSources, rows);
    addStep(root, tr("Too few articles"), s.belowMinArticles, rows);
    addStep(root, tr("Outside the dates"), s.outsideDates, rows, tr("Outside the first and last day the import kept"));
    auto* kept = addStep(root, tr("Kept"), s.kept, rows);
    addStep(kept, tr("in a prefecture"), s.placedInUnit, s.kept);
    addStep(kept, tr("in a province only"), s.provinceOnly, s.kept);
    addStep(kept, tr("not placed"), s.unplaced, s.kept);
    addStep(root, tr("Already stored"), s.duplicatesById, rows, tr("Already in the project (the same GDELT event id)"));
    setBold(addStep(root, tr("Stored"), s.stored, rows));
}

void DataQualityPanel::fillPanelSteps(QTreeWidgetItem* root, const core::StoredSteps& s)
{
    const std::int64_t n = s.stored;
    addStep(root, tr("Stored events"), n, n);
    if (s.outsideDays > 0) addStep(root, tr("Outside the panel's dates"), s.outsideDays, n);
    addStep(root, tr("Province only"), s.provinceOnly, n,
            tr("Placed in a province but in no prefecture: the panel counts only events placed in a prefecture"));
    addStep(root, tr("Not placed"), s.unplaced, n, tr("Placed in no prefecture and no province"));
    addStep(root, tr("Repeat reports"), s.repeatReports, n, tr("Dropped when \"Drop repeat reports of one event\" is on"));
    addStep(root, tr("Not a protest"), s.otherRootCode, n, tr("Dropped when \"Protests only (CAMEO root code 14)\" is on"));
    addStep(root, tr("Not a root event"), s.notRootEvent, n, tr("Dropped when \"Root events only\" is on"));
    addStep(root, tr("Too few sources"), s.belowMinSources, n);
    addStep(root, tr("Too few articles"), s.belowMinArticles, n);
    setBold(addStep(root, tr("Counted"), s.counted, n,
                    tr("Each event is counted in the first step that drops it, so the steps add up to the stored events")));
}

}  // namespace aitocracy::gui
