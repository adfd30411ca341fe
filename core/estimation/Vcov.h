#pragma once
// Variance of the coefficients under fixest's default small-sample conventions
// (ESTIMATION.md "Variance"): bread B (p × p) and scores s_i = r_i·X_i, given as the
// regressors X (n × p) and the factor r (n: OLS residuals, Poisson y − μ), so that the
// n × p score matrix is never formed.
#include "estimation/EstimationTypes.h"

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace aitocracy::core::est {

struct VcovInput {
    VcovType type = VcovType::Iid;
    const Eigen::MatrixXd* bread = nullptr;   // p × p
    const Eigen::MatrixXd* regressors = nullptr;  // n × p
    const Eigen::VectorXd* residuals = nullptr;   // n
    double iidScale = 1;  // iid: V = B · iidScale (OLS: SSR/(n − K_full); Poisson: (n − 1)/(n − K_full))
    double n = 0, kFull = 0, kNested = 0;
    const std::vector<std::vector<std::int32_t>>* clusterIds = nullptr;  // one or two dimensions
    const std::vector<std::size_t>* clusterGroups = nullptr;
};

struct VcovOutput {
    Eigen::MatrixXd v;  // p × p
    double tDf = 0;     // min(G) − 1 when clustered, else n − K_full
};

VcovOutput computeVcov(const VcovInput& in);

}  // namespace aitocracy::core::est
