#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "AboutBox.h"
#include "AppSettings.h"
#include "ChoroplethController.h"
#include "ChoroplethControls.h"
#include "DataQualityPanel.h"
#include "FigureDialog.h"
#include "FigureExport.h"
#include "ImportController.h"
#include "ImportProgressStrip.h"
#include "MapFigure.h"
#include "MapLegend.h"
#include "MapView.h"
#include "PanelController.h"
#include "PrefectureTable.h"
#include "ProjectActions.h"
#include "ProjectSession.h"
#include "ProvenancePanel.h"
#include "RegressionController.h"
#include "RegressionPanel.h"
#include "RulesEditor.h"
#include "SelectionModel.h"
#include "TimelineView.h"
#include "geo/BuiltinGeography.h"
#include "regression/RegressionSpec.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings),
      selection_(new SelectionModel(this)),
      map_(new MapView(selection_, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Aitocracy Explorer"));
    setCentralWidget(map_);
    createMapDock();
    createDataDocks();
    createRegressionDock();
    createPanelToolBar();
    createProjectSession();
    createImport();
    createMenus();
    createStatusBar();
    restoreWindow();
    map_->setPlaceholderText(tr("Loading map…"));
    map_->setFocus();
}

void MainWindow::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    selection_->clear();
    timelines_->setUnits(units);
    table_->setUnits(units);
    map_->setUnits(std::move(units));
    choropleth_->unitsChanged();
    regression_->setAttribution(attributionText());
}

void MainWindow::setPanel(std::shared_ptr<const core::Panel> panel)
{
    if (panel) map_->setBanner(simulatedBanner());
    timelines_->setPanel(panel);
    table_->setPanel(panel);
    regression_->setPanel(panel);
    choropleth_->setPanel(panel);
    controls_->setPanel(std::move(panel));  // emits the first spec, which colours the map
}

