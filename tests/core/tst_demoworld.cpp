// The demonstration world: reproducible from its seed, counts in the calibrated ranges,
// and — the point of it — the estimator recovers the true effects it was built with.
#include "TestSupport.h"
#include "estimation/Estimator.h"
#include "geo/BuiltinGeography.h"
#include "common/Dates.h"
#include "sim/DemoWorld.h"

#include "SqliteQuery.h"

#include <QtTest>

#include <QCryptographicHash>

#include <sqlite3.h>

#include <array>
#include <fstream>
#include <cmath>
#include <map>
#include <numbers>

using namespace aitocracy::core;
using aitocracy::test::query;
using aitocracy::test::errorText;

namespace {


// Hash of the simulated data (not of the creation time stamps).
QByteArray contentHash(const std::string& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM unrest_events ORDER BY global_event_id", "SELECT * FROM contracts ORDER BY id",
                            "SELECT * FROM firms ORDER BY firm_id", "SELECT * FROM software_output ORDER BY firm_id, year",
                            "SELECT * FROM weather ORDER BY unit_code, date", "SELECT config_json FROM simulation_truth"})
        query(path, sql, [&](const std::vector<std::string>& row) {
            for (const auto& v : row) hash.addData(QByteArray::fromStdString(v + '\x1f'));
        });
    return hash.result();
}

const char* kQuarter = "((CAST(substr(%1, 1, 4) AS INTEGER) - 2013) * 4 + (CAST(substr(%1, 6, 2) AS INTEGER) - 1) / 3)";

std::string quarterOf(const char* column) { return QString::fromLatin1(kQuarter).arg(QLatin1String(column)).toStdString(); }

}  // namespace

