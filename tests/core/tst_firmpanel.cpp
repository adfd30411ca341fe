// The firm × year panel: every cell of a hand-made project worked out by hand, and on a
// demonstration world the treatment the generator gave (recomputed from its stored truth
// with the generator's own rule) and its innovation effect, recovered by Poisson.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "HandPanelProject.h"
#include "SqliteQuery.h"
#include "TestSupport.h"
#include "estimation/Estimator.h"
#include "geo/BuiltinGeography.h"
#include "panel/FirmPanel.h"
#include "sim/DemoWorld.h"
#include "store/Sql.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::handUnit;
using aitocracy::test::query;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

// Prefectures A = 110000 and B = 120000; the stored events run from 2015-12-20 (an
// unplaced one) to 2016-12-31, so the recorded quarters are 2015Q4–2016Q4 (five).
// Located protest events per quarter, each event once:
//   A: 2015Q4 0, 2016Q1 4 (two on 2016-02-01 with the same code at different places count
//      twice), Q2 0, Q3 1 (one event reported three times: twice unmarked at the same
//      place, once marked duplicate_of; a root-19 event does not count), Q4 0 → average 1
//   B: 0, 0, 1, 0, 1 → average 0.4
// Public-security contracts (the quarter before decides):
//   F1  2015-06-01 A  (2015Q1 unrecorded: neither)   2016-05-10 A (Q1: 4 > 1, high)
//       2017-02-01 A  (2016Q4: 0, low)               2016-05-20 A ai_other: not counted
//   F2  2015-12-01 no prefecture (neither, but its first contract)
//       2016-07-15 B  (Q2: 1 > 0.4, high)            2016-01-10 B (2015Q4: 0, low)
//   F3  (not AI) 2016-10-01 A surveillance: not counted; 2018-03-01 A (2017Q4 unrecorded: neither)
//   F4  2016-11-11 A  (Q3: 1, not above 1: low; counting a repeated report or the root-19
//                      event would make it high)
//   X9, not in firms, and a contract without supplier: ignored.
// Software (total, government, commercial): F1 2015 (5, 2, 3), 2016 (6, 1, 5), 2018 (7, 3, 4);
// F2 2016 (2, 2, 0); F3 2017 (1, 0, 1): years 2015–2018.
void fillHandProject(const std::string& path)
{
    UnitSet units;
    units.units = {handUnit("110000", 116), handUnit("120000", 117)};
    auto store = ProjectStore::create(path, units, "test");
    if (!store) qFatal("%s", store.error().describe().c_str());
    const char* rows = R"sql(
        INSERT INTO unrest_events (global_event_id, event_date, event_code, event_base_code, event_root_code,
                                   is_root_event, unit_code, lat, lon, duplicate_of) VALUES
            (1, '2016-01-10', '140', '140', '14', 1, '110000', 30.5, 116.5, NULL),
            (2, '2016-02-01', '141', '141', '14', 1, '110000', 30.2, 116.2, NULL),
            (3, '2016-02-01', '141', '141', '14', 1, '110000', 30.7, 116.7, NULL),
            (4, '2016-03-15', '145', '145', '14', 1, '110000', 30.3, 116.3, NULL),
            (5, '2016-08-01', '140', '140', '14', 1, '110000', 30.1, 116.1, NULL),
            (6, '2016-08-01', '140', '140', '14', 1, '110000', 30.1, 116.1, NULL),
            (7, '2016-08-01', '140', '140', '14', 1, '110000', 30.1, 116.1, 5),
            (8, '2016-09-09', '190', '190', '19', 1, '110000', 30.6, 116.6, NULL),
            (9, '2016-04-20', '140', '140', '14', 1, '120000', 30.5, 117.5, NULL),
            (10, '2016-12-31', '140', '140', '14', 1, '120000', 30.5, 117.5, NULL),
            (11, '2015-12-20', '140', '140', '14', 1, NULL, 35, 105, NULL);
        INSERT INTO firms (firm_id, name, is_ai) VALUES
            ('F3', 'Three', 0), ('F1', 'One', 1), ('F4', 'Four', 1), ('F2', 'Two', 1);
        INSERT INTO contracts (contract_id, signed_date, unit_code, class, supplier_id) VALUES
            ('c1', '2015-06-01', '110000', 'ai_public_security', 'F1'),
            ('c2', '2016-05-10', '110000', 'ai_public_security', 'F1'),
            ('c3', '2017-02-01', '110000', 'ai_public_security', 'F1'),
            ('c4', '2016-05-20', '110000', 'ai_other', 'F1'),
            ('c5', '2015-12-01', NULL, 'ai_public_security', 'F2'),
            ('c6', '2016-07-15', '120000', 'ai_public_security', 'F2'),
            ('c7', '2016-01-10', '120000', 'ai_public_security', 'F2'),
            ('c8', '2016-10-01', '110000', 'surveillance', 'F3'),
            ('c9', '2018-03-01', '110000', 'ai_public_security', 'F3'),
            ('c10', '2016-11-11', '110000', 'ai_public_security', 'F4'),
            ('c11', '2016-05-01', '110000', 'ai_public_security', 'X9'),
            ('c12', '2014-05-01', '110000', 'ai_public_security', '');
        INSERT INTO software_output (firm_id, year, software_total, software_government, software_commercial) VALUES
            ('F1', 2015, 5, 2, 3), ('F1', 2016, 6, 1, 5), ('F1', 2018, 7, 3, 4),
            ('F2', 2016, 2, 2, 0), ('F3', 2017, 1, 0, 1);
    )sql";
    if (auto r = execSql(store->handle(), rows); !r) qFatal("%s", r.error().describe().c_str());
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The demonstration world's quarter index of an ISO date column (2013Q1 = 0).
std::string quarterOf(const std::string& column)
{
    return "((CAST(substr(" + column + ", 1, 4) AS INTEGER) - 2013) * 4 + (CAST(substr(" + column +
           ", 6, 2) AS INTEGER) - 1) / 3)";
}

}  // namespace

class TestFirmPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }

private Q_SLOTS:
    void handProjectCellByCell()
    {
        const std::string file = path("hand.aitocracy");
        fillHandProject(file);
        auto store = ProjectStore::open(file);
        QVERIFY2(store, errorText(store).c_str());
        auto panel = buildFirmPanel(*store);
        QVERIFY2(panel, errorText(panel).c_str());
        const est::PanelData& p = *panel;
        QCOMPARE(p.unitName, std::string("firm"));
        QCOMPARE(p.timeName, std::string("year"));
        QCOMPARE(p.unitLevels, (std::vector<std::string>{"F1", "F2", "F3", "F4"}));
        QCOMPARE(p.timeLabels, (std::vector<std::string>{"2015", "2016", "2017", "2018"}));
        QCOMPARE(p.rows(), std::size_t(16));
        QCOMPARE(p.columnNames(),
                 (std::vector<std::string>{"firm", "year", "software_total", "software_government",
                                           "software_commercial", "is_ai", "first_ps_year", "rel_high", "rel_low",
                                           "treated_high", "treated_low", "window_high", "window_low"}));
        // Per firm: is_ai, first_ps_year, first high-unrest year, first low-unrest year.
        const std::map<std::string, std::array<double, 4>> firms = {{"F1", {1, 2015, 2016, 2017}},
                                                                    {"F2", {1, 2015, 2016, 2016}},
                                                                    {"F3", {0, 2018, NA, NA}},
                                                                    {"F4", {1, 2016, NA, 2016}}};
        const std::map<std::pair<std::string, int>, std::array<double, 3>> software = {{{"F1", 2015}, {5, 2, 3}},
                                                                                       {{"F1", 2016}, {6, 1, 5}},
                                                                                       {{"F1", 2018}, {7, 3, 4}},
                                                                                       {{"F2", 2016}, {2, 2, 0}},
                                                                                       {{"F3", 2017}, {1, 0, 1}}};
        auto value = [&](const char* column, std::size_t row) { return p.column(column)->values[row]; };
        for (std::size_t r = 0; r < p.rows(); ++r) {
            const std::string firm = p.unitLevels[static_cast<std::size_t>(p.unit[r])];
            const int year = static_cast<int>(p.time[r]);
            QCOMPARE(r, static_cast<std::size_t>(p.unit[r]) * 4 + static_cast<std::size_t>(year - 2015));  // firm-major
            QCOMPARE(value("year", r), double(year));
            QCOMPARE(p.column("firm")->levels[static_cast<std::size_t>(p.column("firm")->codes[r])], firm);
            const auto s = software.find({firm, year});
            const char* names[] = {"software_total", "software_government", "software_commercial"};
            for (std::size_t k = 0; k < 3; ++k)
                QVERIFY2(same(value(names[k], r), s == software.end() ? NA : s->second[k]),
                         (firm + " " + names[k]).c_str());
            const auto& f = firms.at(firm);
            const std::string where = firm + " " + std::to_string(year);
            QCOMPARE(value("is_ai", r), f[0]);
            QVERIFY2(same(value("first_ps_year", r), f[1]), where.c_str());
            for (int side = 0; side < 2; ++side) {
                const double first = f[2 + static_cast<std::size_t>(side)];
                const std::string suffix = side == 0 ? "_high" : "_low";
                const double rel = year - first;  // NaN without such a contract
                QVERIFY2(same(value(("rel" + suffix).c_str(), r), rel), (where + suffix).c_str());
                QCOMPARE(value(("treated" + suffix).c_str(), r), year >= first ? 1.0 : 0.0);
                QCOMPARE(value(("window" + suffix).c_str(), r), rel == 1 || rel == 2 ? 1.0 : 0.0);
            }
        }
        // Every column has its factor view (fixed effects, clusters, i()).
        for (const auto& c : p.columns) QCOMPARE(c.codes.size(), p.rows());
        QCOMPARE(p.column("treated_high")->levels.size(), std::size_t(2));
    }

    // The firm panel counts unrest with the prefecture panel's cleaning switches.
    void cleaningSwitchesDecideHighUnrest()
    {
        const std::string file = path("cleaning.aitocracy");
        fillHandProject(file);
        auto store = ProjectStore::open(file);
        QVERIFY2(store, errorText(store).c_str());
        const auto firstYear = [](const est::PanelData& p, const std::string& firm, const char* column) {
            const auto unit = static_cast<std::size_t>(std::ranges::find(p.unitLevels, firm) - p.unitLevels.begin());
            const double rel = p.column(column)->values[unit * 4];  // the firm's 2015 row
            return std::isnan(rel) ? NA : 2015 - rel;
        };
        // Every root code: the root-19 event makes A's 2016Q3 two events, above A's average
        // of 6 / 5, so F4's contract of 2016-11-11 becomes high-unrest.
        PanelOptions everyCode;
        everyCode.unrestRootCodes.clear();
        auto panel = buildFirmPanel(*store, everyCode);
        QVERIFY2(panel, errorText(panel).c_str());
        QVERIFY(same(firstYear(*panel, "F4", "rel_high"), 2016));
        QVERIFY(same(firstYear(*panel, "F4", "rel_low"), NA));
        QVERIFY(same(firstYear(*panel, "F1", "rel_high"), 2016));  // 2016Q1: 4 > 1.2 still
        // At least one source: no hand event has one (num_sources 0), so no quarter is above
        // its average and every classified contract is low-unrest.
        PanelOptions sourced;
        sourced.minSources = 1;
        panel = buildFirmPanel(*store, sourced);
        QVERIFY2(panel, errorText(panel).c_str());
        for (const char* firm : {"F1", "F2", "F4"}) QVERIFY2(same(firstYear(*panel, firm, "rel_high"), NA), firm);
        QVERIFY(same(firstYear(*panel, "F1", "rel_low"), 2016));
    }

    void emptyProjectsAreErrors()
    {
        const std::string file = path("empty.aitocracy");
        UnitSet units;
        units.units = {handUnit("110000", 116)};
        auto store = ProjectStore::create(file, units, "test");
        QVERIFY2(store, errorText(store).c_str());
        auto panel = buildFirmPanel(*store);
        QVERIFY(!panel);
        QCOMPARE(panel.error().code, std::string("empty"));  // no years
        QVERIFY(execSql(store->handle(), "INSERT INTO firms (firm_id, name, is_ai) VALUES ('F', 'F', 1)"));
        panel = buildFirmPanel(*store);
        QVERIFY(!panel);
        QCOMPARE(panel.error().code, std::string("empty"));  // a firm, still no years
        QVERIFY(execSql(store->handle(),
                        "INSERT INTO software_output (firm_id, year, software_total, software_government, "
                        "software_commercial) VALUES ('F', 2016, 1, 0, 1)"));
        panel = buildFirmPanel(*store);
        QVERIFY2(panel, errorText(panel).c_str());
        QCOMPARE(panel->rows(), std::size_t(1));
        QVERIFY(std::isnan(panel->column("first_ps_year")->values[0]));  // no contracts, no events
        QCOMPARE(panel->column("treated_high")->values[0], 0.0);
    }

    void demoWorldTreatmentAndEffect()
    {
        auto geography = loadBuiltinGeography();
        QVERIFY2(geography, errorText(geography).c_str());
        sim::DemoConfig config;
        config.contracts = 3000;  // the other contracts play no part here
        const std::string world = path("world.aitocracy");
        auto built = sim::buildDemoProject(world, *geography, config);
        QVERIFY2(built, errorText(built).c_str());
        auto store = ProjectStore::open(world);
        QVERIFY2(store, errorText(store).c_str());
        auto panel = buildFirmPanel(*store);
        QVERIFY2(panel, errorText(panel).c_str());

        // The generator's treatment, recomputed from what it stored with its own rule: the
        // events it simulated are the city-precision rows (geo_type 4), each event once
        // (further reports repeat its day, place and code); its quarters 2014–2020 are
        // 4 … 31; a contract is high-unrest when the previous quarter (at least 4) had more
        // events than the prefecture's average over those 28 quarters; a firm is treated
        // from the year of its earliest such contract.
        std::map<std::pair<std::string, int>, double> events;
        query(world,
              "SELECT unit_code, " + quarterOf("event_date") +
                  ", count(DISTINCT event_date || lat || lon || event_code) "
                  "FROM unrest_events WHERE geo_type = 4 GROUP BY 1, 2",
              [&](const auto& r) {
                  events[{r[0], std::stoi(r[1])}] = std::stod(r[2]);
              });
        std::map<std::string, double> average;  // summed first, then divided, as the generator does
        for (const auto& [key, n] : events) average[key.first] += n;
        for (auto& [unit, sum] : average) sum /= 28;
        std::map<std::string, int> treated;
        query(world,
              "SELECT supplier_id, unit_code, signed_date, " + quarterOf("signed_date") +
                  " FROM contracts WHERE class = 'ai_public_security'",
              [&](const auto& r) {
                  const int q = std::stoi(r[3]);
                  const auto e = events.find({r[1], q - 1});
                  if (q - 1 < 4 || e == events.end() || e->second <= average[r[1]]) return;
                  const int year = std::stoi(r[2].substr(0, 4));
                  auto [it, added] = treated.emplace(r[0], year);
                  if (!added) it->second = std::min(it->second, year);
              });
        const est::PanelData& p = *panel;
        std::map<std::string, int> atZero;  // firm → the year with rel_high = 0
        std::set<std::string> withRelHigh;
        const auto& rel = p.column("rel_high")->values;
        for (std::size_t r = 0; r < p.rows(); ++r) {
            const std::string& firm = p.unitLevels[static_cast<std::size_t>(p.unit[r])];
            if (!std::isnan(rel[r])) withRelHigh.insert(firm);
            if (rel[r] == 0) atZero[firm] = static_cast<int>(p.time[r]);
        }
        qInfo("%zu firms, %zu treated by the generator", p.unitLevels.size(), treated.size());
        QVERIFY(treated.size() > 200);
        QCOMPARE(atZero, treated);
        QCOMPARE(withRelHigh.size(), treated.size());

        // Software products are Poisson with mean base·growth^t·(1 + effect) in the two
        // years after the treatment year; the government products a binomial share of them,
        // so all three outcomes carry the same multiplicative effect.
        const double truth = std::log1p(config.innovationEffect);
        est::EstimationOptions options;
        options.model = est::Model::Poisson;
        for (const char* outcome : {"software_total", "software_government", "software_commercial"}) {
            auto r = est::estimate(p, std::string(outcome) + " ~ window_high | firm + year", options);
            QVERIFY2(r, errorText(r).c_str());
            const auto& c = r->coefficients.at(0);
            qInfo("%s: %.4f (%.4f), truth %.4f, %zu firm-years", outcome, c.estimate, c.stdError, truth, r->nobs);
            QVERIFY2(std::abs(c.estimate - truth) < 3 * c.stdError, outcome);
        }
    }
};

QTEST_GUILESS_MAIN(TestFirmPanel)
#include "tst_firmpanel.moc"
