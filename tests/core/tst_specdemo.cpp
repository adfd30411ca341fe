// The distributed-lag template on a small demonstration world: run on the application's
// quarterly panel, with a period range that lets the lags reach back before it, it
// recovers the world's true lag profile (DemoConfig::lagProfile) within three standard
// errors, and excluding prefectures changes N by exactly their rows.
// The panel's unrest is first checked against a count of distinct events straight from
// the stored rows (the world stores repeat reports as merged, so each event counts once).
#include <QtTest>
#include <cmath>
#include <map>

#include "SqliteQuery.h"
#include "TestSupport.h"
#include "estimation/Estimator.h"
#include "estimation/EventStudy.h"
#include "geo/BuiltinGeography.h"
#include "panel/PanelBuilder.h"
#include "panel/PanelEstimationData.h"
#include "regression/SpecPreparation.h"
#include "regression/TrueValues.h"
#include "sim/DemoWorld.h"
#include "store/ProjectStore.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

class TestSpecDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    sim::DemoConfig config_;
    est::PanelData panel_;

    est::EstimationResult run(const reg::RegressionSpec& spec, reg::PreparedSpec* preparedOut = nullptr)
    {
        auto prepared = reg::prepareSpec(spec, panel_);
        if (!prepared) qFatal("%s", errorText(prepared).c_str());
        est::PanelData panel = panel_;
        for (const auto& c : prepared->derivedColumns) est::setColumn(panel, c);
        auto r = est::estimate(panel, prepared->formula, prepared->options);
        if (!r) qFatal("%s", errorText(r).c_str());
        if (preparedOut) *preparedOut = std::move(*prepared);
        return std::move(*r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto units = loadBuiltinGeography();
        if (!units) QSKIP(("the built-in map is not built: " + errorText(units)).c_str());
        config_.contracts = 3000;  // public-security AI contracts follow the lag model whatever this is
        const std::string path = dir_.filePath(QStringLiteral("demo.aitocracy")).toStdString();
        auto built = sim::buildDemoProject(path, *units, config_);
        QVERIFY2(built, errorText(built).c_str());
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        auto panel = buildPanel(*store, PanelOptions{});
        QVERIFY2(panel, errorText(panel).c_str());
        panel_ = toEstimationData(*panel);

        std::map<std::pair<std::string, std::string>, double> events;  // (unit, quarter label) → events
        aitocracy::test::query(
            path,
            "SELECT unit_code, substr(event_date, 1, 4) || 'Q' || ((CAST(substr(event_date, 6, 2) AS INTEGER) + 2) / "
            "3), "
            "count(DISTINCT event_date || lat || lon || event_code) FROM unrest_events WHERE geo_type = 4 "
            "GROUP BY 1, 2",
            [&](const auto& row) {
                events[{row[0], row[1]}] = std::stod(row[2]);
            });
        // The panel counts each event once (the world stores repeat reports as merged):
        // the same as counting distinct (day, place, code) straight from the stored rows.
        double counted = 0;
        std::string firstQuarter = "9999Q9";
        for (const auto& [key, n] : events) firstQuarter = std::min(firstQuarter, key.second);
        for (std::size_t r = 0; r < panel_.rows(); ++r) {
            const auto t = static_cast<std::size_t>(panel_.time[r] - panel_.time[0]);
            const auto it =
                events.find({panel_.unitLevels[static_cast<std::size_t>(panel_.unit[r])], panel_.timeLabels[t]});
            const double got = panel_.column("unrest")->values[r];
            // Before the first recorded quarter (2014Q1) there is no observation, not zero.
            if (panel_.timeLabels[t] < firstQuarter) {
                QVERIFY(std::isnan(got));
                continue;
            }
            const double expected = it == events.end() ? 0.0 : it->second;
            QCOMPARE(got, expected);
            counted += expected;
        }
        QVERIFY(counted > 1000);
    }

    void distributedLagsRecoverTheLagProfile()
    {
        // Events are recorded from 2014 and contracts run to 2019: 2015Q1–2019Q4 keeps every
        // lag (back to 2014Q1) and lead (to 2020Q2) inside the recorded span.
        reg::RegressionSpec spec;
        spec.firstPeriod = "2015Q1";
        spec.lastPeriod = "2019Q4";
        reg::PreparedSpec prepared;
        const auto r = run(spec, &prepared);
        QCOMPARE(prepared.formula, std::string("contracts_ai_public_security ~ l(unrest, -2:4) | unit + period"));
        const std::size_t units = panel_.unitLevels.size();
        QCOMPARE(r.nobs, units * 20);
        QCOMPARE(r.droppedMissing, std::size_t{0});
        QCOMPARE(r.droppedExcluded, panel_.rows() - units * 20);

        const auto truth = reg::trueValues(spec, config_);
        QCOMPARE(truth.size(), std::size_t{7});
        const auto terms = reg::plotTermsOf(prepared, r);
        QCOMPARE(terms.size(), truth.size());
        for (std::size_t k = 0; k < truth.size(); ++k) {
            const auto& c = r.coefficients[k];
            QCOMPARE(c.term, truth[k].first);
            QCOMPARE(terms[k].term, c.term);
            qInfo("%s: %.4f (se %.4f), truth %.2f", c.term.c_str(), c.estimate, c.stdError, truth[k].second);
            QVERIFY2(std::abs(c.estimate - truth[k].second) < 3 * c.stdError,
                     (c.term + " " + std::to_string(c.estimate) + " ± " + std::to_string(c.stdError)).c_str());
        }
    }

    void excludingPrefecturesRemovesTheirRows()
    {
        reg::RegressionSpec spec;
        spec.firstPeriod = "2015Q1";
        spec.lastPeriod = "2019Q4";
        const auto all = run(spec);
        spec.excludedUnits = {panel_.unitLevels[0], panel_.unitLevels[7], panel_.unitLevels[100]};
        const auto fewer = run(spec);
        QCOMPARE(all.nobs - fewer.nobs, std::size_t{3 * 20});
        QCOMPARE(fewer.droppedExcluded - all.droppedExcluded, std::size_t{3 * 20});
        QCOMPARE(fewer.clusters.at(0).groups, all.clusters.at(0).groups - 3);
    }
};

QTEST_GUILESS_MAIN(TestSpecDemo)
#include "tst_specdemo.moc"
