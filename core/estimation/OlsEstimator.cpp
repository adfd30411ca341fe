// OLS with absorbed fixed effects (Frisch–Waugh–Lovell): demean y and X by the fixed
// effects, drop collinear regressors, solve the normal equations by Cholesky.
// Shapes: y, yd, e: n; X, Xd: n × p (X is demeaned in place); B = (Xd′Xd)⁻¹: p × p.
#include "estimation/EstimatorParts.h"
#include "estimation/LeastSquares.h"

namespace aitocracy::core::est::detail {

Result<EstimationResult> estimateOls(Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                     const EstimateContext& context)
{
    EstimationResult result;
    result.model = Model::Ols;
    describeDesign(result, design);
    const double tss = (design.y.array() - design.y.mean()).matrix().squaredNorm();
    const Eigen::VectorXd rawNorms = squaredNorms(design.X);
    int sweeps = 0;
    Eigen::VectorXd& yd = design.y;
    Eigen::MatrixXd& Xd = design.X;
    if (auto r = demeanInPlace(yd, {design.yName}, design, fe, options, context, true, sweeps); !r) return std::unexpected(r.error());
    if (auto r = demeanInPlace(Xd, design.xNames, design, fe, options, context, true, sweeps); !r) return std::unexpected(r.error());
    result.iterations = sweeps;

    Eigen::MatrixXd G = gram(Xd);
    const auto kept = independentColumnsOfGram(rawNorms, G, options.collinearityTolerance);
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
    if (kept.size() < static_cast<std::size_t>(Xd.cols())) {  // no copy in the usual case
        Xd = selectColumns(Xd, kept);
        G = gram(Xd);
    }
    const Eigen::MatrixXd& Xk = Xd;
    const auto fit = solveWithGram(G, Xk.transpose() * yd);
    const Eigen::VectorXd e = yd - Xk * fit.b;

    const double ssr = e.squaredNorm();
    finishInference(result, design, {&fit.bread, &Xk, &e, &fit.b, &names, ssr, false});
    setR2(result, design, ssr, tss, yd);
    return result;
}

}  // namespace aitocracy::core::est::detail
