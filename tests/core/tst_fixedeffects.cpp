// Fixed-effect absorption against the exact projection: M_D x computed by a dense
// least-squares fit on explicit dummy columns (a complete orthogonal decomposition, which copes with the dummies' rank deficiency), on
// unbalanced three-way designs, weighted and unweighted.
#include "estimation/FixedEffects.h"

#include <QtTest>

#include <random>

using namespace aitocracy::core::est;

namespace {

struct RandomDesign {
    std::vector<std::vector<std::int32_t>> ids;
    std::vector<std::size_t> levels;
};

RandomDesign randomDesign(std::size_t n, std::vector<std::size_t> levels, std::mt19937_64& rng)
{
    RandomDesign d{{}, levels};
    for (auto l : levels) {
        std::uniform_int_distribution<std::int32_t> pick(0, static_cast<std::int32_t>(l) - 1);
        std::vector<std::int32_t> ids(n);
        for (std::size_t i = 0; i < n; ++i) ids[i] = i < l ? static_cast<std::int32_t>(i) : pick(rng);  // every level used
        d.ids.push_back(std::move(ids));
    }
    return d;
}

// x − D·argmin‖W^½(x − Dα)‖: the exact weighted projection residual.
Eigen::VectorXd exactResidual(const RandomDesign& d, const Eigen::VectorXd& x, const Eigen::VectorXd& w)
{
    const auto n = x.size();
    std::size_t cols = 0;
    for (auto l : d.levels) cols += l;
    Eigen::MatrixXd D = Eigen::MatrixXd::Zero(n, static_cast<Eigen::Index>(cols));
    std::size_t offset = 0;
    for (std::size_t q = 0; q < d.ids.size(); ++q) {
        for (Eigen::Index i = 0; i < n; ++i) D(i, static_cast<Eigen::Index>(offset) + d.ids[q][static_cast<std::size_t>(i)]) = 1;
        offset += d.levels[q];
    }
    const Eigen::VectorXd sw = w.size() ? Eigen::VectorXd(w.cwiseSqrt()) : Eigen::VectorXd::Ones(n);
    const Eigen::MatrixXd Dw = sw.asDiagonal() * D;
    const Eigen::VectorXd alpha = Dw.completeOrthogonalDecomposition().solve(sw.cwiseProduct(x));
    return x - D * alpha;
}

}  // namespace

class TestFixedEffects : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unbalancedThreeWayMatchesTheExactProjection()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> normal;
        for (bool weighted : {false, true}) {
            const auto design = randomDesign(600, {40, 15, 7}, rng);
            FixedEffects fe(design.ids, design.levels);
            QVERIFY(!fe.isBalancedTwoWay());
            Eigen::VectorXd w;
            if (weighted) {
                w.resize(600);
                for (auto& v : w) v = std::exp(normal(rng));
                fe.setWeights(w);
            }
            Eigen::VectorXd x(600);
            for (auto& v : x) v = 5 + 3 * normal(rng);
            const Eigen::VectorXd expected = exactResidual(design, x, w);
            Eigen::VectorXd got = x;
            const auto outcome = fe.demean(got, 1e-13, 100000);
            QVERIFY(outcome.converged);
            QVERIFY(outcome.sweeps > 2);
            QVERIFY2((got - expected).cwiseAbs().maxCoeff() < 1e-10, (std::string(weighted ? "weighted: " : "unweighted: ") + std::to_string((got - expected).cwiseAbs().maxCoeff())).c_str());
        }
    }

    void balancedTwoWayIsExactInOneSweep()
    {
        std::vector<std::int32_t> a, b;
        for (int i = 0; i < 6; ++i)
            for (int t = 0; t < 4; ++t) {
                a.push_back(i);
                b.push_back(t);
            }
        FixedEffects fe({a, b}, {6, 4});
        QVERIFY(fe.isBalancedTwoWay());
        Eigen::VectorXd x(24);
        for (int k = 0; k < 24; ++k) x[k] = std::sin(k) * 10 + k;
        Eigen::VectorXd got = x;
        const auto outcome = fe.demean(got, 1e-13, 100);
        QCOMPARE(outcome.sweeps, 1);
        const RandomDesign design{{a, b}, {6, 4}};
        QVERIFY((got - exactResidual(design, x, {})).cwiseAbs().maxCoeff() < 1e-12);
    }

    void cancellationStopsTheIteration()
    {
        std::mt19937_64 rng(3);
        const auto design = randomDesign(2000, {200, 50, 20}, rng);
        FixedEffects fe(design.ids, design.levels);
        aitocracy::core::CancelToken token;
        token.cancel();
        Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(2000, 0, 1);
        const auto outcome = fe.demean(x, 1e-13, 100000, &token);
        QVERIFY(!outcome.converged);
        QCOMPARE(outcome.sweeps, 0);
    }
};

QTEST_APPLESS_MAIN(TestFixedEffects)
#include "tst_fixedeffects.moc"
