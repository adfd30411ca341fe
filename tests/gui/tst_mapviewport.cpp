// MapViewport: the projected-metres <-> widget-pixels arithmetic, checked by hand.
#include <QTest>

#include "MapViewport.h"

using aitocracy::gui::MapViewport;

class TestMapViewport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsCentreToWidgetCentreWithYUp()
    {
        MapViewport v;
        v.setSize({800, 600});
        v.setCentre({1000, 2000});
        v.setScale(0.5);
        QCOMPARE(v.toWidget({1000, 2000}), QPointF(400, 300));
        QCOMPARE(v.toWidget({1200, 2000}), QPointF(500, 300));  // 200 m east = 100 px right
        QCOMPARE(v.toWidget({1000, 2100}), QPointF(400, 250));  // 100 m north = 50 px up
        QCOMPARE(v.toProjected({500, 250}), QPointF(1200, 2100));
        QCOMPARE(v.transform().map(QPointF(1200, 2100)), QPointF(500, 250));
    }
    void fitCentresAndLeavesMargin()
    {
        MapViewport v;
        v.setSize({820, 420});
        const double s = v.fit(QRectF(0, 0, 4000, 1000), 10);  // 800 px / 4000 m vs 400 px / 1000 m
        QCOMPARE(s, 0.2);
        QCOMPARE(v.centre(), QPointF(2000, 500));
        QCOMPARE(v.toWidget({0, 500}), QPointF(10, 210));
        QCOMPARE(v.toWidget({4000, 500}), QPointF(810, 210));
    }
    void zoomAtKeepsAnchor()
    {
        MapViewport v;
        v.setSize({800, 600});
        v.setScale(1);
        const QPointF anchor(100, 500);
        const QPointF under = v.toProjected(anchor);
        v.zoomAt(anchor, 3);
        QCOMPARE(v.scale(), 3.0);
        QCOMPARE(v.toWidget(under), anchor);
        QCOMPARE(v.toProjected(anchor), under);
    }
    void scaleLimitsClamp()
    {
        MapViewport v;
        v.setSize({100, 100});
        v.setScale(1);
        v.setScaleLimits(0.5, 4);
        v.zoomAt({50, 50}, 100);
        QCOMPARE(v.scale(), 4.0);
        v.zoomAt({50, 50}, 0.001);
        QCOMPARE(v.scale(), 0.5);
    }
    void panMovesContentWithTheMouse()
    {
        MapViewport v;
        v.setSize({100, 100});
        v.setScale(2);
        const QPointF p = v.toWidget({10, 10});
        v.panBy({6, -4});
        QCOMPARE(v.toWidget({10, 10}), p + QPointF(6, -4));
    }
};

QTEST_APPLESS_MAIN(TestMapViewport)
#include "tst_mapviewport.moc"
