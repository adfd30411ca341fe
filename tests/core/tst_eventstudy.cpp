// Event-study helpers on a hand-made panel, and the session's cache and cancellation.
#include "TestSupport.h"
#include "estimation/EstimationSession.h"
#include "estimation/EventStudy.h"

#include <QtTest>

#include <fstream>
#include <sstream>
#include <random>
#include <atomic>
#include <chrono>
#include <thread>

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

class TestEventStudy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    PanelData load(const std::string& text)
    {
        const std::string path = dir_.filePath(QStringLiteral("p.csv")).toStdString();
        std::ofstream(path) << text;
        auto panel = readPanelCsv(path, "u", "t");
        if (!panel) qFatal("%s", errorText(panel).c_str());
        return std::move(*panel);
    }

    // A larger random panel (units × periods) with x, w, y.
    PanelData randomPanel(int units, int periods, unsigned seed, bool gaps = true)
    {
        std::mt19937_64 rng(seed);
        std::normal_distribution<double> normal;
        std::ostringstream csv;
        csv << "u,t,y,x,w,g\n";
        for (int u = 0; u < units; ++u)
            for (int t = 0; t < periods; ++t) {
                if (gaps && (u * 7 + t * 3) % 11 == 0) continue;  // unbalanced
                const double x = normal(rng), w = normal(rng);
                csv << u << ',' << t << ',' << 0.5 * x - w + normal(rng) << ',' << x << ',' << w << ',' << (u * 13 + t) % 17 << '\n';
            }
        return load(csv.str());
    }

private Q_SLOTS:
    void binaryEventAndRelativeTime()
    {
        // Unit a: treatment crosses 5 at t = 3; unit b never does; unit c at t = 1.
        auto panel = load("u,t,treat\na,1,0\na,2,2\na,3,7\na,4,1\na,5,9\na,6,0\na,7,0\na,8,0\n"
                          "b,1,1\nb,2,1\nb,3,\n"
                          "c,1,6\nc,2,0\nc,3,0\n");
        auto event = binaryEventColumn(panel, "treat", 5, "event");
        QVERIFY(event);
        QCOMPARE(event->values[2], 1.0);
        QCOMPARE(event->values[1], 0.0);
        QVERIFY(std::isnan(event->values[10]));  // b at t = 3 has no treatment value
        setColumn(panel, std::move(*event));

        RelativeTimeOptions o;
        o.eventColumn = "event";
        o.lowest = -1;
        o.highest = 2;
        o.neverTreatedValue = -1;
        auto rel = relativeTimeColumn(panel, o);
        QVERIFY(rel);
        // a: t − 3 = −2 (binned to −1), −1, 0, 1, 2, 3 → 2, 4 → 2, 5 → 2.
        const std::vector<double> a = {-1, -1, 0, 1, 2, 2, 2, 2};
        for (std::size_t i = 0; i < a.size(); ++i) QCOMPARE(rel->values[i], a[i]);
        QCOMPARE(rel->values[8], -1.0);  // never treated → the reference value
        QCOMPARE(rel->values[11], 0.0);  // c: first event at t = 1
        QCOMPARE(rel->values[13], 2.0);
        QCOMPARE(rel->levels.front(), std::string("-1"));

        o.binEndpoints = false;
        o.neverTreatedValue.reset();
        auto unbinned = relativeTimeColumn(panel, o);
        QVERIFY(std::isnan(unbinned->values[0]));  // −2 is outside the window
        QVERIFY(std::isnan(unbinned->values[5]));  // 3 is outside the window
        QVERIFY(std::isnan(unbinned->values[8]));  // never treated, no value
    }

    void cumulativeEffectIsTheSumWithItsVariance()
    {
        EstimationSession session(randomPanel(40, 12, 5));
        EstimationOptions options;
        auto r = session.run("y ~ l(x, 0:2) + w | u + t", options);
        QVERIFY2(r, errorText(r).c_str());
        auto c = cumulativeEffect(*r, {"x", "l(x, 1)", "l(x, 2)"});
        QVERIFY(c);
        const auto& b = r->coefficients;
        QCOMPARE(c->estimate, b[0].estimate + b[1].estimate + b[2].estimate);
        double var = 0;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) var += r->vcovMatrix(i, j);
        QVERIFY(std::abs(c->stdError - std::sqrt(var)) < 1e-15);
        QVERIFY(!cumulativeEffect(*r, {"l(x, 7)"}).has_value());
    }

    void sessionDemeansOnlyNewColumns()
    {
        EstimationSession session(randomPanel(60, 20, 9));
        EstimationOptions options;
        QVERIFY(session.run("y ~ x | u + t", options));
        QCOMPARE(session.cache().size(), std::size_t(2));  // y and x
        QCOMPARE(session.cache().hits(), std::size_t(0));
        // Adding a control reuses y and x (same sample: w has no missing values).
        auto more = session.run("y ~ x + w | u + t", options);
        QVERIFY(more);
        QCOMPARE(session.cache().size(), std::size_t(3));
        QCOMPARE(session.cache().hits(), std::size_t(2));
        // A cached column gives the same numbers as a fresh estimation.
        auto fresh = estimate(session.panel(), "y ~ x + w | u + t", options);
        QVERIFY(fresh);
        QCOMPARE(fresh->coefficients[1].estimate, more->coefficients[1].estimate);
        QCOMPARE(fresh->coefficients[1].stdError, more->coefficients[1].stdError);
    }

    void sessionKeepsItsCacheWhenAColumnIsSetUnchanged()
    {
        EstimationSession session(randomPanel(40, 10, 5));
        const PanelColumn w = *session.panel().column("w");
        QVERIFY(session.run("y ~ x | u + t", {}));
        session.setColumn(w);  // the same values: nothing to re-demean
        QCOMPARE(session.cache().size(), std::size_t(2));
        PanelColumn changed = w;
        changed.values[3] += 1;
        session.setColumn(makeColumn("w", changed.values));
        QCOMPARE(session.cache().size(), std::size_t(0));
        QCOMPARE(session.panel().column("w")->values[3], w.values[3] + 1);
    }

    void callerCanCancelARun()
    {
        EstimationSession session(randomPanel(40, 10, 5));
        CancelToken token;
        token.cancel();
        auto r = session.run("y ~ x | u + t", {}, token);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("cancelled"));
        QVERIFY(session.run("y ~ x | u + t", {}));  // a fresh token runs
    }

    void newerRequestCancelsOlder()
    {
        // Many regressors on a three-way unbalanced panel: slow enough to overlap.
        std::ostringstream formula;
        formula << "y ~ l(x, 0:30) | u + t + g";
        EstimationSession session(randomPanel(2000, 60, 11, false));
        EstimationOptions options;
        Result<EstimationResult> older = fail("none", "not run");
        std::atomic<bool> olderDone = false;
        std::thread worker([&] {
            older = session.run(formula.str(), options);
            olderDone = true;
        });
        // Wait until the older request is demeaning (its first column is in the cache).
        while (session.cache().size() < 1 && !olderDone) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        QVERIFY2(!olderDone, older ? "the older request finished before the newer one started" : errorText(older).c_str());
        auto newer = session.run("y ~ x | u", options);
        worker.join();
        QVERIFY2(newer, errorText(newer).c_str());
        QVERIFY(!older);
        QCOMPARE(older.error().code, std::string("cancelled"));
    }
};

QTEST_APPLESS_MAIN(TestEventStudy)
#include "tst_eventstudy.moc"
