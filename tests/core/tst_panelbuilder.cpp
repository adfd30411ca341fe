// buildPanel: a hand-made project whose cells are worked out by hand (HandPanelProject.h),
// the options (root codes, merged reports, threshold, span), weeks, days and months on
// the same rows, and on a small demonstration world the column totals against the
// stored rows counted straight through SQLite.
#include <QtTest>
#include <cmath>
#include <map>

#include "HandPanelProject.h"
#include "SqliteQuery.h"
#include "TestSupport.h"
#include "geo/BuiltinGeography.h"
#include "panel/PanelBuilder.h"
#include "sim/DemoWorld.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::query;

using Values = std::vector<double>;

namespace {

const double kNaN = std::nan("");

// Cells in panel order: A 2016Q1, A 2016Q2, B 2016Q1, B 2016Q2.
bool same(const Values& a, const Values& b, double tolerance = 1e-12)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i])) return false;
        if (!std::isnan(a[i]) && std::abs(a[i] - b[i]) > tolerance * std::max(1.0, std::abs(b[i]))) return false;
    }
    return true;
}

std::string show(const Values& v)
{
    std::string s;
    for (const double x : v) s += (s.empty() ? "" : " ") + std::to_string(x);
    return s;
}

}  // namespace

class TestPanelBuilder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    ProjectStore newHandProject()
    {
        return aitocracy::test::handProject(
            dir_.filePath(QStringLiteral("hand%1.aitocracy").arg(++counter_)).toStdString());
    }

    static Panel build(const ProjectStore& store, PanelOptions options)
    {
        auto panel = buildPanel(store, options);
        if (!panel) qFatal("%s", errorText(panel).c_str());
        return std::move(*panel);
    }

    static PanelOptions halfYear()
    {
        PanelOptions o;
        o.from = "2016-01-01";
        o.to = "2016-06-30";
        return o;
    }

    static Values column(const Panel& panel, const char* name)
    {
        const PanelColumn* c = panel.column(name);
        if (!c) qFatal("no column %s", name);
        return c->values;
    }

#define CHECK_COLUMN(panel, name, ...)                                                                          \
    do {                                                                                                        \
        const Values got = column(panel, name), want = Values{__VA_ARGS__};                                     \
        QVERIFY2(same(got, want), (std::string(name) + ": got " + show(got) + ", want " + show(want)).c_str()); \
    } while (false)

