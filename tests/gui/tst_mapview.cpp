// MapView: rendering, hover, selection, zoom/fit, on a synthetic map and (when built)
// on the built-in geography.
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

#include "Localization.h"
#include "MapStyle.h"
#include "MapView.h"
#include "SelectionModel.h"
#include "SyntheticUnits.h"
#include "geo/AlbersProjection.h"
#include "geo/BuiltinGeography.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

bool near(QRgb pixel, const QColor& colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance && std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

int countNear(const QImage& image, const QColor& colour, int tolerance, QRect region = {})
{
    if (region.isNull()) region = image.rect();
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            if (near(image.pixel(x, y), colour, tolerance)) ++n;
    return n;
}

// A shown MapView with units whose hit-test index is ready.
struct Fixture {
    SelectionModel selection;
    MapView view{&selection};

    explicit Fixture(std::shared_ptr<const core::UnitSet> units, QSize size = {600, 400})
    {
        view.resize(size);
        view.show();
        QSignalSpy ready(&view, &MapView::hitTestReady);
        view.setUnits(std::move(units));
        if (!view.isHitTestReady()) ready.wait(20000);
    }
};

}  // namespace

class TestMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rendersLandBordersAndSea();
    void placeholderWithoutUnits();
    void hoverShowsUnitName();
    void hoverOffMapShowsNothing();
    void clickSelectsOne();
    void ctrlClickToggles();
    void clickOnSeaClears();
    void selectedUnitIsPaintedInAccent();
    void zoomInThenFitRestoresExtent();
    void wheelZoomKeepsPointUnderCursor();
    void arrowKeysPan();
    void dragPansWithoutSelecting();
    void fitIgnoresSanshaReefs();
    void attributionIsDrawn();
    void builtinMapHoverBeijing();
    void builtinMapFitExcludesReefs();

private:
    std::shared_ptr<const core::UnitSet> builtin_;
};

void TestMapView::initTestCase()
{
    Localization::pinFonts(QStringLiteral("en"));
    if (QFile::exists(QString::fromStdString(core::builtinGeoPackagePath()))) {
        auto units = core::loadBuiltinGeography();
        QVERIFY2(units.has_value(), units ? "" : units.error().describe().c_str());
        builtin_ = std::make_shared<const core::UnitSet>(std::move(*units));
    }
}

void TestMapView::rendersLandBordersAndSea()
{
    Fixture f(test::threeSquares());
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QImage image = f.view.grab().toImage();
    QCOMPARE(image.size(), QSize(600, 400) * image.devicePixelRatio());
    const int land = countNear(image, MapStyle::land(), 2);
    const int sea = countNear(image, MapStyle::background(), 2);
    const QRect aboveAttribution(0, 0, image.width(), image.height() - int(40 * image.devicePixelRatio()));
    const int border = countNear(image, MapStyle::provinceBorder(), 40, aboveAttribution);
    // Three squares cover a good part of the fitted view, the sea the rest, with borders between.
    QVERIFY2(land > image.width() * image.height() / 10, qPrintable(QString::number(land)));
    QVERIFY2(sea > image.width() * image.height() / 10, qPrintable(QString::number(sea)));
    QVERIFY2(border > 400, qPrintable(QString::number(border)));
}

void TestMapView::placeholderWithoutUnits()
{
    SelectionModel selection;
    MapView view(&selection);
    view.resize(400, 300);
    view.setPlaceholderText(QStringLiteral("Loading map…"));
    const QImage image = view.grab().toImage();
    QCOMPARE(countNear(image, MapStyle::land(), 2), 0);
    QVERIFY(countNear(image, MapStyle::placeholderText(), 60) > 0);  // the text is drawn
}

void TestMapView::hoverShowsUnitName()
{
    Fixture f(test::threeSquares());
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy hovered(&f.view, &MapView::hoveredUnitChanged);
    const QPoint tianjin = f.view.widgetPosOf({116.5, 39.5});
    QVERIFY(f.view.rect().contains(tianjin));
    QCOMPARE(f.view.unitNameAt(tianjin), QStringLiteral("天津市"));
    QTest::mouseMove(&f.view, tianjin);
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toString(), QStringLiteral("120100"));
    QVERIFY(hovered.at(0).at(1).toString().contains(QStringLiteral("天津市")));
    QVERIFY(f.view.hoverText().contains(QStringLiteral("Tianjin")));
    QVERIFY(f.view.hoverText().contains(QStringLiteral("120100")));
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("天津市")));

    const QPoint zhangjiakou = f.view.widgetPosOf({115.5, 40.5});
    QTest::mouseMove(&f.view, zhangjiakou);
    QTRY_COMPARE(hovered.count(), 2);
    QCOMPARE(f.view.hoveredCode(), QStringLiteral("130700"));
    QVERIFY(f.view.hoverText().contains(QStringLiteral("河北省")));
}

