#include "estimation/FixedEffects.h"

#include <algorithm>
#include <cmath>

namespace aitocracy::core::est {

FixedEffects::FixedEffects(std::vector<std::vector<std::int32_t>> ids, std::vector<std::size_t> levels)
    : ids_(std::move(ids)), levels_(std::move(levels))
{
    setWeights(Eigen::VectorXd());
    if (ids_.size() == 2 && !ids_[0].empty()) {
        const std::size_t n = ids_[0].size(), la = levels_[0], lb = levels_[1];
        if (n == la * lb) {
            std::vector<char> seen(n, 0);
            balancedTwoWay_ = true;
            for (std::size_t i = 0; i < n && balancedTwoWay_; ++i) {
                char& cell = seen[static_cast<std::size_t>(ids_[0][i]) * lb + static_cast<std::size_t>(ids_[1][i])];
                balancedTwoWay_ = cell == 0;
                cell = 1;
            }
        }
    }
}

void FixedEffects::setWeights(Eigen::VectorXd weights)
{
    weights_ = std::move(weights);
    levelWeight_.assign(ids_.size(), {});
    for (std::size_t q = 0; q < ids_.size(); ++q) {
        auto& lw = levelWeight_[q];
        lw.assign(levels_[q], 0.0);
        for (std::size_t i = 0; i < ids_[q].size(); ++i)
            lw[static_cast<std::size_t>(ids_[q][i])] += weights_.size() ? weights_[static_cast<Eigen::Index>(i)] : 1.0;
    }
}

void FixedEffects::subtractMeans(std::size_t q, Eigen::Ref<Eigen::VectorXd> x, std::vector<double>& scratch) const
{
    const std::int32_t* id = ids_[q].data();
    const auto& lw = levelWeight_[q];
    scratch.assign(levels_[q], 0.0);
    double* sums = scratch.data();
    double* px = x.data();
    const Eigen::Index n = x.size();
    if (weights_.size()) {
        const double* w = weights_.data();
        for (Eigen::Index i = 0; i < n; ++i) sums[id[i]] += w[i] * px[i];
    } else {
        for (Eigen::Index i = 0; i < n; ++i) sums[id[i]] += px[i];
    }
    for (std::size_t g = 0; g < scratch.size(); ++g) sums[g] = lw[g] > 0 ? sums[g] / lw[g] : 0.0;
    for (Eigen::Index i = 0; i < n; ++i) px[i] -= sums[id[i]];
}

void FixedEffects::sweep(Eigen::Ref<Eigen::VectorXd> x, std::vector<double>& sums) const
{
    for (std::size_t q = 0; q < ids_.size(); ++q) subtractMeans(q, x, sums);
}

void FixedEffects::demeanExact(const std::vector<double*>& columns, std::size_t n) const
{
    const std::size_t p = columns.size();
    if (p == 0) return;
    const bool weighted = weights_.size() != 0;
    const double* w = weighted ? weights_.data() : nullptr;
    // Group sums, level-major: sums[q][level · p + j].
    std::vector<std::vector<double>> sums(ids_.size());
    for (std::size_t q = 0; q < ids_.size(); ++q) sums[q].assign(levels_[q] * p, 0.0);
    std::vector<double> total(p, 0.0);
    const std::int32_t* a = ids_[0].data();
    const std::int32_t* b = ids_.size() > 1 ? ids_[1].data() : nullptr;
    double* sa = sums[0].data();
    double* sb = b ? sums[1].data() : nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        double* rowA = sa + static_cast<std::size_t>(a[i]) * p;
        double* rowB = b ? sb + static_cast<std::size_t>(b[i]) * p : nullptr;
        const double wi = weighted ? w[i] : 1.0;
        for (std::size_t j = 0; j < p; ++j) {
            const double v = wi * columns[j][i];
            rowA[j] += v;
            if (rowB) {
                rowB[j] += v;
                total[j] += v;
            }
        }
    }
    if (!b) {
        const auto& lw = levelWeight_[0];
        for (std::size_t g = 0; g < levels_[0]; ++g)
            for (std::size_t j = 0; j < p; ++j) sa[g * p + j] = lw[g] > 0 ? sa[g * p + j] / lw[g] : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double* rowA = sa + static_cast<std::size_t>(a[i]) * p;
            for (std::size_t j = 0; j < p; ++j) columns[j][i] -= rowA[j];
        }
        return;
    }
    // Balanced two-way (unweighted): x − x̄_a − x̄_b + x̄; each a-level holds one row per
    // b-level and the other way round.
    const double perA = static_cast<double>(levels_[1]), perB = static_cast<double>(levels_[0]);
    for (std::size_t g = 0; g < levels_[0]; ++g)
        for (std::size_t j = 0; j < p; ++j) sa[g * p + j] = sa[g * p + j] / perA - total[j] / static_cast<double>(n);
    for (std::size_t g = 0; g < levels_[1]; ++g)
        for (std::size_t j = 0; j < p; ++j) sb[g * p + j] /= perB;
    for (std::size_t i = 0; i < n; ++i) {
        const double* rowA = sa + static_cast<std::size_t>(a[i]) * p;
        const double* rowB = sb + static_cast<std::size_t>(b[i]) * p;
        for (std::size_t j = 0; j < p; ++j) columns[j][i] -= rowA[j] + rowB[j];
    }
}

