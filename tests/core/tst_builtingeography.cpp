// The built-in map, checked against the facts of GEODATA.md: unit counts by kind,
// codes, validity (GEOS via OGR), the §6 point cases, and the English names.
#include "geo/BoundariesAsOf.h"
#include "geo/BuiltinGeography.h"
#include "geo/OgrConvert.h"
#include "geo/PointLocator.h"

#include <ogr_geometry.h>

#include <QtTest>

#include <map>
#include <set>

using namespace aitocracy::core;

class TestBuiltinGeography : public QObject {
    Q_OBJECT

private:
    UnitSet units_;
    std::unique_ptr<PointLocator> locator_;

    const Unit* unitAt(double lat, double lon) const
    {
        const auto hit = locator_->locate({lon, lat});
        return hit ? &units_.units[*hit] : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadBuiltinGeography();
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().describe().c_str());
        units_ = std::move(*loaded);
        locator_ = std::make_unique<PointLocator>(units_);
    }

    void countsByKind()
    {
        std::map<std::string, int> byKind;
        for (const auto& u : units_.units) ++byKind[u.kind];
        QCOMPARE(units_.units.size(), std::size_t(367));
        QCOMPARE(byKind[unit_kind::municipality], 4);
        QCOMPARE(byKind[unit_kind::prefecture], 334);
        QCOMPARE(byKind[unit_kind::provinceDirectCounty], 29);
    }

    void codesAreUniqueAndWellFormed()
    {
        std::set<std::string> codes;
        for (const auto& u : units_.units) {
            QVERIFY2(u.code.size() == 6, u.code.c_str());
            QVERIFY2(u.provinceCode == u.code.substr(0, 2) + "0000", u.code.c_str());
            QVERIFY2(!u.nameZh.empty() && !u.nameEn.empty() && !u.provinceNameEn.empty(), u.code.c_str());
            codes.insert(u.code);
        }
        QCOMPARE(codes.size(), units_.units.size());
        // The two manual entries and a municipality, with their official names.
        QCOMPARE(units_.find("540600")->nameZh, std::string("那曲市"));
        QCOMPARE(units_.find("371200")->nameZh, std::string("莱芜市"));
        QCOMPARE(units_.find("110000")->nameZh, std::string("北京市"));
        QCOMPARE(units_.find("110000")->kind, std::string(unit_kind::municipality));
        // Taiwan, Hong Kong, Macau and Pratas are not units of the mainland map.
        for (const auto& u : units_.units) QVERIFY2(u.provinceCode != "710000" && u.provinceCode != "810000" && u.provinceCode != "820000", u.code.c_str());
    }

    void everyGeometryIsValid()
    {
        for (const auto& u : units_.units) {
            QVERIFY2(!u.geometry.empty() && !u.drawing.empty(), u.code.c_str());
            QVERIFY2(toOgr(u.geometry)->IsValid(), u.code.c_str());
        }
    }

    void areasMatchOfficialFigures()
    {
        // Beijing's official area is 16,410 km²; STACK.md measured 16,409.1 km² in Albers.
        OGRSpatialReference wgs, albers;
        wgs.importFromEPSG(4326);
        wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        albers.importFromProj4("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +ellps=WGS84 +units=m +no_defs");
        albers.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs, &albers));
        auto beijing = toOgr(units_.find("110000")->geometry);
        QCOMPARE(beijing->transform(ct.get()), OGRERR_NONE);
        const double km2 = beijing->get_Area() / 1e6;
        QVERIFY2(std::abs(km2 - 16410) < 50, std::to_string(km2).c_str());
    }

    void pointCases_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("code");
        // GEODATA.md §6: ten city centres and edge cases (coordinates of the city seats).
        QTest::newRow("Beijing") << 39.9042 << 116.4074 << "110000";
        QTest::newRow("Shanghai") << 31.2304 << 121.4737 << "310000";
        QTest::newRow("Guangzhou") << 23.1291 << 113.2644 << "440100";
        QTest::newRow("Chengdu") << 30.5728 << 104.0668 << "510100";
        QTest::newRow("Urumqi") << 43.8256 << 87.6168 << "650100";
        QTest::newRow("Lhasa") << 29.6520 << 91.1721 << "540100";
        QTest::newRow("Harbin") << 45.8038 << 126.5350 << "230100";
        QTest::newRow("Sanya") << 18.2528 << 109.5119 << "460200";
        QTest::newRow("Kashgar") << 39.4704 << 75.9898 << "653100";
        QTest::newRow("Shenzhen") << 22.5431 << 114.0579 << "440300";
        QTest::newRow("Shihezi") << 44.3059 << 86.0805 << "659001";
        QTest::newRow("Xiantao") << 30.3627 << 113.4540 << "429004";
        QTest::newRow("Jiyuan") << 35.0904 << 112.6024 << "419001";
        QTest::newRow("Laiwu") << 36.2137 << 117.6766 << "371200";
        QTest::newRow("Aral") << 40.5479 << 81.2809 << "659002";
        QTest::newRow("Zhuhai") << 22.2710 << 113.5767 << "440400";
        QTest::newRow("Xiamen") << 24.4798 << 118.0894 << "350200";
        QTest::newRow("Zhoushan") << 29.9853 << 122.2072 << "330900";
        QTest::newRow("Qingdao") << 36.0671 << 120.3826 << "370200";
        QTest::newRow("Hohhot") << 40.8426 << 111.7492 << "150100";
        QTest::newRow("Jizhou (Tianjin patch)") << 40.0459 << 117.4080 << "120000";
        QTest::newRow("Lanxi (lost in shape-only)") << 29.2086 << 119.4603 << "330700";
        QTest::newRow("Hua County (lost in shape-only)") << 35.5750 << 114.5190 << "410500";
        QTest::newRow("Huangpu, Shanghai (encoded file)") << 31.2317 << 121.4846 << "310000";
        QTest::newRow("Yuzhong, Chongqing (encoded file)") << 29.5563 << 106.5770 << "500000";
    }

    void pointCases()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, code);
        const Unit* u = unitAt(lat, lon);
        QVERIFY2(u != nullptr, "no unit");
        QCOMPARE(QString::fromStdString(u->code), code);
    }

    void notMainland_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("Hong Kong") << 22.3193 << 114.1694;
        QTest::newRow("Macau (0.4 km from Zhuhai)") << 22.1987 << 113.5439;
        QTest::newRow("Taipei") << 25.0330 << 121.5654;
        QTest::newRow("Seoul") << 37.5665 << 126.9780;
        QTest::newRow("East China Sea") << 30.0 << 125.0;
    }

    void notMainland()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        const Unit* u = unitAt(lat, lon);
        QVERIFY2(u == nullptr, u ? u->code.c_str() : "");
    }

    void englishNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("provinceEn");
        QTest::newRow("fixed reading 厦门") << "350200" << "Xiamen" << "Fujian";
        QTest::newRow("fixed reading 漯河") << "411100" << "Luohe" << "Henan";
        QTest::newRow("fixed reading 蚌埠") << "340300" << "Bengbu" << "Anhui";
        QTest::newRow("fixed reading 六安") << "341500" << "Lu'an" << "Anhui";
        QTest::newRow("fixed reading 朝阳") << "211300" << "Chaoyang" << "Liaoning";
        QTest::newRow("exonym Hohhot") << "150100" << "Hohhot" << "Inner Mongolia";
        QTest::newRow("exonym Urumqi") << "650100" << "Urumqi" << "Xinjiang";
        QTest::newRow("exonym Kashgar") << "653100" << "Kashgar" << "Xinjiang";
        QTest::newRow("apostrophe") << "610100" << "Xi'an" << "Shaanxi";
        QTest::newRow("apostrophe 2") << "340500" << "Ma'anshan" << "Anhui";
        QTest::newRow("ü") << "141100" << "Lüliang" << "Shanxi";
        QTest::newRow("ethnic part cut") << "632800" << "Haixi" << "Qinghai";
        QTest::newRow("autonomous county") << "469025" << "Baisha" << "Hainan";
        QTest::newRow("forest district") << "429021" << "Shennongjia" << "Hubei";
        QTest::newRow("municipality") << "500000" << "Chongqing" << "Chongqing";
    }

    void englishNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, nameEn);
        QFETCH(QString, provinceEn);
        const Unit* u = units_.find(code.toStdString());
        QVERIFY(u != nullptr);
        QCOMPARE(QString::fromStdString(u->nameEn), nameEn);
        QCOMPARE(QString::fromStdString(u->provinceNameEn), provinceEn);
    }

    void laiwuJoinsJinanFrom2019()
    {
        auto y2018 = boundariesAsOf(units_, 2018);
        auto y2019 = boundariesAsOf(units_, 2019);
        QVERIFY(y2018 && y2019);
        QCOMPARE(y2018->units.size(), std::size_t(367));
        QCOMPARE(y2019->units.size(), std::size_t(366));
        QVERIFY(y2019->find("371200") == nullptr);
        // Laiwu's city centre now lies in Jinan, whose area grew by Laiwu's.
        const PointLocator locator(*y2019);
        const auto hit = locator.locate({117.6766, 36.2137});
        QVERIFY(hit.has_value());
        QCOMPARE(y2019->units[*hit].code, std::string("370100"));
        auto area = [](const MultiPolygon& g) { return toOgr(g)->get_Area(); };
        const double expected = area(units_.find("370100")->geometry) + area(units_.find("371200")->geometry);
        QVERIFY(std::abs(area(y2019->find("370100")->geometry) - expected) < 1e-3 * expected);
    }

    void sanshaDoesNotReachTheMainlandExtent()
    {
        // Sansha's reefs reach 3.8°N; every other unit lies north of 18°N.
        double southernmost = 90;
        for (const auto& u : units_.units)
            if (u.code != "460300") southernmost = std::min(southernmost, boundsOf(u.geometry).minLat);
        QVERIFY(southernmost > 18.0);
        QVERIFY(boundsOf(units_.find("460300")->geometry).minLat < 5.0);
    }
};

QTEST_APPLESS_MAIN(TestBuiltinGeography)
#include "tst_builtingeography.moc"
