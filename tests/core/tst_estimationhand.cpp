// Hand-computable cases: a 3 × 3 panel whose two-way demeaning, coefficient and
// variances were worked out with exact fractions (comments give the steps), plus
// the t distribution against R's pt/qt.
#include "TestSupport.h"
#include "estimation/Estimator.h"
#include "estimation/StudentT.h"

#include <QtTest>

#include <fstream>

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

namespace {

// x and y for units A, B, C at t = 1, 2, 3.
const char* kPanel =
    "unit,t,y,x\n"
    "A,1,3,1\nA,2,5,2\nA,3,6,4\n"
    "B,1,1,2\nB,2,2,1\nB,3,6,3\n"
    "C,1,2,0\nC,2,4,3\nC,3,9,5\n";

}  // namespace

class TestEstimationHand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    PanelData panel_;

    EstimationResult run(const std::string& formula, VcovType vcov, std::vector<std::string> clusters = {})
    {
        EstimationOptions options;
        options.vcov = vcov;
        options.clusters = std::move(clusters);
        auto r = estimate(panel_, formula, options);
        if (!r) qFatal("%s", errorText(r).c_str());
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::string path = dir_.filePath(QStringLiteral("hand.csv")).toStdString();
        std::ofstream(path) << kPanel;
        auto panel = readPanelCsv(path, "unit", "t");
        QVERIFY2(panel, errorText(panel).c_str());
        panel_ = std::move(*panel);
    }

    // Two-way demeaned x (x − x̄_unit − x̄_t + x̄): A: −2/3, −2/3, 4/3; B: 2/3, −4/3, 2/3;
    // C: 0, 2, −2 → Σxd² = 16/3, Σxd·yd = 2, so b = 3/8. SSR = 181/36. K_full = 1 + 2 + 2 + 1 = 6.
    void coefficientAndFit()
    {
        const auto r = run("y ~ x | unit + t", VcovType::Iid);
        QCOMPARE(r.nobs, std::size_t(9));
        QCOMPARE(r.coefficients.size(), std::size_t(1));
        QCOMPARE(r.coefficients[0].term, std::string("x"));
        QVERIFY(std::abs(r.coefficients[0].estimate - 0.375) < 1e-14);
        QCOMPARE(r.kFull, 6.0);
        QVERIFY(std::abs(r.r2 - 1675.0 / 1856) < 1e-14);         // TSS = 1856/36
        QVERIFY(std::abs(r.r2Within - (1 - (181.0 / 36) / (208.0 / 36))) < 1e-14);  // Σyd² = 208/36
    }

    void iidStandardError()
    {
        // σ² = (181/36)/(9 − 6); V = σ²/(16/3) = 181/576.
        const auto r = run("y ~ x | unit + t", VcovType::Iid);
        QVERIFY(std::abs(r.coefficients[0].stdError - std::sqrt(181.0 / 576)) < 1e-14);
        QCOMPARE(r.tDf, 3.0);
    }

    void heteroStandardError()
    {
        // Σ(e_i·xd_i)² = 83/81 → V = (83/81)/(16/3)² · 9/(9 − 6) = 83/768.
        const auto r = run("y ~ x | unit + t", VcovType::Hetero);
        QVERIFY(std::abs(r.coefficients[0].stdError - std::sqrt(83.0 / 768)) < 1e-14);
    }

    void clusteredStandardError()
    {
        // Per-unit score sums Σ e·xd: A 0, B −5/9, C 5/9, so the meat is 50/81. The unit FE
        // is nested in the cluster: K = 6 − 2 = 4. V = (50/81)/(16/3)² · 3/2 · 8/5 = 5/96.
        const auto r = run("y ~ x | unit + t", VcovType::Cluster, {"unit"});
        QVERIFY(std::abs(r.coefficients[0].stdError - std::sqrt(5.0 / 96)) < 1e-14);
        QCOMPARE(r.dofK, 4.0);
        QCOMPARE(r.tDf, 2.0);  // G − 1
        QVERIFY(r.fixedEffects[0].nestedInCluster);
        QVERIFY(!r.fixedEffects[1].nestedInCluster);
    }

    void defaultIsClusteredByTheFirstFixedEffect()
    {
        const auto r = run("y ~ x | unit + t", VcovType::Default);
        QCOMPARE(r.vcov, VcovType::Cluster);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].name, std::string("unit"));
        QCOMPARE(r.clusters[0].groups, std::size_t(3));
    }

    void collinearRegressorIsDroppedAndNamed()
    {
        // x2 = 2x is collinear with x; a unit-constant variable is absorbed by the unit FE.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("c.csv")).toStdString();
        std::ofstream out(path);
        out << "unit,t,y,x,x2,size\n";
        const double xs[9] = {1, 2, 4, 2, 1, 3, 0, 3, 5}, ys[9] = {3, 5, 6, 1, 2, 6, 2, 4, 9};
        for (int i = 0; i < 9; ++i) out << "ABC"[i / 3] << ',' << i % 3 + 1 << ',' << ys[i] << ',' << xs[i] << ',' << 2 * xs[i] << ',' << 10 + i / 3 << '\n';
        out.close();
        auto panel = readPanelCsv(path, "unit", "t");
        QVERIFY(panel);
        EstimationOptions options;
        options.vcov = VcovType::Iid;
        auto r = estimate(*panel, "y ~ x + x2 + size | unit + t", options);
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->coefficients.size(), std::size_t(1));
        QVERIFY(std::abs(r->coefficients[0].estimate - 0.375) < 1e-12);
        QCOMPARE(r->collinearDropped, (std::vector<std::string>{"x2", "size"}));
    }

    void studentTMatchesR()
    {
        // R: 2*pt(-|t|, df) and qt(q, df).
        QVERIFY(std::abs(studentTwoSidedP(2.5, 7) - 0.040992218585752874) < 1e-14);
        QVERIFY(std::abs(studentTwoSidedP(-0.3, 3.5) - 0.78113340983988966) < 1e-14);
        QVERIFY(std::abs(studentTwoSidedP(10, 100) / 9.9016889845940936e-17 - 1) < 1e-10);
        QVERIFY(std::abs(studentTwoSidedP(1.96, 1e6) - 0.049996067585269796) < 1e-12);
        QVERIFY(std::abs(studentQuantile(0.975, 10) - 2.2281388519862739) < 1e-12);
        QVERIFY(std::abs(studentQuantile(0.975, 2.5) - 3.5746548420036919) < 1e-12);
        QVERIFY(std::abs(studentQuantile(0.025, 339) + 1.9669864608404419) < 1e-12);
        QVERIFY(std::abs(studentQuantile(0.975, 1) - 12.706204736174694) < 1e-10);
    }
};

QTEST_APPLESS_MAIN(TestEstimationHand)
#include "tst_estimationhand.moc"