private Q_SLOTS:
    void quarterlyCellsByHand()
    {
        const ProjectStore store = newHandProject();
        const Panel p = build(store, halfYear());
        QCOMPARE(p.period, PeriodKind::Quarter);
        QCOMPARE(p.unitCodes, (std::vector<std::string>{"110000", "120000"}));
        QCOMPARE(p.periodLabels, (std::vector<std::string>{"2016Q1", "2016Q2"}));
        QCOMPARE(p.periodStarts, (std::vector<std::string>{"2016-01-01", "2016-04-01"}));
        CHECK_COLUMN(p, "unrest", 2, 1, 1, 0);
        CHECK_COLUMN(p, "contracts_ai_public_security", 2, 1, 0, 0);
        CHECK_COLUMN(p, "contracts_ai_other", 0, 0, 0, 1);
        CHECK_COLUMN(p, "contracts_surveillance", 1, 0, 0, 0);
        CHECK_COLUMN(p, "contracts_other", 0, 0, 0, 1);
        CHECK_COLUMN(p, "amount_ai_public_security", 3000.5, 0, 0, 0);
        CHECK_COLUMN(p, "amount_ai_other", 0, 0, 0, 50);
        CHECK_COLUMN(p, "amount_surveillance", 300, 0, 0, 0);
        CHECK_COLUMN(p, "amount_other", 0, 0, 0, 7);
        // The stock counts c1 and c2, signed in 2015, before the panel's first quarter.
        CHECK_COLUMN(p, "ai_stock", 2, 4, 0, 0);
        CHECK_COLUMN(p, "log_ai_stock", std::log(3.0), std::log(5.0), 0, 0);
        CHECK_COLUMN(p, "rain_sum", 22.5, kNaN, 9.99, kNaN);
        CHECK_COLUMN(p, "rain_mean", 7.5, kNaN, 9.99, kNaN);
        CHECK_COLUMN(p, "rain_days", 2, kNaN, 0, kNaN);
        CHECK_COLUMN(p, "temp_mean", -2.0 / 3.0, 15, 5, kNaN);
        CHECK_COLUMN(p, "log1p_unrest", std::log(3.0), std::log(2.0), std::log(2.0), 0);
        CHECK_COLUMN(p, "log1p_amount_ai_public_security", std::log(3001.5), 0, 0, 0);
        // unrest 2, 1, 1, 0: mean 1, sample variance (1 + 0 + 0 + 1) / 3.
        const double sd = std::sqrt(2.0 / 3.0);
        CHECK_COLUMN(p, "z_unrest", 1 / sd, 0, 0, -1 / sd);
        // 0, 0, 0, 1: mean 1/4, sample variance (3/16 + 9/16) / 3 = 1/4.
        CHECK_COLUMN(p, "z_contracts_other", -0.5, -0.5, -0.5, 1.5);
        // The yearly gdp value has no quarter to go to; the covariate named like a panel
        // column keeps its value under another name.
        CHECK_COLUMN(p, "gdp", 1.5, kNaN, kNaN, kNaN);
        CHECK_COLUMN(p, "pop", kNaN, kNaN, kNaN, 3);
        CHECK_COLUMN(p, "covariate_unrest", kNaN, kNaN, kNaN, 8);
        CHECK_COLUMN(p, "province", 110000, 110000, 120000, 120000);
        for (const auto& c : p.columns) QVERIFY2(!c.description.empty(), c.name.c_str());
        QCOMPARE(p.columns.size(), std::size_t{15 + 18 + 1 + 3});
    }

    void cleaningRulesAndThreshold()
    {
        const ProjectStore store = newHandProject();
        PanelOptions o = halfYear();
        o.unrestRootCodes = {};       // every event, the fight (root 19) included
        o.dropMergedReports = false;  // and the repeated report
        o.rainThresholdMm = 9.99;
        const Panel p = build(store, o);
        CHECK_COLUMN(p, "unrest", 3, 1, 2, 0);
        CHECK_COLUMN(p, "rain_days", 2, kNaN, 1, kNaN);
        o.unrestRootCodes = {"19", "18"};
        const Panel fights = build(store, o);
        CHECK_COLUMN(fights, "unrest", 0, 0, 1, 0);
        o.unrestRootCodes = {"99"};
        const Panel none = build(store, o);
        CHECK_COLUMN(none, "unrest", 0, 0, 0, 0);
        CHECK_COLUMN(none, "z_unrest", kNaN, kNaN, kNaN, kNaN);  // a constant has no z-score
    }

    void defaultSpanIsTheStoredData()
    {
        const ProjectStore store = newHandProject();
        const Panel p = build(store, PanelOptions{});
        // Stored dates run from 2015-06-01 (c1) to 2016-07-01 (c10, event 9).
        QCOMPARE(p.periodLabels,
                 (std::vector<std::string>{"2015Q2", "2015Q3", "2015Q4", "2016Q1", "2016Q2", "2016Q3"}));
        CHECK_COLUMN(p, "ai_stock", 0, 1, 1, 2, 4, 5, 0, 0, 0, 0, 0, 0);
        CHECK_COLUMN(p, "contracts_ai_public_security", 1, 0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 1);
        // Events start in 2015Q4: the quarters before observed no unrest (missing, not zero).
        CHECK_COLUMN(p, "unrest", kNaN, kNaN, 1, 2, 1, 0, kNaN, kNaN, 0, 1, 0, 1);
        CHECK_COLUMN(p, "log1p_unrest", kNaN, kNaN, std::log(2.0), std::log(3.0), std::log(2.0), 0, kNaN, kNaN, 0, std::log(2.0), 0,
                     std::log(2.0));
        CHECK_COLUMN(p, "rain_sum", kNaN, kNaN, 100, 22.5, kNaN, kNaN, kNaN, kNaN, kNaN, 9.99, kNaN, kNaN);
        PanelOptions fromOnly;
        fromOnly.from = "2016-02-15";
        QCOMPARE(build(store, fromOnly).periodLabels, (std::vector<std::string>{"2016Q1", "2016Q2", "2016Q3"}));
    }

    void partlyCoveredPeriodsCountWhole()
    {
        const ProjectStore store = newHandProject();
        PanelOptions o;
        o.from = "2016-03-31";
        o.to = "2016-04-01";
        const Panel p = build(store, o);
        QCOMPARE(p.periodLabels, (std::vector<std::string>{"2016Q1", "2016Q2"}));
        CHECK_COLUMN(p, "unrest", 2, 1, 1, 0);
    }

    void weeksDaysMonthsAndYears()
    {
        const ProjectStore store = newHandProject();
        PanelOptions o;
        o.period = PeriodKind::Week;
        o.from = "2015-12-28";
        o.to = "2016-01-10";
        const Panel weeks = build(store, o);
        QCOMPARE(weeks.periodLabels, (std::vector<std::string>{"2015-W53", "2016-W01"}));
        // Event 8 (2015-12-31) and event 1 (2016-01-05); the weather of 31 December and
        // of 1 and 2 January is in 2015-W53.
        CHECK_COLUMN(weeks, "unrest", 1, 1, 0, 0);
        CHECK_COLUMN(weeks, "rain_sum", 112.5, kNaN, kNaN, kNaN);
        CHECK_COLUMN(weeks, "ai_stock", 1, 2, 0, 0);  // c2 was signed in 2015-W53

        o.period = PeriodKind::Day;
        o.from = "2016-02-28";
        o.to = "2016-03-01";
        const Panel days = build(store, o);
        QCOMPARE(days.periodLabels, (std::vector<std::string>{"2016-02-28", "2016-02-29", "2016-03-01"}));
        CHECK_COLUMN(days, "unrest", 0, 0, 0, 0, 1, 0);
        CHECK_COLUMN(days, "rain_days", kNaN, 1, kNaN, kNaN, kNaN, 0);
        CHECK_COLUMN(days, "contracts_surveillance", 0, 0, 1, 0, 0, 0);
        CHECK_COLUMN(days, "ai_stock", 4, 4, 4, 0, 0, 0);

        o.period = PeriodKind::Month;
        o.from = "2016-02-01";
        o.to = "2016-03-31";
        const Panel months = build(store, o);
        QCOMPARE(months.periodLabels, (std::vector<std::string>{"2016-02", "2016-03"}));
        CHECK_COLUMN(months, "unrest", 0, 1, 1, 0);
        CHECK_COLUMN(months, "temp_mean", 2, kNaN, kNaN, 5);

        o.period = PeriodKind::Year;
        o.from = "2016-01-01";
        o.to = "2016-12-31";
        const Panel year = build(store, o);
        QCOMPARE(year.periodLabels, std::vector<std::string>{"2016"});
        CHECK_COLUMN(year, "unrest", 3, 2);
        CHECK_COLUMN(year, "gdp", 99, kNaN);  // the yearly value now has its period
        CHECK_COLUMN(year, "ai_stock", 2, 0);
        CHECK_COLUMN(year, "contracts_ai_public_security", 3, 1);
    }

    void errors()
    {
        const ProjectStore store = newHandProject();
        PanelOptions o;
        o.from = "2016-05-01";
        o.to = "2016-04-01";
        auto backwards = buildPanel(store, o);
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().code, std::string("usage"));
        o.from = "1 May 2016";
        QVERIFY(!buildPanel(store, o));
        CancelToken cancel;
        cancel.cancel();
        auto cancelled = buildPanel(store, halfYear(), &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, std::string("cancelled"));

        UnitSet units;
        units.units = {aitocracy::test::handUnit("110000", 116)};
        auto empty =
            ProjectStore::create(dir_.filePath(QStringLiteral("empty.aitocracy")).toStdString(), units, "test");
        QVERIFY(empty);
        auto nothing = buildPanel(*empty, PanelOptions{});
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, std::string("empty"));
        // With a span the empty project gives a panel without observations: nothing was
        // recorded, which is not the same as zero events or contracts.
        const Panel zeros = build(*empty, halfYear());
        CHECK_COLUMN(zeros, "unrest", kNaN, kNaN);
        CHECK_COLUMN(zeros, "contracts_other", kNaN, kNaN);
        CHECK_COLUMN(zeros, "temp_mean", kNaN, kNaN);
    }

    void demoWorldTotalsEqualTheStoredRows()
    {
        auto units = loadBuiltinGeography();
        if (!units) QSKIP(("the built-in map is not built: " + errorText(units)).c_str());
        sim::DemoConfig config;
        config.contracts = 3000;
        const std::string path = dir_.filePath(QStringLiteral("demo.aitocracy")).toStdString();
        auto built = sim::buildDemoProject(path, *units, config);
        QVERIFY2(built, errorText(built).c_str());
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        PanelOptions o;
        o.from = "2014-01-01";
        o.to = "2019-12-31";
        const Panel p = build(*store, o);
        QCOMPARE(p.periodCount(), std::size_t{24});
        QCOMPARE(p.unitCount(), units->units.size());

        auto total = [&](const char* name) {
            double sum = 0;
            for (const double v : column(p, name))
                if (!std::isnan(v)) sum += v;
            return sum;
        };
        auto sqlNumber = [&](const std::string& sql) {
            double value = 0;
            query(path, sql, [&](const auto& row) { value = std::stod(row[0]); });
            return value;
        };
        const std::string inRange = " BETWEEN '2014-01-01' AND '2019-12-31'";
        QCOMPARE(total("unrest"), sqlNumber("SELECT count(*) FROM unrest_events WHERE unit_code IS NOT NULL AND "
                                            "event_root_code = '14' AND duplicate_of IS NULL AND event_date" +
                                            inRange));
        QVERIFY(total("unrest") > 1000);
        for (const char* cls : {"ai_public_security", "ai_other", "surveillance", "other"}) {
            const std::string where = std::string(" FROM contracts WHERE unit_code IS NOT NULL AND class = '") + cls +
                                      "' AND signed_date" + inRange;
            QCOMPARE(total(("contracts_" + std::string(cls)).c_str()), sqlNumber("SELECT count(*)" + where));
            const double amount = sqlNumber("SELECT total(amount_yuan)" + where);
            QVERIFY2(std::abs(total(("amount_" + std::string(cls)).c_str()) - amount) <= 1e-9 * amount, cls);
        }
        const double rain = sqlNumber("SELECT total(rain_mm) FROM weather WHERE date" + inRange);
        QVERIFY(std::abs(total("rain_sum") - rain) <= 1e-9 * rain);
        QCOMPARE(total("rain_days"), sqlNumber("SELECT count(*) FROM weather WHERE rain_mm >= 10 AND date" + inRange));

        // The stock of the last quarter plus its purchases: every public-security AI contract
        // of the unit up to the end of 2019, also those of 2013, before the panel.
        std::map<std::string, double> upTo2020;
        query(path,
              "SELECT unit_code, count(*) FROM contracts WHERE class = 'ai_public_security' AND unit_code IS NOT NULL "
              "AND signed_date <= '2019-12-31' GROUP BY 1",
              [&](const auto& row) { upTo2020[row[0]] = std::stod(row[1]); });
        const PanelColumn& stock = *p.column("ai_stock");
        const PanelColumn& bought = *p.column("contracts_ai_public_security");
        for (std::size_t u = 0; u < p.unitCount(); ++u) {
            const double last = p.at(stock, u, 23) + p.at(bought, u, 23);
            QVERIFY2(last == upTo2020[p.unitCodes[u]], p.unitCodes[u].c_str());
        }

        // Each unit's stored province code, as a number in every period (Hefei 340100 → Anhui 340000).
        std::map<std::string, double> provinceOf;
        query(path, "SELECT code, province_code FROM units",
              [&](const auto& row) { provinceOf[row[0]] = std::stod(row[1]); });
        const PanelColumn& province = *p.column("province");
        for (std::size_t u = 0; u < p.unitCount(); ++u)
            for (std::size_t t = 0; t < p.periodCount(); ++t) QCOMPARE(p.at(province, u, t), provinceOf.at(p.unitCodes[u]));
        const auto hefei = std::find(p.unitCodes.begin(), p.unitCodes.end(), "340100");
        QVERIFY(hefei != p.unitCodes.end());
        QCOMPARE(p.at(province, static_cast<std::size_t>(hefei - p.unitCodes.begin()), 0), 340000.0);
    }
};

QTEST_GUILESS_MAIN(TestPanelBuilder)
#include "tst_panelbuilder.moc"
