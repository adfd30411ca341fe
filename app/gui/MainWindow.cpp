#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

#include "AboutBox.h"
#include "AppSettings.h"
#include "ChoroplethController.h"
#include "ChoroplethControls.h"
#include "MapLegend.h"
#include "MapView.h"
#include "SelectionModel.h"
#include "geo/BuiltinGeography.h"

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
    createMenus();
    createStatusBar();
    restoreWindow();
    map_->setPlaceholderText(tr("Loading map…"));
    map_->setFocus();
}

void MainWindow::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    selection_->clear();
    map_->setUnits(std::move(units));
    choropleth_->unitsChanged();
}

void MainWindow::setPanel(std::shared_ptr<const core::Panel> panel)
{
    choropleth_->setPanel(panel);
    controls_->setPanel(std::move(panel));  // emits the first spec, which colours the map
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

void MainWindow::setProject(const QString& path, bool simulated)
{
    const QString name = QFileInfo(path).completeBaseName();
    setWindowTitle(simulated ? tr("%1 (simulated data) — Aitocracy Explorer").arg(name) : tr("%1 — Aitocracy Explorer").arg(name));
    map_->setBanner(simulated ? tr("Simulated data: a demonstration world with known true effects") : QString());
}

void MainWindow::showLoadFailure(const QString& message)
{
    map_->setPlaceholderText(message);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit to China"), map_, &MapView::fitToChina);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction* zoomIn = view->addAction(tr("Zoom &In"), map_, &MapView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), map_, &MapView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    view->addAction(mapDock_->toggleViewAction());

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
    if (settings_ && restoreGeometry(settings_->mainWindowGeometry())) {
        restoreState(settings_->mainWindowState());
        return;
    }
    QSize size(1280, 800);
    if (const QScreen* s = screen()) size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (settings_) {
        settings_->setMainWindowGeometry(saveGeometry());
        settings_->setMainWindowState(saveState());
        settings_->sync();
    }
    QMainWindow::closeEvent(event);
}

}  // namespace aitocracy::gui
