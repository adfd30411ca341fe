// OLS with absorbed fixed effects (Frisch–Waugh–Lovell): demean y and X by the fixed
// effects, drop collinear regressors, solve the normal equations by Cholesky.
// Shapes: y, yd, e: n; X, Xd: n × p; B = (Xd′Xd)⁻¹: p × p; scores e_i·Xd_i: n × p.
#include "estimation/EstimatorParts.h"
#include "estimation/LeastSquares.h"
#include "estimation/Vcov.h"

#include <cmath>
#include <limits>

namespace aitocracy::core::est::detail {

Result<EstimationResult> estimateOls(const Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                     const EstimateContext& context)
{
    EstimationResult result;
    result.model = Model::Ols;
    describeDesign(result, design);
    int sweeps = 0;
    auto yd = demeanColumns(design.y, {design.yName}, design, fe, options, context, true, sweeps);
    if (!yd) return std::unexpected(yd.error());
    auto Xd = demeanColumns(design.X, design.xNames, design, fe, options, context, true, sweeps);
    if (!Xd) return std::unexpected(Xd.error());
    result.iterations = sweeps;

    const auto kept = independentColumns(design.X, *Xd, options.collinearityTolerance);
    std::vector<std::string> names;
    for (Eigen::Index j = 0, k = 0; j < design.X.cols(); ++j) {
        if (k < static_cast<Eigen::Index>(kept.size()) && kept[static_cast<std::size_t>(k)] == j) {
            names.push_back(design.xNames[static_cast<std::size_t>(j)]);
            ++k;
        } else {
            result.collinearDropped.push_back(design.xNames[static_cast<std::size_t>(j)]);
        }
    }
    if (kept.empty()) return fail("collinear", "every regressor is collinear with the fixed effects or another regressor");
    const Eigen::MatrixXd Xk = selectColumns(*Xd, kept);
    const Eigen::VectorXd ydv = yd->col(0);
    const auto fit = solveNormalEquations(Xk, ydv);
    const Eigen::VectorXd e = ydv - Xk * fit.b;

    const double n = static_cast<double>(design.n());
    const auto dof = degreesOfFreedom(design, kept.size());
    result.kFull = dof.kFull;
    result.dofK = design.vcov == VcovType::Cluster ? dof.kNested : dof.kFull;
    const double ssr = e.squaredNorm();
    const Eigen::MatrixXd scores = Xk.array().colwise() * e.array();
    VcovInput in;
    in.type = design.vcov;
    in.bread = &fit.bread;
    in.scores = &scores;
    in.iidScale = ssr / (n - dof.kFull);
    in.n = n;
    in.kFull = dof.kFull;
    in.kNested = dof.kNested;
    in.clusterIds = &design.clusterIds;
    in.clusterGroups = &design.clusterGroups;
    const auto v = computeVcov(in);
    result.tDf = v.tDf;
    fillCoefficients(result, names, fit.b, v.v);

    const double tss = (design.y.array() - design.y.mean()).matrix().squaredNorm();
    result.r2 = 1 - ssr / tss;
    result.r2Within = design.feIds.empty() ? std::numeric_limits<double>::quiet_NaN() : 1 - ssr / ydv.squaredNorm();
    return result;
}

}  // namespace aitocracy::core::est::detail
