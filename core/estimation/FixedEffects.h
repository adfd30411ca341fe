#pragma once
// Absorbing fixed effects: the demeaned column M_D x = x − D(D′WD)⁻D′Wx, where D holds
// the dummies of every fixed-effect dimension (W = weights, identity for OLS).
//
// Methods:
// - one dimension: subtract (weighted) group means — exact;
// - two dimensions forming a balanced panel (each pair of levels exactly once,
//   unweighted): x − x̄_a − x̄_b + x̄ — exact;
// - otherwise: the method of alternating projections (Gaure, "OLS with multiple high
//   dimensional category variables", Computational Statistics & Data Analysis 66, 2013;
//   the lfe package), one sweep = subtract the group means of each dimension in turn,
//   accelerated by Irons–Tuck extrapolation over pairs of sweeps (Irons & Tuck 1969, as
//   used by fixest: Bergé, "Efficient estimation of maximum likelihood models with
//   multiple fixed-effects", 2018). Every iterate stays in x + span(D) and the only fixed
//   point there is M_D x, so the extrapolation changes the speed, not the answer.
// Vectors have length n = the estimation sample.
#include "common/CancelToken.h"

#include <Eigen/Dense>

#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core::est {

class FixedEffects {
public:
    // ids[q][i]: level of observation i in dimension q, in 0 … levels[q] − 1.
    FixedEffects(std::vector<std::vector<std::int32_t>> ids, std::vector<std::size_t> levels);

    // Weights for the weighted projection (Poisson IRLS); empty for unweighted.
    void setWeights(Eigen::VectorXd weights);

    [[nodiscard]] std::size_t dimensions() const { return ids_.size(); }
    [[nodiscard]] bool isBalancedTwoWay() const { return balancedTwoWay_ && weights_.size() == 0; }

    struct Outcome {
        int sweeps = 0;
        bool converged = true;
    };
    // Replaces x by M_D x. tolerance: stop when a sweep changes no element by more than
    // tolerance · (1 + max|x|). Safe to call for different columns at once.
    Outcome demean(Eigen::Ref<Eigen::VectorXd> x, double tolerance, int maxSweeps,
                   const CancelToken* cancel = nullptr) const;

    // True when demean() is exact in one pass (one dimension, or a balanced two-way panel).
    [[nodiscard]] bool isExact() const { return ids_.size() == 1 || isBalancedTwoWay(); }
    // The exact cases for several columns of length n at once: one pass over the ids for
    // all of them. (Rows sorted by unit make consecutive updates hit the same group sum,
    // so a column alone is bound by the latency of that chain; interleaving columns hides it.)
    void demeanExact(const std::vector<double*>& columns, std::size_t n) const;

private:
    // One projection per dimension; `sums` is scratch space (one per thread, so that
    // several columns can be demeaned at once).
    void sweep(Eigen::Ref<Eigen::VectorXd> x, std::vector<double>& sums) const;
    void subtractMeans(std::size_t q, Eigen::Ref<Eigen::VectorXd> x, std::vector<double>& sums) const;

    std::vector<std::vector<std::int32_t>> ids_;
    std::vector<std::size_t> levels_;
    Eigen::VectorXd weights_;
    std::vector<std::vector<double>> levelWeight_;  // Σ w per level (counts when unweighted)
    bool balancedTwoWay_ = false;
};

}  // namespace aitocracy::core::est
