// The user's sample as a row mask (EstimationOptions::rowMask): the rows it leaves out are
// counted apart from missing ones, lags still read the whole panel (checked against the
// same regression on a hand-cut panel with the lag written out), a mask of the wrong
// length is refused, and a session's cache of demeaned columns never mixes two samples.
#include <QtTest>
#include <cmath>
#include <fstream>
#include <sstream>

#include "TestSupport.h"
#include "estimation/EstimationSession.h"
#include "estimation/Estimator.h"
#include "estimation/EventStudy.h"
#include "estimation/ResultFormat.h"

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

namespace {

constexpr int kUnits = 8, kPeriods = 6;

// Deterministic values: y depends on x, its lag and unit and time effects.
struct Cell {
    double y, x, w;
};
Cell cellOf(int u, int t)
{
    const double x = std::sin(1.7 * u + 0.9 * t * t) + 0.1 * u;
    const double xPrev = std::sin(1.7 * u + 0.9 * (t - 1) * (t - 1)) + 0.1 * u;
    const double w = std::cos(0.7 * u * t + 0.3);
    return {0.5 * x + 0.25 * xPrev + 0.3 * w + 0.2 * u - 0.1 * t + 0.4 * std::sin(3.1 * u + 2.3 * t), x, w};
}

std::string number(double v)
{
    std::ostringstream o;
    o.precision(17);
    o << v;
    return o.str();
}

double relDiff(double a, double b)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300});
}

}  // namespace

