// The small rules behind the built-in map, each against a hand-worked answer:
// ECharts ring decoding, English names, WKB, and the code crosswalk.
#include "geo/CodeCrosswalk.h"
#include "geo/Wkb.h"
#include "geo/builtin/EChartsGeoJson.h"
#include "geo/builtin/EnglishNames.h"

#include <QtTest>

#include <fstream>

using namespace aitocracy::core;
using namespace aitocracy::core::builtin;

class TestGeoDataRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesEChartsRings()
    {
        // 'F' = 70 → 6 → zig-zag +3; 'C' = 67 → 3 → −2; '@' = 64 → 0;
        // U+0108 'Ĉ' = 264 → 200 → +100; 'A' = 65 → 1 → −1.
        const Ring ring = decodeEChartsRing("FC@@\xC4\x88" "A", 1024, 2048);
        QCOMPARE(ring.size(), std::size_t(4));  // three points + the closing one
        QCOMPARE(ring[0].lon, 1027.0 / 1024);
        QCOMPARE(ring[0].lat, 2046.0 / 1024);
        QCOMPARE(ring[1].lon, 1027.0 / 1024);
        QCOMPARE(ring[2].lon, 1127.0 / 1024);
        QCOMPARE(ring[2].lat, 2045.0 / 1024);
        QCOMPARE(ring[3].lon, ring[0].lon);
    }

    void readsEncodedAndPlainFeatures()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("x.geojson")).toStdString();
        std::ofstream(path) << R"({"type":"FeatureCollection","UTF8Encoding":true,"features":[
            {"type":"Feature","properties":{"name":"甲"},"geometry":{"type":"Polygon","coordinates":["@@FC@F"],"encodeOffsets":[[1024,1024]]}},
            {"type":"Feature","properties":{"name":"乙"},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1],[2,2],[1,1]]]]}}]})";
        auto features = readEChartsGeoJson(path);
        QVERIFY2(features.has_value(), features ? "" : features.error().describe().c_str());
        QCOMPARE(features->size(), std::size_t(2));
        QVERIFY((*features)[0].wasEncoded);
        QVERIFY(!(*features)[1].wasEncoded);
        QCOMPARE((*features)[0].name, std::string("甲"));
        QCOMPARE((*features)[0].geometry[0].rings[0][2].lat, (1024.0 - 2 + 3) / 1024);
        QCOMPARE((*features)[1].geometry[0].rings[0].size(), std::size_t(4));
    }

    void englishNameRules()
    {
        QCOMPARE(coreChineseName("海西蒙古族藏族自治州"), std::string("海西"));
        QCOMPARE(coreChineseName("巴音郭楞蒙古自治州"), std::string("巴音郭楞"));
        QCOMPARE(coreChineseName("白沙黎族自治县"), std::string("白沙"));
        QCOMPARE(coreChineseName("神农架林区"), std::string("神农架"));
        QCOMPARE(coreChineseName("大理白族自治州"), std::string("大理"));
        QCOMPARE(pinyinFromKey("he2_fei2", 2), std::string("Hefei"));
        QCOMPARE(pinyinFromKey("xi1_an1", 2), std::string("Xi'an"));
        QCOMPARE(pinyinFromKey("lv3_liang2", 2), std::string("Lüliang"));
        QCOMPARE(pinyinFromKey("hai3_xi1_meng2_gu3_zu2", 2), std::string("Haixi"));
        QCOMPARE(englishUnitName("厦门", "sha4_men2"), std::string("Xiamen"));
        QCOMPARE(englishUnitName("喀什地区", "ka1_shi2_di4_qu1"), std::string("Kashgar"));
        QCOMPARE(englishProvinceName("14"), std::string("Shanxi"));
        QCOMPARE(englishProvinceName("61"), std::string("Shaanxi"));
    }

    void wkbRoundTripAndByteLayout()
    {
        const MultiPolygon g = {Polygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}, {{{0.2, 0.1}, {0.3, 0.1}, {0.3, 0.2}, {0.2, 0.1}}}}}};
        const auto wkb = toWkb(g);
        // 1+4+4 header, polygon 1+4+4, two rings of 4 + 4·16 bytes.
        QCOMPARE(wkb.size(), std::size_t(9 + 9 + 2 * (4 + 4 * 16)));
        QCOMPARE(int(wkb[0]), 1);
        QCOMPARE(int(wkb[1]), 6);
        auto back = fromWkb(wkb);
        QVERIFY(back.has_value());
        QCOMPARE(back->size(), std::size_t(1));
        QCOMPARE((*back)[0].rings[1][2].lat, 0.2);
        auto truncated = fromWkb(std::span(wkb).first(wkb.size() - 5));
        QVERIFY(!truncated.has_value());
        QCOMPARE(truncated.error().code, std::string("corrupt"));
    }

    void crosswalk()
    {
        QCOMPARE(mapUnitCode("542400"), std::string("540600"));  // 那曲地区 → 那曲市
        QCOMPARE(mapUnitCode("632100"), std::string("630200"));  // 海东
        QCOMPARE(mapUnitCode("340100"), std::string("340100"));
        QCOMPARE(mapUnitCode("371200"), std::string("371200"));  // Laiwu keeps its own unit on the map
        QCOMPARE(unitCodeAsOf("371200", 2018), std::string("371200"));
        QCOMPARE(unitCodeAsOf("371200", 2019), std::string("370100"));
        QCOMPARE(unitCodeAsOf("370100", 2019), std::string("370100"));
    }
};

QTEST_APPLESS_MAIN(TestGeoDataRules)
#include "tst_geodatarules.moc"