class TestDemoWorld : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    UnitSet units_;
    sim::DemoConfig config_;
    std::string world_;
    sim::DemoSummary summary_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }

    // The prefecture × quarter panel 2013Q1–2020Q4: located events counted once (a
    // duplicate report shares the event's day, place and coordinates), public-security AI
    // contracts, their stock up to the quarter (and log(1 + stock)), and the quarter's rain.
    est::PanelData panel()
    {
        std::map<std::pair<std::string, int>, std::array<double, 3>> cells;  // unrest, ai, rain
        query(world_, "SELECT unit_code, " + quarterOf("event_date") + ", count(DISTINCT event_date || lat || lon || event_code) FROM unrest_events "
                      "WHERE geo_type = 4 GROUP BY 1, 2",
              [&](const auto& r) { cells[{r[0], std::stoi(r[1])}][0] = std::stod(r[2]); });
        query(world_, "SELECT unit_code, " + quarterOf("signed_date") + ", count(*) FROM contracts WHERE class = 'ai_public_security' GROUP BY 1, 2",
              [&](const auto& r) { cells[{r[0], std::stoi(r[1])}][1] = std::stod(r[2]); });
        query(world_, "SELECT unit_code, " + quarterOf("date") + ", sum(rain_mm) FROM weather GROUP BY 1, 2",
              [&](const auto& r) { cells[{r[0], std::stoi(r[1])}][2] = std::stod(r[2]); });
        const std::string csv = path("panel.csv");
        std::ofstream out(csv);
        out << "unit,q,unrest,ai,stock,lstock,rain\n";
        for (const auto& u : units_.units) {
            double stock = 0;
            for (int q = 0; q < 32; ++q) {
                const auto& c = cells[{u.code, q}];
                stock += c[1];
                out << u.code << ',' << q << ',';
                if (q >= 4) out << c[0];  // events are recorded from 2014 on
                out << ',';
                if (q < 28) out << c[1];  // contracts run to 2019
                out << ',' << stock << ',' << std::log1p(stock) << ',' << c[2] << '\n';
            }
        }
        out.close();
        auto p = est::readPanelCsv(csv, "unit", "q");
        if (!p) qFatal("%s", errorText(p).c_str());
        return std::move(*p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto units = loadBuiltinGeography();
        QVERIFY2(units, errorText(units).c_str());
        units_ = std::move(*units);
        config_.contracts = 30000;  // the other contracts do not enter the checks below
        world_ = path("world.aitocracy");
        auto built = sim::buildDemoProject(world_, units_, config_);
        QVERIFY2(built, errorText(built).c_str());
        summary_ = *built;
    }

    void countsFallInTheCalibratedRanges()
    {
        // About 9,300 located events 2014–2020 (the study's 9,267); the calibration aims there.
        QVERIFY2(summary_.locatedEvents > 8000 && summary_.locatedEvents < 10500, std::to_string(summary_.locatedEvents).c_str());
        const double located = static_cast<double>(summary_.locatedEvents);
        QVERIFY(std::abs(summary_.duplicateReports / located - config_.duplicateShare) < 0.03);
        QVERIFY(std::abs(summary_.unlocatedEvents / located - config_.unlocatedShare) < 0.04);
        std::size_t contracts = 0;
        for (const auto& [cls, n] : summary_.contractsByClass) contracts += n;
        QCOMPARE(contracts, std::size_t(30000));
        const auto psAi = summary_.contractsByClass.at("ai_public_security");
        // 367 prefectures × 28 quarters × (baseline ≈ 0.34 + trend + Σ lags · ≈0.9 events).
        QVERIFY2(psAi > 5000 && psAi < 20000, std::to_string(psAi).c_str());
        QCOMPARE(summary_.weatherRows, std::size_t(367 * 2922));
        QCOMPARE(summary_.firms, std::size_t(config_.aiFirms + config_.otherFirms));
        std::string simulated;
        query(world_, "SELECT value FROM meta WHERE key = 'simulated'", [&](const auto& r) { simulated = r[0]; });
        QCOMPARE(simulated, std::string("1"));
    }

    void sameSeedSameWorldOtherSeedAnother()
    {
        const std::string again = path("again.aitocracy"), other = path("other.aitocracy");
        QVERIFY(sim::buildDemoProject(again, units_, config_));
        sim::DemoConfig otherConfig = config_;
        otherConfig.seed += 1;
        QVERIFY(sim::buildDemoProject(other, units_, otherConfig));
        const QByteArray first = contentHash(world_);
        QCOMPARE(contentHash(again), first);
        QVERIFY(contentHash(other) != first);
        QVERIFY(!sim::buildDemoProject(world_, units_, config_));  // never overwrites a project
    }

    void eventStudyRecoversTheLagProfile()
    {
        const auto p = panel();
        est::EstimationOptions options;
        options.clusters = {"unit"};
        auto r = est::estimate(p, "ai ~ f(unrest, 2) + f(unrest, 1) + l(unrest, 0:4) | unit + q", options);
        QVERIFY2(r, errorText(r).c_str());
        int covered = 0;
        for (std::size_t k = 0; k < config_.lagProfile.size(); ++k) {
            const auto& c = r->coefficients[2 + k];
            const double truth = config_.lagProfile[k];
            covered += c.ciLow <= truth && truth <= c.ciHigh;
            QVERIFY2(std::abs(c.estimate - truth) < 0.08, (c.term + " " + std::to_string(c.estimate)).c_str());
        }
        QVERIFY2(covered >= 4, std::to_string(covered).c_str());  // 95 % intervals: most of the five
        for (int lead = 0; lead < 2; ++lead) QVERIFY2(std::abs(r->coefficients[static_cast<std::size_t>(lead)].estimate) < 0.05, r->coefficients[static_cast<std::size_t>(lead)].term.c_str());
    }

    void suppressionAndWeatherAreRecovered()
    {
        // The unit × day panel 2014–2020 (events are recorded from 2014): located events
        // counted once, the day's rain, log(1 + the stock of public-security AI contracts
        // bought before the day's quarter), and the world's seasonal term. The world's rate
        // is log-linear in these, so Poisson PPML with prefecture effects estimates its
        // parameters.
        std::map<std::pair<std::string, std::string>, double> events;
        query(world_, "SELECT unit_code, event_date, count(DISTINCT lat || lon || event_code) FROM unrest_events WHERE geo_type = 4 GROUP BY 1, 2",
              [&](const auto& r) { events[{r[0], r[1]}] = std::stod(r[2]); });
        std::map<std::pair<std::string, int>, double> bought;
        query(world_, "SELECT unit_code, " + quarterOf("signed_date") + ", count(*) FROM contracts WHERE class = 'ai_public_security' GROUP BY 1, 2",
              [&](const auto& r) { bought[{r[0], std::stoi(r[1])}] = std::stod(r[2]); });
        std::map<std::string, std::array<double, 32>> stockBefore;  // per unit: stock at the start of each quarter
        for (const auto& u : units_.units) {
            double stock = 0;
            for (int q = 0; q < 32; ++q) {
                stockBefore[u.code][static_cast<std::size_t>(q)] = stock;
                const auto it = bought.find({u.code, q});
                stock += it == bought.end() ? 0 : it->second;
            }
        }
        const std::string csv = path("daily.csv");
        std::ofstream out(csv);
        out << "unit,day,events,rain,lstock,season\n";
        const std::int64_t day2014 = daysFromCivil(2014, 1, 1), day2013 = daysFromCivil(2013, 1, 1);
        query(world_, "SELECT unit_code, date, rain_mm, " + quarterOf("date") + " FROM weather WHERE date >= '2014-01-01' ORDER BY unit_code, date",
              [&](const auto& r) {
                  const CivilDate c{std::stoi(r[1].substr(0, 4)), std::stoi(r[1].substr(5, 2)), std::stoi(r[1].substr(8, 2))};
                  const std::int64_t day = daysFromCivil(c.year, c.month, c.day);
                  const int q = std::stoi(r[3]);
                  const auto e = events.find({r[0], r[1]});
                  const double season = std::cos(2 * std::numbers::pi * (static_cast<double>((day - day2013) % 365) - 100) / 365.25);
                  out << r[0] << ',' << day - day2014 << ',' << (e == events.end() ? 0 : e->second) << ',' << r[2] << ','
                      << std::log1p(stockBefore[r[0]][static_cast<std::size_t>(q)]) << ',' << season << '\n';
              });
        out.close();
        auto daily = est::readPanelCsv(csv, "unit", "day");
        QVERIFY2(daily, errorText(daily).c_str());
        est::EstimationOptions options;
        options.model = est::Model::Poisson;
        options.clusters = {"unit"};
        // Prefecture effects only: the world has no common time shocks besides the season,
        // and quarter effects would absorb most of log(1 + stock), which grows in step with
        // time in every prefecture (they leave its effect weakly identified).
        auto r = est::estimate(*daily, "events ~ rain + lstock + rain:lstock + season | unit", options);
        QVERIFY2(r, errorText(r).c_str());
        // The truth: rain −0.04 per mm, suppression −0.15 per log unit of stock, +0.005 per
        // mm × log unit (weather matters less where the stock is high), season 0.25.
        const std::map<std::string, double> truth = {{"rain", config_.rainEffect}, {"lstock", config_.suppression},
                                                     {"season", config_.seasonAmplitude}, {"rain:lstock", config_.rainStockInteraction}};
        QCOMPARE(r->coefficients.size(), truth.size());
        int covered = 0;
        for (const auto& c : r->coefficients) {
            const double t = truth.at(c.term);
            qInfo("%s: %.5f [%.5f, %.5f], truth %.5f", c.term.c_str(), c.estimate, c.ciLow, c.ciHigh, t);
            covered += c.ciLow <= t && t <= c.ciHigh;
            QVERIFY2((c.estimate > 0) == (t > 0), (c.term + " has the wrong sign: " + std::to_string(c.estimate)).c_str());
        }
        QVERIFY2(covered >= 3, std::to_string(covered).c_str());
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demoworld.moc"
