// BuyerResolver on a project made from the built-in map (its gazetteer, units and code
// crosswalk): region codes of every shape, region names, place names inside buyer names
// with their ambiguities, a project without a gazetteer, the demonstration world's
// contracts (all of them must land where the generator put them) and the speed.
#include "TestSupport.h"
#include "contracts/BuyerResolver.h"
#include "geo/BuiltinGeography.h"
#include "geo/CodeCrosswalk.h"
#include "sim/DemoWorld.h"
#include "store/ProjectStore.h"

#include "SqliteQuery.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <map>
#include <optional>
#include <set>

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::query;

namespace {

std::string describe(const BuyerPlacement& p)
{
    return p.unitCode.value_or("(none)") + " rule=" + p.rule + " detail=" + p.detail;
}

}  // namespace

class TestBuyerResolver : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::optional<UnitSet> units_;
    std::optional<ProjectStore> project_;
    std::optional<BuyerResolver> resolver_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }

    BuyerPlacement resolve(std::string_view code, std::string_view name, std::string_view buyer) const
    {
        return resolver_->resolve(code, name, buyer);
    }

    // QVERIFY2-friendly: the placement has this unit and rule.
    static bool is(const BuyerPlacement& p, const char* unit, const char* rule)
    {
        return p.unitCode == std::string(unit) && p.rule == rule;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        auto units = loadBuiltinGeography();
        if (!units && units.error().code == "missing")
            QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
        QVERIFY2(units, errorText(units).c_str());
        units_ = std::move(*units);
        auto store = ProjectStore::create(path("china.aitocracy"), *units_, "builtin");
        QVERIFY2(store, errorText(store).c_str());
        project_ = std::move(*store);
        auto resolver = BuyerResolver::load(project_->handle());
        QVERIFY2(resolver, errorText(resolver).c_str());
        resolver_ = std::move(*resolver);
    }

    void prefectureNameInsideTheBuyer()
    {
        for (const char* buyer :
             {"合肥市公安局", "合肥公安局", "安徽省合肥市公安局交通警察支队", "中共合肥市委政法委员会"}) {
            const auto p = resolve("", "", buyer);
            QVERIFY2(is(p, "340100", "buyer_name_prefecture"), (buyer + (" → " + describe(p))).c_str());
        }
        QCOMPARE(resolve("", "", "合肥市公安局").detail, std::string("合肥市"));
        // Autonomous prefectures and leagues, in full and short.
        QVERIFY(is(resolve("", "", "延边朝鲜族自治州公安局"), "222400", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "延边州公安局"), "222400", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "锡林郭勒盟公安处"), "152500", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "阿克苏地区公安处"), "652900", "buyer_name_prefecture"));
        // The longest name wins: 朝阳市 (Liaoning) over 朝阳, 朝阳县 (a county of it) over 朝阳.
        QVERIFY(is(resolve("", "", "朝阳市公安局"), "211300", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "朝阳县公安局"), "211300", "buyer_name_county"));
        // A municipality by its full or short name; the prefecture decides over a county in it.
        QVERIFY(is(resolve("", "", "北京市公安局"), "110000", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "北京市朝阳区公安分局"), "110000", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "长春市朝阳区公安分局"), "220100", "buyer_name_prefecture"));
    }

    void regionCodes()
    {
        QVERIFY(is(resolve("340100", "", ""), "340100", "region_code"));
        // A county code belongs to the prefecture of its first four digits…
        QVERIFY(is(resolve("340102", "", ""), "340100", "region_code"));
        QVERIFY(is(resolve(" 340121 ", "", ""), "340100", "region_code"));
        // …a municipality's district to the municipality (the map codes Beijing 110000)…
        QVERIFY(is(resolve("110105", "", ""), "110000", "region_code"));
        QVERIFY(is(resolve("500155", "", ""), "500000", "region_code"));
        // …and a province-direct county-level unit is its own unit.
        QVERIFY(is(resolve("429004", "", ""), "429004", "region_code"));  // 仙桃
        QVERIFY(is(resolve("469021", "", ""), "469021", "region_code"));  // 定安县
        // The code decides over names.
        QVERIFY(is(resolve("340100", "北京", "北京市公安局"), "340100", "region_code"));
    }

    void oldCodesThroughTheCrosswalk()
    {
        auto p = resolve("542400", "", "");  // 那曲地区, renamed 那曲市 540600 in 2018
        QVERIFY2(is(p, "540600", "region_code_crosswalk"), describe(p).c_str());
        QCOMPARE(p.detail, std::string("542400 → 540600"));
        QVERIFY(is(resolve("542421", "", ""), "540600", "region_code_crosswalk"));  // a county of old 5424
        QVERIFY(is(resolve("469003", "", ""), "460400", "region_code_crosswalk"));  // 儋州 before 2015
        QVERIFY(is(resolve("652201", "", ""), "650500", "region_code_crosswalk"));  // 哈密市 of 哈密地区
        // Laiwu (371200) keeps its own unit: the map has it, and the 2019 merger into
        // Jinan is applied by the boundaries of the year (CodeCrosswalk.h), not here.
        QVERIFY(is(resolve("371200", "", ""), "371200", "region_code"));
        QVERIFY(is(resolve("371202", "", ""), "371200", "region_code"));
        QCOMPARE(unitCodeAsOf("371200", 2019), std::string("370100"));
        // Its districts' codes of after the merger are Jinan's.
        QVERIFY(is(resolve("370116", "", ""), "370100", "region_code"));
    }

    void unusableCodesFallBackToNames()
    {
        auto p = resolve("999999", "", "合肥市公安局");
        QVERIFY2(is(p, "340100", "buyer_name_prefecture"), describe(p).c_str());
        p = resolve("3401", "合肥", "");
        QVERIFY2(is(p, "340100", "region_name"), describe(p).c_str());
        p = resolve("659010", "", "");  // 胡杨河市 (2019): no outline on the 2016 map
        QVERIFY(!p.unitCode);
        QVERIFY2(p.detail.find("659010 is not on the map") != std::string::npos, p.detail.c_str());
        p = resolve("", "", "胡杨河市公安局");
        QVERIFY(!p.unitCode);
        QVERIFY2(p.detail.find("胡杨河市") != std::string::npos, p.detail.c_str());
    }

    void regionNames()
    {
        for (const char* name : {"合肥市", "合肥", " 合肥 ", "安徽省合肥市"}) {
            const auto p = resolve("", name, "某单位");
            QVERIFY2(is(p, "340100", "region_name"), (name + (" → " + describe(p))).c_str());
        }
        QVERIFY(is(resolve("", "宝安区", ""), "440300", "region_name"));
        // A region name that does not decide leaves the buyer to decide.
        QVERIFY(is(resolve("", "安徽省", "合肥市公安局"), "340100", "buyer_name_prefecture"));
    }

    void provinceDirectCountyLevelUnits()
    {
        QVERIFY(is(resolve("", "", "仙桃市公安局"), "429004", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "神农架林区公安局"), "429021", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "石河子市公安局"), "659001", "buyer_name_county"));
        QVERIFY(is(resolve("", "定安县", ""), "469021", "region_name"));
    }

    void countyNames()
    {
        // A county name found once in China decides, in its 2023 or its 2016 form.
        QVERIFY(is(resolve("", "", "宝安区公安分局"), "440300", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "梁平县公安局"), "500000", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "梁平区公安分局"), "500000", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "即墨市公安局"), "370200", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "宜宾县公安局"), "511500", "buyer_name_county"));  // now 叙州区
        QCOMPARE(resolve("", "", "宝安区公安分局").detail, std::string("宝安区"));
    }

    void ambiguousCountyNameIsNotGuessed()
    {
        auto p = resolve("", "", "朝阳区公安分局");
        QVERIFY(!p.unitCode);
        QCOMPARE(p.rule, std::string());
        QCOMPARE(p.detail, std::string("ambiguous: 朝阳区 in 110000, 220100"));
        p = resolve("", "", "市中区人民医院");
        QVERIFY(!p.unitCode);
        QVERIFY2(p.detail.starts_with("ambiguous: 市中区 in "), p.detail.c_str());
        // Changed hands: 钢城区 was Laiwu's (2016 map) and is Jinan's (NBS 2023).
        p = resolve("", "", "钢城区公安分局");
        QCOMPARE(p.detail, std::string("ambiguous: 钢城区 in 370100, 371200"));
        // A province or prefecture named beside it settles it.
        p = resolve("", "", "吉林省朝阳区公安分局");
        QVERIFY2(is(p, "220100", "buyer_name_county"), describe(p).c_str());
        p = resolve("", "吉林", "朝阳区公安分局");
        QVERIFY2(is(p, "220100", "buyer_name_county"), describe(p).c_str());
        p = resolve("", "北京", "朝阳区公安分局");
        QVERIFY2(is(p, "110000", "region_name"), describe(p).c_str());
    }

    void jilinAndHainanAreProvincesAndPrefectures()
    {
        QVERIFY(is(resolve("", "", "吉林市公安局"), "220200", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "吉林市", ""), "220200", "region_name"));
        QVERIFY(is(resolve("", "", "吉林省吉林市公安局"), "220200", "buyer_name_prefecture"));
        QVERIFY(is(resolve("", "", "吉林省长春市公安局"), "220100", "buyer_name_prefecture"));
        auto p = resolve("", "", "吉林省公安厅");
        QVERIFY(!p.unitCode);
        QCOMPARE(p.detail, std::string("only a province: 吉林省 in 220000 (province)"));
        p = resolve("", "吉林", "");
        QVERIFY(!p.unitCode);
        QCOMPARE(p.detail, std::string("ambiguous: 吉林 in 220000 (province), 220200"));
        // A county of Jilin city settles the short name.
        QVERIFY(is(resolve("", "吉林", "船营区公安分局"), "220200", "buyer_name_county"));
        QVERIFY(is(resolve("", "", "海南藏族自治州公安局"), "632500", "buyer_name_prefecture"));
        QVERIFY(!resolve("", "", "海南省公安厅").unitCode);
        QVERIFY(!resolve("", "海南", "").unitCode);
        QVERIFY(is(resolve("", "", "海南省海口市公安局"), "460100", "buyer_name_prefecture"));
    }

    void unknownAndConflictingNames()
    {
        auto p = resolve("", "", "某某科技有限公司");
        QVERIFY(!p.unitCode);
        QCOMPARE(p.detail, std::string("no place name found"));
        QCOMPARE(resolve("", "", "").detail, std::string("no place name found"));
        p = resolve("12345", "", "");
        QCOMPARE(p.detail, std::string("region code 12345 is not 6 digits; no place name found"));
        // Two prefectures: no guess which one buys.
        p = resolve("", "", "上海铁路公安局杭州公安处");
        QVERIFY(!p.unitCode);
        QVERIFY2(p.detail.starts_with("several prefectures: "), p.detail.c_str());
        // Bytes that are not UTF-8 (a GBK file read as UTF-8) are no place.
        QVERIFY(!resolve("", "\xba\xcf\xb7\xca", "\xba\xcf\xb7\xca\xca\xd0").unitCode);
    }

    void everyUnitIsFoundByItsOwnName()
    {
        for (const Unit& u : units_->units) {
            const auto p = resolve("", "", u.nameZh + "财政局");
            QVERIFY2(p.unitCode == u.code, (u.nameZh + " → " + describe(p)).c_str());
            QVERIFY2(is(resolve(u.code, "", ""), u.code.c_str(), "region_code"), u.code.c_str());
        }
    }

    // Every county of the gazetteer, behind its unit's name and alone: with the unit named
    // it lands there; alone it lands there when its name is unique in China, and is left
    // unplaced otherwise.
    void everyCountyWithAndWithoutItsPrefecture()
    {
        std::map<std::string, std::set<std::string>> unitsOfName;
        std::vector<std::pair<std::string, std::string>> counties;  // name, unit
        query(project_->path(), "SELECT name_zh, unit_code FROM places WHERE level = 'county' AND unit_code IS NOT NULL",
              [&](const auto& r) {
                  unitsOfName[r[0]].insert(r[1]);
                  counties.emplace_back(r[0], r[1]);
              });
        QVERIFY(counties.size() > 3000);
        std::size_t unique = 0;
        for (const auto& [name, unit] : counties) {
            const Unit* u = units_->find(unit);
            QVERIFY(u);
            auto p = resolve("", "", u->nameZh + name + "公安分局");
            QVERIFY2(p.unitCode == unit, (u->nameZh + name + " → " + describe(p)).c_str());
            p = resolve("", "", name + "公安分局");
            if (unitsOfName[name].size() == 1) {
                ++unique;
                // (嘉峪关市 is a county of NBS and the prefecture's name: buyer_name_prefecture.)
                QVERIFY2(p.unitCode == unit && p.rule.starts_with("buyer_name_"), (name + " → " + describe(p)).c_str());
            } else {
                QVERIFY2(!p.unitCode && p.detail.starts_with("ambiguous: " + name), (name + " → " + describe(p)).c_str());
            }
        }
        qInfo("%zu county names, %zu of them unique in China", counties.size(), unique);
    }

    // A project without gazetteer rows (a user's boundary file, or a project from schema
    // 1) still places buyers by its units' codes and names.
    void unitsAloneWithoutGazetteer()
    {
        UnitSet small;
        for (const Unit* u : {units_->find("340100"), units_->find("110000"), units_->find("429004")})
            small.units.push_back(*u);
        auto store = ProjectStore::create(path("small.aitocracy"), small, "mine.gpkg");
        QVERIFY2(store, errorText(store).c_str());
        auto resolver = BuyerResolver::load(store->handle());
        QVERIFY2(resolver, errorText(resolver).c_str());
        QVERIFY(is(resolver->resolve("", "", "合肥市公安局"), "340100", "buyer_name_prefecture"));
        QVERIFY(is(resolver->resolve("", "", "合肥公安局"), "340100", "buyer_name_prefecture"));
        QVERIFY(is(resolver->resolve("", "北京", ""), "110000", "region_name"));
        QVERIFY(is(resolver->resolve("", "", "仙桃市公安局"), "429004", "buyer_name_county"));
        QVERIFY(is(resolver->resolve("340102", "", ""), "340100", "region_code"));
        QVERIFY(!resolver->resolve("", "", "宝安区公安分局").unitCode);
    }

    // Every contract of the demonstration world lands in the unit the generator stored.
    void demonstrationWorldContractsAllResolve()
    {
        sim::DemoConfig config;
        config.contracts = 30000;
        const std::string world = path("world.aitocracy");
        auto built = sim::buildDemoProject(world, *units_, config);
        QVERIFY2(built, errorText(built).c_str());
        auto store = ProjectStore::open(world);
        QVERIFY2(store, errorText(store).c_str());
        auto resolver = BuyerResolver::load(store->handle());
        QVERIFY2(resolver, errorText(resolver).c_str());
        std::size_t total = 0, wrong = 0, byName = 0;
        std::string firstWrong;
        query(world, "SELECT buyer_region_code, buyer_region_name, buyer, unit_code FROM contracts",
              [&](const auto& r) {
                  const auto p = resolver->resolve(r[0], r[1], r[2]);
                  ++total;
                  byName += r[0].empty() && r[1].empty() ? 1 : 0;
                  if (p.unitCode != r[3] && wrong++ == 0)
                      firstWrong = r[0] + " | " + r[1] + " | " + r[2] + " → " + describe(p) + ", stored " + r[3];
              });
        QVERIFY(total >= 30000);
        QVERIFY2(byName > 1000, std::to_string(byName).c_str());  // the buyer name alone decides these
        QVERIFY2(wrong == 0,
                 (std::to_string(wrong) + " of " + std::to_string(total) + ", first: " + firstWrong).c_str());
    }

    // One million buyers, single-threaded: by name alone (the slow path) and as the
    // demonstration world mixes codes, region names and buyers.
    void speed()
    {
        std::vector<std::string> buyers;
        for (const Unit& u : units_->units)
            for (const char* agency : {"公安局", "公安局交通警察支队", "教育局", "人民医院"})
                buyers.push_back(u.nameZh + agency);
        buyers.push_back("朝阳区公安分局");
        buyers.push_back("某某科技有限公司");
        constexpr std::size_t kCalls = 1000000;
        std::size_t placed = 0;
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < kCalls; ++i) placed += resolve("", "", buyers[i % buyers.size()]).unitCode ? 1 : 0;
        const double byName = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto mixedStart = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < kCalls; ++i) {
            const Unit& u = units_->units[i % units_->units.size()];
            const std::string_view code = i % 10 < 7 ? std::string_view(u.code) : std::string_view();
            const std::string_view name = i % 10 < 8 ? std::string_view(u.nameZh) : std::string_view();
            placed += resolve(code, name, buyers[i % buyers.size()]).unitCode ? 1 : 0;
        }
        const double mixed = std::chrono::duration<double>(std::chrono::steady_clock::now() - mixedStart).count();
        qInfo("1,000,000 buyers by name: %.3f s; mixed codes/names/buyers: %.3f s (%zu placed)", byName, mixed, placed);
        QVERIFY(placed > kCalls);
    }
};

QTEST_GUILESS_MAIN(TestBuyerResolver)
#include "tst_buyerresolver.moc"