FixedEffects::Outcome FixedEffects::demean(Eigen::Ref<Eigen::VectorXd> x, double tolerance, int maxSweeps,
                                           const CancelToken* cancel) const
{
    if (ids_.empty()) return {0, true};
    std::vector<double> sums;
    if (ids_.size() == 1) {
        subtractMeans(0, x, sums);
        return {1, true};
    }
    if (isBalancedTwoWay()) {
        // x − x̄_a − x̄_b + x̄, both sets of means from one pass.
        const std::int32_t* a = ids_[0].data();
        const std::int32_t* b = ids_[1].data();
        std::vector<double> sumA(levels_[0], 0.0), sumB(levels_[1], 0.0);
        double* sa = sumA.data();
        double* sb = sumB.data();
        double* px = x.data();
        const Eigen::Index n = x.size();
        double total = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            sa[a[i]] += px[i];
            sb[b[i]] += px[i];
            total += px[i];
        }
        const double grand = total / static_cast<double>(n);
        for (auto& v : sumA) v = v / static_cast<double>(levels_[1]) - grand;  // each a-level holds one row per b-level
        for (auto& v : sumB) v /= static_cast<double>(levels_[0]);
        for (Eigen::Index i = 0; i < n; ++i) px[i] -= sa[a[i]] + sb[b[i]];
        return {1, true};
    }
    const double scale = 1.0 + x.cwiseAbs().maxCoeff();
    Eigen::VectorXd x1(x.size()), x2(x.size());
    int sweeps = 0;
    while (sweeps < maxSweeps) {
        if (cancel && cancel->cancelled()) return {sweeps, false};
        x1 = x;
        sweep(x1, sums);
        x2 = x1;
        sweep(x2, sums);
        sweeps += 2;
        const double change = (x2 - x1).cwiseAbs().maxCoeff();
        if (change <= tolerance * scale) {
            x = x2;
            return {sweeps, true};
        }
        // Irons–Tuck: x ← x2 − (Δ1·Δ2 / Δ2·Δ2) Δ1 with Δ1 = x2 − x1, Δ2 = x2 − 2x1 + x.
        const Eigen::VectorXd d1 = x2 - x1;
        const Eigen::VectorXd d2 = d1 - (x1 - x);
        const double denom = d2.squaredNorm();
        if (denom > 0) {
            x = x2 - (d1.dot(d2) / denom) * d1;
        } else {
            x = x2;
        }
    }
    return {sweeps, false};
}

}  // namespace aitocracy::core::est
