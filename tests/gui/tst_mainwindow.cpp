// MainWindow: composes with a UnitSet, menus, translation, window geometry restored.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

#include "AppSettings.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MapStyle.h"
#include "MapLegend.h"
#include "MapView.h"
#include "PanelController.h"
#include "PrefectureTable.h"
#include "PrefectureTableModel.h"
#include "RegressionController.h"
#include "RegressionPanel.h"
#include "regression/RegressionSpec.h"
#include "TimelineView.h"
#include "geo/BuiltinGeography.h"
#include "sim/DemoWorld.h"
#include "store/ProjectStore.h"
#include "SelectionModel.h"
#include "SyntheticUnits.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {
QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions()) titles << action->text();
    return titles;
}

QStringList actionTexts(const MainWindow& window, int menuIndex)
{
    QStringList texts;
    for (const QAction* action : window.menuBar()->actions().at(menuIndex)->menu()->actions())
        if (!action->isSeparator()) texts << action->text();
    return texts;
}
}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { Localization::install(*qApp, QStringLiteral("en")); }
    void cleanupTestCase() { Localization::install(*qApp, QStringLiteral("en")); }
    void showsMapWithUnits();
    void englishMenus();
    void chineseTranslationLoads();
    void statusBarFollowsHoverAndSelection();
    void windowGeometryIsRestored();
    void regressionLayoutAndSpecAreRestored();
    void simulatedProjectIsLabelled();
    void projectPanelReachesEveryView();
    void emptyProjectSaysHowToImport();
    void cleaningSwitchesAreKeptPerProject();
};

void TestMainWindow::showsMapWithUnits()
{
    MainWindow window;
    window.setUnits(test::threeSquares());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Aitocracy Explorer"));
    QCOMPARE(window.centralWidget(), window.mapView());
    QVERIFY(window.mapView()->units() != nullptr);
    QCOMPARE(window.mapView()->units()->units.size(), std::size_t(3));
    QVERIFY(window.width() >= 640 && window.height() >= 480);
    QVERIFY(window.mapView()->width() > window.width() / 2);
}

void TestMainWindow::englishMenus()
{
    MainWindow window;
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&File"), QStringLiteral("&Data"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    QCOMPARE(actionTexts(window, 0), (QStringList{QStringLiteral("&New Project…"), QStringLiteral("&Open Project…"),
                                                  QStringLiteral("Open &Recent"), QStringLiteral("Save Project &As…"),
                                                  QStringLiteral("&Close Project"), QStringLiteral("Export &Map Figure…"),
                                                  QStringLiteral("Export &Timeline Figure…"),
                                                  QStringLiteral("Export &Coefficient Plot…"), QStringLiteral("&Quit")}));
    QCOMPARE(actionTexts(window, 1), (QStringList{QStringLiteral("&Import Data…"), QStringLiteral("Classification &Rules…"),
                                                  QStringLiteral("Import history"), QStringLiteral("Data quality")}));
    QCOMPARE(actionTexts(window, 2),
             (QStringList{QStringLiteral("&Fit to China"), QStringLiteral("Zoom &In"), QStringLiteral("Zoom &Out"),
                          QStringLiteral("Map colours"), QStringLiteral("Timelines"), QStringLiteral("Prefectures"),
                          QStringLiteral("&Regression")}));
}

void TestMainWindow::chineseTranslationLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/aitocracy_zh_CN.qm")));
    QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Aitocracy 探索器"));
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
    QCOMPARE(actionTexts(window, 2).value(0), QStringLiteral("适应全国范围(&F)"));
    // Switching back removes the Chinese translator.
    QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
    MainWindow english;
    QCOMPARE(menuTitles(english).value(0), QStringLiteral("&File"));
}