void TestMapView::hoverOffMapShowsNothing()
{
    Fixture f(test::threeSquares());
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QTest::mouseMove(&f.view, f.view.widgetPosOf({115.5, 39.5}));
    QTRY_COMPARE(f.view.hoveredCode(), QStringLiteral("110100"));
    const QPoint sea = f.view.widgetPosOf({117.5, 40.5});  // north-east of the squares
    QVERIFY(f.view.rect().contains(sea));
    QCOMPARE(f.view.unitNameAt(sea), QString());
    QTest::mouseMove(&f.view, sea);
    QTRY_COMPARE(f.view.hoveredCode(), QString());
    QCOMPARE(f.view.hoverText(), QString());
}

void TestMapView::clickSelectsOne()
{
    Fixture f(test::threeSquares());
    QSignalSpy changed(&f.selection, &SelectionModel::selectionChanged);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({115.5, 39.5}));
    QCOMPARE(f.selection.selectedCodes(), QSet<QString>{QStringLiteral("110100")});
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({116.5, 39.5}));
    QCOMPARE(f.selection.selectedCodes(), QSet<QString>{QStringLiteral("120100")});  // replaced, not added
    QCOMPARE(changed.count(), 2);
}

void TestMapView::ctrlClickToggles()
{
    Fixture f(test::threeSquares());
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({115.5, 39.5}));
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::ControlModifier, f.view.widgetPosOf({116.5, 39.5}));
    QCOMPARE(f.selection.selectedCodes(), (QSet<QString>{QStringLiteral("110100"), QStringLiteral("120100")}));
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::ControlModifier, f.view.widgetPosOf({115.5, 39.5}));
    QCOMPARE(f.selection.selectedCodes(), QSet<QString>{QStringLiteral("120100")});
}

void TestMapView::clickOnSeaClears()
{
    Fixture f(test::threeSquares());
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({115.5, 39.5}));
    QCOMPARE(f.selection.selectedCodes().size(), 1);
    QTest::mouseClick(&f.view, Qt::LeftButton, Qt::ControlModifier, f.view.widgetPosOf({117.5, 40.5}));
    QCOMPARE(f.selection.selectedCodes().size(), 1);  // ctrl-click on the sea keeps the selection
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({117.5, 40.5}));
    QVERIFY(f.selection.isEmpty());
}

void TestMapView::selectedUnitIsPaintedInAccent()
{
    Fixture f(test::threeSquares());
    QCOMPARE(countNear(f.view.grab().toImage(), MapStyle::selectedFill(), 2), 0);
    f.selection.selectOnly(QStringLiteral("120100"));
    const QImage image = f.view.grab().toImage();
    const QPoint inside = f.view.widgetPosOf({116.5, 39.5}) * image.devicePixelRatio();
    const QPoint outside = f.view.widgetPosOf({115.5, 39.5}) * image.devicePixelRatio();
    QVERIFY(near(image.pixel(inside), MapStyle::selectedFill(), 2));
    QVERIFY(near(image.pixel(outside), MapStyle::land(), 2));
}

void TestMapView::zoomInThenFitRestoresExtent()
{
    Fixture f(test::threeSquares());
    const MapViewport fitted = f.view.viewport();
    const QPoint before = f.view.widgetPosOf({115.2, 39.2});
    f.view.zoomIn();
    QVERIFY(f.view.viewport().scale() > fitted.scale() * 1.2);
    QVERIFY((f.view.widgetPosOf({115.2, 39.2}) - before).manhattanLength() > 20);
    f.view.fitToChina();
    QCOMPARE(f.view.viewport().scale(), fitted.scale());
    QCOMPARE(f.view.viewport().centre(), fitted.centre());
    QCOMPARE(f.view.widgetPosOf({115.2, 39.2}), before);
}