void MainWindow::createDataDocks()
{
    panels_ = new PanelController(this);
    connect(panels_, &PanelController::panelReady, this, &MainWindow::setPanel);
    connect(panels_, &PanelController::projectEmpty, this, [this] {
        map_->setBanner(tr("This project holds no data yet: drop GDELT files, a contracts table or other data on the "
                           "window, or choose Data → Import Data… (Ctrl+I)"));
    });
    connect(panels_, &PanelController::buildFailed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("The panel could not be built: %1").arg(message)); });
    connect(panels_, &PanelController::busyChanged, this,
            [this](bool busy) { busy ? statusBar()->showMessage(tr("Building the panel…")) : statusBar()->clearMessage(); });

    timelines_ = new TimelineView(this);
    timelines_->setSelectionModel(selection_);
    timelineDock_ = new QDockWidget(tr("Timelines"), this);
    timelineDock_->setObjectName(u"timelinesDock"_s);
    timelineDock_->setWidget(timelines_);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock_);

    table_ = new PrefectureTable(this);
    table_->setSelectionModel(selection_);
    tableDock_ = new QDockWidget(tr("Prefectures"), this);
    tableDock_->setObjectName(u"prefecturesDock"_s);
    tableDock_->setWidget(table_);
    addDockWidget(Qt::BottomDockWidgetArea, tableDock_);
    tabifyDockWidget(timelineDock_, tableDock_);
    timelineDock_->raise();
    quality_ = new DataQualityPanel(panels_, this);
    qualityDock_ = new QDockWidget(DataQualityPanel::title(), this);
    qualityDock_->setObjectName(u"dataQualityDock"_s);
    qualityDock_->setWidget(quality_);
    addDockWidget(Qt::RightDockWidgetArea, qualityDock_);
    tabifyDockWidget(mapDock_, qualityDock_);
    mapDock_->raise();
    // The map colour dock runs the full height on the right; the timelines share the
    // left column with the map instead of being squeezed under both.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::createRegressionDock()
{
    regression_ = new RegressionPanel(selection_, this);
    regressionDock_ = new QDockWidget(tr("Regression"), this);
    regressionDock_->setObjectName(u"regressionDock"_s);
    regressionDock_->setWidget(regression_);
    addDockWidget(Qt::BottomDockWidgetArea, regressionDock_);
    tabifyDockWidget(tableDock_, regressionDock_);
    timelineDock_->raise();
    connect(regression_, &RegressionPanel::statusMessage, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(panels_, &PanelController::cleaningChanged, this, &MainWindow::cleaningChanged);
}

// The data-quality switches reach the innovation analysis (its firm panel counts unrest the
// same way) and are kept for the open project.
void MainWindow::cleaningChanged(const core::PanelOptions& options)
{
    regression_->controller()->setCleaning(options);
    if (settings_ && !projectPath_.isEmpty()) settings_->setUnrestCleaning(projectPath_, PanelController::cleaningToMap(options));
}

void MainWindow::createImport()
{
    setAcceptDrops(true);
    imports_ = new ImportController(this, settings_);
    connect(imports_, &ImportController::projectDataChanged, this, &MainWindow::reloadProjectData);
    provenance_ = new ProvenancePanel(this);
    connect(imports_, &ImportController::importFinished, provenance_, &ProvenancePanel::refresh);
    // A project made from a boundary file opens like any other.
    connect(imports_, &ImportController::projectCreated, session_, &ProjectSession::openProject);
    provenanceDock_ = new QDockWidget(ProvenancePanel::title(), this);
    provenanceDock_->setObjectName(u"importHistoryDock"_s);
    provenanceDock_->setWidget(provenance_);
    addDockWidget(Qt::BottomDockWidgetArea, provenanceDock_);
    tabifyDockWidget(regressionDock_, provenanceDock_);
    timelineDock_->raise();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportController::localFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files = ImportController::localFiles(event->mimeData());
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    // A project file dropped on the window is opened, not imported.
    const QString extension = QString::fromLatin1(core::kProjectExtension);
    if (files.size() == 1 && files.front().endsWith(extension, Qt::CaseInsensitive)) {
        session_->openProject(files.front());
        return;
    }
    imports_->importFiles(files);
}

void MainWindow::showRulesEditor()
{
    if (!rulesEditor_) {
        rulesEditor_ = new RulesEditor(this);
        rulesEditor_->setProject(projectPath_);
        connect(rulesEditor_, &RulesEditor::rulesApplied, this, &MainWindow::reloadProjectData);
    }
    rulesEditor_->show();
    rulesEditor_->raise();
    rulesEditor_->activateWindow();
}

// Raises the regression tab and gives it the larger part of the window: it holds a form,
// a plot and a table side by side.
void MainWindow::showRegression()
{
    regressionDock_->show();
    regressionDock_->raise();
    if (!regressionDock_->isFloating()) resizeDocks({regressionDock_}, {height() * 3 / 5}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Without a saved layout: the timelines take about 40% of the height, enough for a
    // readable chart, and the map keeps the rest (docks only size once shown).
    if (!layoutSized_ && !stateRestored_) resizeDocks({timelineDock_}, {height() * 2 / 5}, Qt::Vertical);
    layoutSized_ = true;
}

void MainWindow::createPanelToolBar()
{
    QToolBar* bar = addToolBar(tr("Panel"));
    bar->setObjectName(u"panelToolBar"_s);
    bar->addWidget(new QLabel(tr("Period:"), bar));
    auto* period = new QComboBox(bar);
    period->setObjectName(u"periodCombo"_s);
    const std::pair<QString, core::PeriodKind> kinds[] = {{tr("Year"), core::PeriodKind::Year},
                                                          {tr("Quarter"), core::PeriodKind::Quarter},
                                                          {tr("Month"), core::PeriodKind::Month},
                                                          {tr("Week"), core::PeriodKind::Week},
                                                          {tr("Day"), core::PeriodKind::Day}};
    for (const auto& [label, kind] : kinds) period->addItem(label, static_cast<int>(kind));
    period->setCurrentIndex(1);
    period->setToolTip(tr("The period of the prefecture × period panel the map, timelines and table show"));
    bar->addWidget(period);
    connect(period, &QComboBox::currentIndexChanged, this,
            [this, period](int) { panels_->setPeriod(static_cast<core::PeriodKind>(period->currentData().toInt())); });
}

void MainWindow::exportMapFigure()
{
    FigureDialog dialog(tr("Export the map"), choropleth_->panel() ? choropleth_->title() : tr("Prefectures of China"), this);
    if (dialog.exec() != QDialog::Accepted) return;
    MapFigureContent content;
    content.geometry = &map_->geometry();
    content.fills = map_->unitFills();
    if (legend_) {
        content.legendTitle = legend_->title();
        content.legend = legend_->entries();
    }
    FigureSpec spec = dialog.spec();
    spec.attribution = attributionText();
    const QString error = exportFigure(
        [&content](QPainter& painter, const QRectF& area, const FigureStyle& style) { paintMapFigure(painter, area, style, content); }, spec,
        dialog.path());
    error.isEmpty() ? statusBar()->showMessage(tr("Saved %1").arg(dialog.path()), 5000) : statusBar()->showMessage(error);
}

void MainWindow::exportTimelineFigure()
{
    FigureDialog dialog(tr("Export the timeline"), timelines_->title(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    FigureSpec spec = dialog.spec();
    spec.attribution = attributionText();
    const QString error = exportFigure(
        [this](QPainter& painter, const QRectF& area, const FigureStyle& style) { timelines_->paintFigure(painter, area, style); }, spec,
        dialog.path());
    error.isEmpty() ? statusBar()->showMessage(tr("Saved %1").arg(dialog.path()), 5000) : statusBar()->showMessage(error);
}

void MainWindow::createMapDock()
{
    controls_ = new ChoroplethControls(this);
    legend_ = new MapLegend(this);
    choropleth_ = new ChoroplethController(map_, legend_, this);
    connect(controls_, &ChoroplethControls::specChanged, choropleth_, &ChoroplethController::setSpec);
    connect(choropleth_, &ChoroplethController::problemChanged, controls_, &ChoroplethControls::showProblem);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(controls_);
    layout->addWidget(legend_);
    layout->addStretch(1);
    mapDock_ = new QDockWidget(tr("Map colours"), this);
    mapDock_->setObjectName(u"mapColoursDock"_s);
    mapDock_->setWidget(content);
    mapDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, mapDock_);
}

void MainWindow::createProjectSession()
{
    session_ = new ProjectSession(settings_, this);
    projectActions_ = new ProjectActions(session_, settings_, this);
    connect(session_, &ProjectSession::projectOpened, this, &MainWindow::setProject);
    connect(session_, &ProjectSession::unitsLoaded, this, &MainWindow::setUnits);
    connect(session_, &ProjectSession::openFailed, this, [this](const QString&, const QString& message, const QString& hint) {
        if (!map_->units()) showLoadFailure(message % u"\n\n"_s % hint);  // nothing else to show; else the open project stays
    });
    connect(session_, &ProjectSession::statusMessage, this,
            [this](const QString& message) { message.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(message); });
}

void MainWindow::setProject(const QString& path, bool simulated)
{
    const QString name = QFileInfo(path).completeBaseName();
    if (path.isEmpty())
        setWindowTitle(tr("Aitocracy Explorer"));
    else
        setWindowTitle(simulated ? tr("%1 (simulated data) — Aitocracy Explorer").arg(name) : tr("%1 — Aitocracy Explorer").arg(name));
    simulated_ = simulated;
    map_->setBanner(simulatedBanner());
    projectPath_ = path;
    regression_->setProject(path);
    regression_->setAttribution(attributionText());
    // Each project keeps the data-quality switches it was last used with.
    if (settings_ && !path.isEmpty()) panels_->setCleaning(PanelController::cleaningFromMap(settings_->unrestCleaning(path)));
    panels_->setProject(path);
    if (rulesEditor_) rulesEditor_->setProject(path);
    imports_->setProject(path);
    provenance_->setProject(path);
}

void MainWindow::reloadProjectData()
{
    regression_->setProject(projectPath_);
    panels_->refresh();
}

QString MainWindow::simulatedBanner() const
{
    return simulated_ ? tr("Simulated data: a demonstration world with known true effects") : QString();
}

QString MainWindow::attributionText() const
{
    const core::UnitSet* units = map_->units();
    const QString boundaries =
        QString::fromStdString(units && !units->attribution.empty() ? units->attribution : std::string(core::kBuiltinAttribution));
    return simulated_ ? tr("Simulated data · %1 · Aitocracy Explorer").arg(boundaries) : tr("%1 · Aitocracy Explorer").arg(boundaries);
}

void MainWindow::showLoadFailure(const QString& message)
{
    map_->setPlaceholderText(message);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    projectActions_->addTo(file);
    file->addSeparator();
    file->addAction(tr("Export &Map Figure…"), this, &MainWindow::exportMapFigure);
    file->addAction(tr("Export &Timeline Figure…"), this, &MainWindow::exportTimelineFigure);
    file->addAction(tr("Export &Coefficient Plot…"), regression_, &RegressionPanel::exportFigure);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // What goes into the project and the rules that shape it.
    QMenu* dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addAction(imports_->importAction());
    dataMenu->addAction(RulesEditor::actionText(), this, &MainWindow::showRulesEditor);
    dataMenu->addSeparator();
    dataMenu->addAction(provenanceDock_->toggleViewAction());
    dataMenu->addAction(qualityDock_->toggleViewAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit to China"), map_, &MapView::fitToChina);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction* zoomIn = view->addAction(tr("Zoom &In"), map_, &MapView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), map_, &MapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addAction(mapDock_->toggleViewAction());
    view->addAction(timelineDock_->toggleViewAction());
    view->addAction(tableDock_->toggleViewAction());
    QAction* regression = view->addAction(tr("&Regression"), this, &MainWindow::showRegression);
    regression->setShortcut(Qt::CTRL | Qt::Key_E);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Aitocracy Explorer"), this, [this] {
        const core::UnitSet* units = map_->units();
        const std::string attribution =
            units && !units->attribution.empty() ? units->attribution : std::string(core::kBuiltinAttribution);
        AboutBox::show(this, QString::fromStdString(attribution));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    hoverLabel_ = new QLabel(this);
    coordLabel_ = new QLabel(this);
    selectionLabel_ = new QLabel(this);
    const QString widest = tr("%1°E %2°N").arg(u"000.000"_s, u"00.000"_s);  // as wide as any translation
    coordLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(widest) + 8);
    statusBar()->addWidget(hoverLabel_, 1);
    statusBar()->addPermanentWidget(imports_->progressStrip());
    statusBar()->addPermanentWidget(selectionLabel_);
    statusBar()->addPermanentWidget(coordLabel_);

    connect(map_, &MapView::hoveredUnitChanged, this,
            [this](const QString& code, const QString&) { showHovered(code); });
    connect(map_, &MapView::cursorMoved, this, [this](double lon, double lat) {
        coordLabel_->setText(tr("%1°E %2°N").arg(lon, 0, 'f', 3).arg(lat, 0, 'f', 3));
    });
    connect(map_, &MapView::cursorLeft, coordLabel_, &QLabel::clear);
    connect(selection_, &SelectionModel::selectionChanged, this, &MainWindow::showSelectionSize);
}

void MainWindow::showHovered(const QString& code)
{
    const core::UnitSet* units = map_->units();
    const core::Unit* unit = units && !code.isEmpty() ? units->find(code.toStdString()) : nullptr;
    if (!unit) {
        hoverLabel_->clear();
        return;
    }
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    hoverLabel_->setText(q(unit->nameZh) % u" "_s % q(unit->nameEn) % u" — "_s % q(unit->provinceNameZh) % u" "_s %
                         q(unit->provinceNameEn) % u" — "_s % q(unit->code));
}

void MainWindow::showSelectionSize()
{
    const auto n = static_cast<int>(selection_->selectedCodes().size());
    // Two strings rather than a %n plural form: English then needs no .ts of its own.
    selectionLabel_->setText(n == 0 ? QString() : n == 1 ? tr("1 unit selected") : tr("%1 units selected").arg(n));
}

void MainWindow::restoreWindow()
{
    if (settings_) {
        regression_->restoreLayout(settings_->regressionLayout());
        // A specification of an older version that no longer reads keeps the default one.
        if (auto spec = core::reg::specFromJson(settings_->regressionSpec().toStdString())) regression_->restoreSpec(*spec);
    }
    if (settings_ && restoreGeometry(settings_->mainWindowGeometry())) {
        stateRestored_ = restoreState(settings_->mainWindowState());
        return;
    }
    // 1280 × 800, or four fifths of a larger screen, never more than the screen holds.
    QSize size(1280, 800);
    if (const QScreen* s = screen()) {
        const QSize available = s->availableGeometry().size();
        size = size.expandedTo(available * 0.8).boundedTo(available * 0.95);
    }
    resize(size);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (settings_) {
        settings_->setMainWindowGeometry(saveGeometry());
        settings_->setMainWindowState(saveState());
        settings_->setRegressionLayout(regression_->saveLayout());
        settings_->setRegressionSpec(QString::fromStdString(core::reg::specToJson(regression_->spec())));
        settings_->sync();
    }
    QMainWindow::closeEvent(event);
}

}  // namespace aitocracy::gui