class TestRowMask : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    PanelData panel_;

    PanelData read(const std::string& name, const std::string& csv)
    {
        const std::string path = dir_.filePath(QString::fromStdString(name)).toStdString();
        std::ofstream(path) << csv;
        auto p = readPanelCsv(path, "unit", "t");
        if (!p) qFatal("%s", errorText(p).c_str());
        return std::move(*p);
    }

    // Rows in file order: unit-major, t = 1 … kPeriods.
    static std::vector<std::uint8_t> mask(const std::function<bool(int, int)>& keep)
    {
        std::vector<std::uint8_t> m;
        for (int u = 0; u < kUnits; ++u)
            for (int t = 1; t <= kPeriods; ++t) m.push_back(keep(u, t) ? 1 : 0);
        return m;
    }

    EstimationResult run(const std::string& formula, std::vector<std::uint8_t> rowMask,
                         const PanelData* panel = nullptr)
    {
        EstimationOptions o;
        o.clusters = {"unit"};
        o.rowMask = std::move(rowMask);
        auto r = estimate(panel ? *panel : panel_, formula, o);
        if (!r) qFatal("%s", errorText(r).c_str());
        return std::move(*r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::string csv = "unit,t,y,x,w\n";
        for (int u = 0; u < kUnits; ++u)
            for (int t = 1; t <= kPeriods; ++t) {
                const Cell c = cellOf(u, t);
                csv += "u" + std::to_string(u) + "," + std::to_string(t) + "," + number(c.y) + "," + number(c.x) + "," +
                       number(c.w) + "\n";
            }
        panel_ = read("panel.csv", csv);
    }

    void excludedRowsAreCountedApart()
    {
        // No lag, nothing missing: leaving out k units of a T-period panel removes k·T rows.
        const auto all = run("y ~ x + w | unit + t", {});
        QCOMPARE(all.nobs, std::size_t{kUnits * kPeriods});
        const auto three = run("y ~ x + w | unit + t", mask([](int u, int) { return u != 1 && u != 4 && u != 6; }));
        QCOMPARE(three.nobs, std::size_t{(kUnits - 3) * kPeriods});
        QCOMPARE(three.droppedExcluded, std::size_t{3 * kPeriods});
        QCOMPARE(three.droppedMissing, std::size_t{0});
        QCOMPARE(three.clusters.at(0).groups, std::size_t{kUnits - 3});

        // With l(x, 1) the first period has no lag: 8 rows missing over the whole panel.
        // Periods 2–5 of the units left: the lag of period 2 comes from the excluded
        // period 1, so nothing is missing; 2 units and periods 1 and 6 are excluded.
        const auto lagged = run("y ~ l(x, 1) + w | unit + t", {});
        QCOMPARE(lagged.droppedMissing, std::size_t{kUnits});
        const auto window =
            run("y ~ l(x, 1) + w | unit + t", mask([](int u, int t) { return u >= 2 && t >= 2 && t <= 5; }));
        QCOMPARE(window.nobs, std::size_t{(kUnits - 2) * 4});
        QCOMPARE(window.droppedExcluded, std::size_t{kUnits * kPeriods - (kUnits - 2) * 4});
        QCOMPARE(window.droppedMissing, std::size_t{0});
        // Including period 1 brings back its missing lags, counted as missing.
        const auto fromStart = run("y ~ l(x, 1) + w | unit + t", mask([](int u, int) { return u >= 2; }));
        QCOMPARE(fromStart.droppedExcluded, std::size_t{2 * kPeriods});
        QCOMPARE(fromStart.droppedMissing, std::size_t{kUnits - 2});

        const std::string json = toJson(window);
        QVERIFY2(json.find("\"dropped\": {\"missing\": 0, \"fe_all_zero\": 0, \"singletons\": 0, \"excluded\": 24}") !=
                     std::string::npos,
                 json.c_str());
    }

    void lagsReadTheWholePanel()
    {
        // The reference: only the sample rows, with l(x, 1) written out from the full data.
        const auto keep = [](int u, int t) { return u != 3 && t >= 3; };
        std::string csv = "unit,t,y,xl1,w\n";
        for (int u = 0; u < kUnits; ++u)
            for (int t = 1; t <= kPeriods; ++t)
                if (keep(u, t)) {
                    const Cell c = cellOf(u, t);
                    csv += "u" + std::to_string(u) + "," + std::to_string(t) + "," + number(c.y) + "," +
                           number(cellOf(u, t - 1).x) + "," + number(c.w) + "\n";
                }
        const PanelData cut = read("cut.csv", csv);
        const auto reference = run("y ~ xl1 + w | unit + t", {}, &cut);
        const auto masked = run("y ~ l(x, 1) + w | unit + t", mask(keep));
        QCOMPARE(masked.nobs, reference.nobs);
        QCOMPARE(masked.coefficients.size(), reference.coefficients.size());
        for (std::size_t j = 0; j < masked.coefficients.size(); ++j) {
            QVERIFY2(relDiff(masked.coefficients[j].estimate, reference.coefficients[j].estimate) < 1e-10,
                     masked.coefficients[j].term.c_str());
            QVERIFY2(relDiff(masked.coefficients[j].stdError, reference.coefficients[j].stdError) < 1e-10,
                     masked.coefficients[j].term.c_str());
        }
        QCOMPARE(masked.dofK, reference.dofK);
    }

    void wrongLengthIsAUsageError()
    {
        EstimationOptions o;
        o.rowMask.assign(panel_.rows() - 1, 1);
        auto r = estimate(panel_, "y ~ x | unit", o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("usage"));
        QVERIFY2(r.error().message.find("47 flags for a panel of 48 rows") != std::string::npos,
                 r.error().message.c_str());

        o.rowMask.assign(panel_.rows(), 0);
        r = estimate(panel_, "y ~ x | unit", o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.find("48 outside the chosen sample") != std::string::npos,
                 r.error().message.c_str());
    }

    void cacheNeverMixesSamples()
    {
        // Two masks with the same number of rows, then the first again: each session result
        // equals a fresh estimate without any cache.
        const std::string formula = "y ~ x + l(x, 1) + w | unit + t";
        const std::vector<std::vector<std::uint8_t>> masks = {mask([](int u, int) { return u != 2; }),
                                                              mask([](int u, int) { return u != 5; }),
                                                              mask([](int, int t) { return t != 4; }),
                                                              {}};
        EstimationSession session(panel_);
        std::size_t cached = 0;
        for (int pass = 0; pass < 2; ++pass)
            for (const auto& m : masks) {
                EstimationOptions o;
                o.clusters = {"unit"};
                o.rowMask = m;
                auto viaSession = session.run(formula, o);
                QVERIFY2(viaSession, errorText(viaSession).c_str());
                const auto fresh = run(formula, m);
                for (std::size_t j = 0; j < fresh.coefficients.size(); ++j) {
                    QVERIFY(relDiff(viaSession->coefficients[j].estimate, fresh.coefficients[j].estimate) < 1e-12);
                    QVERIFY(relDiff(viaSession->coefficients[j].stdError, fresh.coefficients[j].stdError) < 1e-12);
                }
                if (pass == 0) {
                    // Each new sample demeans y and its three regressors anew.
                    QCOMPARE(session.cache().size(), cached + 4);
                    cached = session.cache().size();
                }
            }
        QCOMPARE(session.cache().size(), cached);  // the second pass found every column
        QVERIFY(session.cache().hits() >= 4 * masks.size());

        // Handing the session a derived column equal to its own keeps the cache; a changed
        // one drops it, and the next estimate uses the new values.
        std::vector<double> z(panel_.rows());
        for (std::size_t r = 0; r < z.size(); ++r) z[r] = std::cos(static_cast<double>(r));
        session.setColumn(makeColumn("z", z));
        session.clearCache();
        QVERIFY(session.run("y ~ z | unit", {}));
        const std::size_t withZ = session.cache().size();
        QVERIFY(withZ > 0);
        session.setColumn(makeColumn("z", z));
        QCOMPARE(session.cache().size(), withZ);
        z[5] += 1;
        session.setColumn(makeColumn("z", z));
        QCOMPARE(session.cache().size(), std::size_t{0});
        PanelData changed = panel_;
        setColumn(changed, makeColumn("z", z));
        auto viaSession = session.run("y ~ z | unit", {});
        auto fresh = estimate(changed, "y ~ z | unit", EstimationOptions{});
        QVERIFY(viaSession && fresh);
        QCOMPARE(viaSession->coefficients[0].estimate, fresh->coefficients[0].estimate);
    }
};

QTEST_GUILESS_MAIN(TestRowMask)
#include "tst_rowmask.moc"
