// MainWindow: composes with a UnitSet, menus, translation, window geometry restored.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "AppSettings.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MapView.h"
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
             (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    QCOMPARE(actionTexts(window, 0), QStringList{QStringLiteral("&Quit")});
    QCOMPARE(actionTexts(window, 1),
             (QStringList{QStringLiteral("&Fit to China"), QStringLiteral("Zoom &In"), QStringLiteral("Zoom &Out")}));
}

void TestMainWindow::chineseTranslationLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/aitocracy_zh_CN.qm")));
    QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Aitocracy 探索器"));
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
    QCOMPARE(actionTexts(window, 1).value(0), QStringLiteral("适应全国范围(&F)"));
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
        window.setGeometry(40, 50, 913, 617);
        QTRY_COMPARE(window.size(), QSize(913, 617));
        window.close();
    }
    AppSettings settings(ini);
    QVERIFY(!settings.mainWindowGeometry().isEmpty());
    MainWindow restored(&settings);
    QCOMPARE(restored.size(), QSize(913, 617));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