void TestMainWindow::statusBarFollowsHoverAndSelection()
{
    MainWindow window;
    window.setUnits(test::threeSquares());
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MapView* map = window.mapView();
    QTRY_VERIFY(map->isHitTestReady());
    QTest::mouseMove(map, map->widgetPosOf({116.5, 39.5}));
    const auto labels = window.statusBar()->findChildren<QLabel*>();
    const auto anyLabelContains = [&labels](const QString& text) {
        return std::any_of(labels.begin(), labels.end(), [&](const QLabel* l) { return l->text().contains(text); });
    };
    QTRY_VERIFY(anyLabelContains(QStringLiteral("天津市 Tianjin")));
    QVERIFY(anyLabelContains(QStringLiteral("°E")));
    QVERIFY(!anyLabelContains(QStringLiteral("selected")));
    window.selectionModel()->setSelectedCodes({QStringLiteral("110100"), QStringLiteral("120100")});
    QVERIFY(anyLabelContains(QStringLiteral("2 units selected")));
}

void TestMainWindow::windowGeometryIsRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(40, 50, 1017, 677);
        QTRY_COMPARE(window.size(), QSize(1017, 677));
        window.close();
    }
    AppSettings settings(ini);
    QVERIFY(!settings.mainWindowGeometry().isEmpty());
    MainWindow restored(&settings);
    QCOMPARE(restored.size(), QSize(1017, 677));
}

void TestMainWindow::regressionLayoutAndSpecAreRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    core::reg::RegressionSpec edited;
    edited.leads = 5;
    edited.lags = 7;
    edited.cluster = core::reg::ClusterChoice::Province;
    edited.excludedUnits = {"340100"};
    QList<int> sizes;
    {
        AppSettings settings(ini);
        MainWindow window(&settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.regressionPanel()->editSpec(edited, QStringLiteral("test"));
        auto* split = window.regressionPanel()->findChild<QSplitter*>(QStringLiteral("regressionSplitter"));
        QVERIFY(split);
        split->setSizes({300, 500, 400});
        sizes = split->sizes();
        window.close();
    }
    AppSettings settings(ini);
    MainWindow restored(&settings);
    core::reg::RegressionSpec expected = edited;
    expected.excludedUnits.clear();  // they were the map selection's
    QCOMPARE(restored.regressionPanel()->spec(), expected);
    QCOMPARE(restored.regressionPanel()->undoStack()->count(), 0);  // restoring is not an edit
    restored.resize(1400, 900);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    auto* split = restored.regressionPanel()->findChild<QSplitter*>(QStringLiteral("regressionSplitter"));
    QCOMPARE(split->sizes(), sizes);
}

void TestMainWindow::simulatedProjectIsLabelled()
{
    MainWindow window;
    window.setUnits(test::threeSquares());
    window.setProject(QStringLiteral("/data/china-simulated.aitocracy"), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("china-simulated (simulated data) — Aitocracy Explorer"));
    QVERIFY(window.mapView()->banner().contains(QStringLiteral("Simulated data")));
    // The notice is drawn in the map's top-left corner.
    const QImage corner = window.mapView()->grab(QRect(0, 0, 200, 60)).toImage();
    int amber = 0;
    for (int y = 0; y < corner.height(); ++y)
        for (int x = 0; x < corner.width(); ++x)
            amber += qAbs(corner.pixelColor(x, y).red() - gui::MapStyle::bannerBox().red()) < 12 &&
                     qAbs(corner.pixelColor(x, y).green() - gui::MapStyle::bannerBox().green()) < 12;
    QVERIFY(amber > 200);

    window.setProject(QStringLiteral("/data/mine.aitocracy"), false);
    QCOMPARE(window.windowTitle(), QStringLiteral("mine — Aitocracy Explorer"));
    QVERIFY(window.mapView()->banner().isEmpty());
}

