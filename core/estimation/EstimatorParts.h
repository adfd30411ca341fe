#pragma once
// Pieces shared by the OLS, IV and Poisson estimators (internal to core/estimation).
#include "estimation/Design.h"
#include "estimation/Estimator.h"
#include "estimation/FixedEffects.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace aitocracy::core::est::detail {

// Demeans the columns of m (named `names`) by the fixed effects; uses and fills the
// context's cache when `cacheable` (unweighted). Returns the largest sweep count, or an
// Error when cancelled or not converged.
Result<Eigen::MatrixXd> demeanColumns(const Eigen::MatrixXd& m, const std::vector<std::string>& names, const Design& design,
                                      const FixedEffects& fe, const EstimationOptions& options, const EstimateContext& context,
                                      bool cacheable, int& sweeps);

// K_full = regressors + Σ_q (levels_q − 1) + 1 (the +1 only with fixed effects: without,
// the intercept is one of the regressors); the nested K leaves out dimensions nested in
// a cluster, and is at least regressors + 1.
struct DegreesOfFreedom {
    double kFull = 0, kNested = 0;
};
DegreesOfFreedom degreesOfFreedom(const Design& design, std::size_t regressors);

// Fills result.coefficients (t, p, 95 % CI with result.tDf) from b and V.
void fillCoefficients(EstimationResult& result, const std::vector<std::string>& names, const Eigen::VectorXd& b,
                      const Eigen::MatrixXd& v);

// The fields every result shares, from the design.
void describeDesign(EstimationResult& result, const Design& design);

Result<EstimationResult> estimateOls(const Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                     const EstimateContext& context);
Result<EstimationResult> estimateIv(const Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                    const EstimateContext& context);
Result<EstimationResult> estimatePoisson(const Design& design, FixedEffects& fe, const EstimationOptions& options,
                                         const EstimateContext& context);

}  // namespace aitocracy::core::est::detail
