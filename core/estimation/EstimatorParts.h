#pragma once
// Pieces shared by the OLS, IV and Poisson estimators (internal to core/estimation).
#include "estimation/Design.h"
#include "estimation/Estimator.h"
#include "estimation/FixedEffects.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace aitocracy::core::est::detail {

// Demeans the columns of m (named `names`) in place by the fixed effects; uses and fills
// the context's cache when `cacheable` (unweighted). Raises `sweeps` to the largest
// sweep count; an Error when cancelled or not converged.
Result<void> demeanInPlace(Eigen::Ref<Eigen::MatrixXd> m, const std::vector<std::string>& names, const Design& design, const FixedEffects& fe,
                           const EstimationOptions& options, const EstimateContext& context, bool cacheable, int& sweeps);

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

// The end every estimator shares: K, the variance with scores r_i·X_i, the t degrees of
// freedom and the coefficient table. The iid variance is B · iidNumerator/(n − K_full)
// (OLS: the SSR; Poisson: n − 1). normalInference: z values (Poisson, as fixest).
struct Inference {
    const Eigen::MatrixXd* bread = nullptr;       // p × p
    const Eigen::MatrixXd* regressors = nullptr;  // n × p
    const Eigen::VectorXd* residuals = nullptr;   // n
    const Eigen::VectorXd* b = nullptr;           // p
    const std::vector<std::string>* names = nullptr;
    double iidNumerator = 0;
    bool normalInference = false;
};
void finishInference(EstimationResult& result, const Design& design, const Inference& in);

// R² = 1 − SSR/TSS and the within R² = 1 − SSR/‖yd‖² (NaN without fixed effects).
void setR2(EstimationResult& result, const Design& design, double ssr, double tss, const Eigen::VectorXd& yd);

// The fields every result shares, from the design.
void describeDesign(EstimationResult& result, const Design& design);

// The estimators consume the design: they demean its matrices in place.
Result<EstimationResult> estimateOls(Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                     const EstimateContext& context);
Result<EstimationResult> estimateIv(Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                    const EstimateContext& context);
Result<EstimationResult> estimatePoisson(const Design& design, FixedEffects& fe, const EstimationOptions& options,
                                         const EstimateContext& context);

}  // namespace aitocracy::core::est::detail
