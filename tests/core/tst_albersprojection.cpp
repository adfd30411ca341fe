// AlbersProjection against PROJ (through OGR) and the figures measured in STACK.md §7.
#include "geo/AlbersProjection.h"

#include <ogr_spatialref.h>

#include <QtTest>

#include <memory>

using namespace aitocracy::core;

class TestAlbersProjection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void beijingCentreMatchesMeasuredValue()
    {
        const auto p = AlbersProjection().forward({116.397, 39.909});
        QVERIFY2(std::abs(p.x - 956072) < 1.0, std::to_string(p.x).c_str());
        QVERIFY2(std::abs(p.y - 4344521) < 1.0, std::to_string(p.y).c_str());
    }

    void forwardAndInverseAgreeWithProj()
    {
        OGRSpatialReference wgs, aea;
        wgs.importFromEPSG(4326);
        wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        aea.importFromProj4("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs");
        aea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs, &aea));
        QVERIFY(ct != nullptr);
        const AlbersProjection albers;
        for (double lon = 70; lon <= 140; lon += 7)
            for (double lat = 3; lat <= 55; lat += 4) {
                double x = lon, y = lat;
                QVERIFY(ct->Transform(1, &x, &y));
                const auto p = albers.forward({lon, lat});
                QVERIFY2(std::abs(p.x - x) < 1e-3 && std::abs(p.y - y) < 1e-3, (std::to_string(lon) + "," + std::to_string(lat)).c_str());
                const auto back = albers.inverse(p);
                QVERIFY(std::abs(back.lon - lon) < 1e-9 && std::abs(back.lat - lat) < 1e-9);
            }
    }
};

QTEST_APPLESS_MAIN(TestAlbersProjection)
#include "tst_albersprojection.moc"