void TestMapView::wheelZoomKeepsPointUnderCursor()
{
    Fixture f(test::threeSquares());
    const QPoint anchor = f.view.widgetPosOf({115.3, 39.2});
    const double scale = f.view.viewport().scale();
    QWheelEvent wheel(anchor, f.view.mapToGlobal(anchor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.view, &wheel);
    QVERIFY(f.view.viewport().scale() > scale * 1.4);
    const QPoint after = f.view.widgetPosOf({115.3, 39.2});
    QVERIFY2((after - anchor).manhattanLength() <= 2,
             qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
}

void TestMapView::arrowKeysPan()
{
    Fixture f(test::threeSquares());
    const QPoint before = f.view.widgetPosOf({116.0, 40.0});
    QTest::keyClick(&f.view, Qt::Key_Left);  // look west: the map moves right
    const QPoint after = f.view.widgetPosOf({116.0, 40.0});
    QCOMPARE(after.y(), before.y());
    QVERIFY(after.x() - before.x() >= f.view.width() / 10);
    QTest::keyClick(&f.view, Qt::Key_Up);  // look north: the map moves down
    QVERIFY(f.view.widgetPosOf({116.0, 40.0}).y() - before.y() >= f.view.height() / 10);
}

void TestMapView::dragPansWithoutSelecting()
{
    Fixture f(test::threeSquares());
    const QPoint start = f.view.widgetPosOf({115.5, 39.5});
    const QPoint before = f.view.widgetPosOf({116.0, 40.0});
    QTest::mousePress(&f.view, Qt::LeftButton, {}, start);
    QTest::mouseMove(&f.view, start + QPoint(30, 10));
    QTest::mouseMove(&f.view, start + QPoint(60, 20));
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, start + QPoint(60, 20));
    QCOMPARE(f.view.widgetPosOf({116.0, 40.0}), before + QPoint(60, 20));
    QVERIFY(f.selection.isEmpty());
}

void TestMapView::fitIgnoresSanshaReefs()
{
    Fixture plain(test::threeSquares(false));
    Fixture withSansha(test::threeSquares(true));
    // The default view is the same with and without the reefs far to the south...
    QCOMPARE(withSansha.view.viewport().scale(), plain.view.viewport().scale());
    QCOMPARE(withSansha.view.widgetPosOf({116.0, 40.0}), plain.view.widgetPosOf({116.0, 40.0}));
    // ...although they are part of the map.
    QVERIFY(withSansha.view.geometry().fullExtent().height() > 10 * withSansha.view.geometry().fitExtent().height());
    QCOMPARE(withSansha.view.geometry().unitCount(), std::size_t(4));

    // An island of Sansha north of 15°N (the Paracels) does count.
    auto paracels = std::make_shared<core::UnitSet>(*test::threeSquares(false));
    paracels->units.push_back(test::unit("460300", "三沙市", "Sansha", "460000", "海南省",
                                         {test::square(112.2, 16.5, 0.1), test::square(114.0, 9.0, 0.1)}));
    const MapGeometry geometry(*paracels, core::AlbersProjection());
    const core::AlbersProjection albers;
    const double south = albers.inverse({geometry.fitExtent().center().x(), geometry.fitExtent().top()}).lat;
    QVERIFY2(south > 16.4 && south < 16.6, qPrintable(QString::number(south)));
}

void TestMapView::attributionIsDrawn()
{
    Fixture f(test::threeSquares());
    const QImage image = f.view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QRect corner(QPoint(int(380 * dpr), int(370 * dpr)), QPoint(int(595 * dpr), int(395 * dpr)));
    const QRect otherCorner(QPoint(0, int(370 * dpr)), QPoint(int(215 * dpr), int(395 * dpr)));
    QVERIFY(countNear(image, MapStyle::attributionText(), 50, corner) > 20);  // dark text pixels
    QCOMPARE(countNear(image, MapStyle::attributionText(), 50, otherCorner), 0);
}

void TestMapView::builtinMapHoverBeijing()
{
    if (!builtin_) QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
    Fixture f(builtin_, {1280, 800});
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QPoint tiananmen = f.view.widgetPosOf({116.397, 39.909});
    QCOMPARE(f.view.unitNameAt(tiananmen), QStringLiteral("北京市"));
    QCOMPARE(f.view.unitNameAt(f.view.widgetPosOf({121.47, 31.23})), QStringLiteral("上海市"));
    QCOMPARE(f.view.unitNameAt(f.view.widgetPosOf({117.283, 31.861})), QStringLiteral("合肥市"));
    QTest::mouseMove(&f.view, tiananmen);
    QTRY_VERIFY(f.view.hoveredCode().startsWith(QStringLiteral("11")));  // Beijing's code, 110000 or 110100
    QVERIFY(f.view.hoverText().contains(QStringLiteral("北京市")));
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, f.view.widgetPosOf({117.283, 31.861}));
    QCOMPARE(f.selection.selectedCodes(), QSet<QString>{QStringLiteral("340100")});
}

void TestMapView::builtinMapFitExcludesReefs()
{
    if (!builtin_) QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
    Fixture f(builtin_, {1280, 800});
    const core::AlbersProjection albers;
    const QRectF fit = f.view.geometry().fitExtent();
    const QRectF full = f.view.geometry().fullExtent();
    const double fitSouth = albers.inverse({fit.center().x(), fit.top()}).lat;  // y north: top() is the minimum
    const double fullSouth = albers.inverse({full.center().x(), full.top()}).lat;
    QVERIFY2(fitSouth > 14.5 && fitSouth < 16.0, qPrintable(QString::number(fitSouth)));  // Huangyan Dao, 15.1°N
    QVERIFY2(fullSouth < 6.0, qPrintable(QString::number(fullSouth)));                    // the Spratly reefs
    // The whole mainland is in view: Mohe (north), Kashgar (west), Fuyuan (east), Sanya (south).
    for (const core::LonLat p : {core::LonLat{122.53, 52.97}, core::LonLat{75.99, 39.47}, core::LonLat{134.29, 48.36},
                                 core::LonLat{109.51, 18.25}})
        QVERIFY(f.view.rect().contains(f.view.widgetPosOf(p)));
    // And the view is not stretched by the reefs: China fills most of the width or height.
    const QRectF shown = f.view.viewport().transform().mapRect(fit);
    QVERIFY(shown.width() > 0.9 * (f.view.width() - 32) || shown.height() > 0.9 * (f.view.height() - 32));
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