// Opening a project builds its quarterly panel off the GUI thread; the map colours, the
// timelines and the prefecture table all receive it, and the period box rebuilds it.
void TestMainWindow::projectPanelReachesEveryView()
{
    auto units = core::loadBuiltinGeography();
    if (!units) QSKIP("the built-in map is not built");
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("demo.aitocracy")).toStdString();
    core::sim::DemoConfig config;
    config.contracts = 2000;
    auto built = core::sim::buildDemoProject(path, *units, config);
    QVERIFY2(built.has_value(), built ? "" : built.error().describe().c_str());
    MainWindow window;
    window.setUnits(std::make_shared<const core::UnitSet>(std::move(*units)));
    window.setProject(QString::fromStdString(path), true);
    QTRY_VERIFY_WITH_TIMEOUT(!window.mapLegend()->entries().empty(), 20000);
    QCOMPARE(window.timelineView()->chartViews().size(), 1);
    QCOMPARE(window.prefectureTable()->model()->rowCount(), 367);
    QVERIFY(window.mapLegend()->title().contains(QStringLiteral("Q")));  // a quarter label
    // A year panel when the period changes.
    window.panelController()->setPeriod(core::PeriodKind::Year);
    QTRY_VERIFY_WITH_TIMEOUT(!window.mapLegend()->title().contains(QStringLiteral("Q")), 20000);
    // The data-quality switches reach the innovation analysis' firm panel with the new panel.
    core::PanelOptions cleaning = window.panelController()->options();
    cleaning.minSources = 2;
    window.panelController()->setCleaning(cleaning);
    QTRY_COMPARE_WITH_TIMEOUT(window.regressionPanel()->controller()->cleaning().minSources, std::int64_t{2}, 20000);
    window.panelController()->waitForDone();
}

// A new project has nothing to build a panel of: the map says how to bring data in, and
// the status bar shows no error.
void TestMainWindow::emptyProjectSaysHowToImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.aitocracy"));
    auto units = test::threeSquares();
    QVERIFY(core::ProjectStore::create(path.toStdString(), *units, "test").has_value());
    MainWindow window;
    window.setUnits(units);
    window.setProject(path, false);
    QTRY_VERIFY(window.mapView()->banner().contains(QStringLiteral("holds no data yet")));
    QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("could not be built")));
}

// The data-quality switches a project was last used with come back when it is reopened;
// another project opens with the study's defaults.
void TestMainWindow::cleaningSwitchesAreKeptPerProject()
{
    auto units = core::loadBuiltinGeography();
    if (!units) QSKIP("the built-in map is not built");
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const QString world = dir.filePath(QStringLiteral("world.aitocracy")), other = dir.filePath(QStringLiteral("other.aitocracy"));
    core::sim::DemoConfig config;
    config.contracts = 2000;
    QVERIFY(core::sim::buildDemoProject(world.toStdString(), *units, config).has_value());
    QVERIFY(core::sim::buildDemoProject(other.toStdString(), *units, config).has_value());
    auto shared = std::make_shared<const core::UnitSet>(std::move(*units));
    {
        AppSettings settings(ini);
        MainWindow window(&settings);
        window.setUnits(shared);
        window.setProject(world, true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.mapLegend()->entries().empty(), 20000);
        core::PanelOptions cleaning = window.panelController()->options();
        cleaning.minSources = 3;
        cleaning.dropMergedReports = false;
        window.panelController()->setCleaning(cleaning);
        QTRY_COMPARE_WITH_TIMEOUT(settings.unrestCleaning(world).value(QStringLiteral("min_sources")).toInt(), 3, 20000);
        window.panelController()->waitForDone();
    }
    AppSettings settings(ini);
    MainWindow window(&settings);
    window.setUnits(shared);
    window.setProject(world, true);
    QCOMPARE(window.panelController()->options().minSources, std::int64_t{3});
    QCOMPARE(window.panelController()->options().dropMergedReports, false);
    window.setProject(other, true);
    QCOMPARE(window.panelController()->options().minSources, std::int64_t{0});
    QCOMPARE(window.panelController()->options().dropMergedReports, true);
    window.panelController()->waitForDone();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
