// Poisson pseudo-maximum likelihood with absorbed fixed effects, by iteratively
// reweighted least squares (McCullagh & Nelder, Generalized Linear Models, 2nd ed.,
// §2.5; with fixed effects as in Correia, Guimarães & Zylkin, "Fast Poisson estimation
// with high-dimensional fixed effects", Stata Journal 20(1), 2020): each step regresses
// the working outcome z = η + (y − μ)/μ on X with weights μ, absorbing the fixed effects
// by weighted demeaning; η ← z − (zd − Xd·b). Converged when the coefficients and the
// deviance stop moving. Variance: bread (Xd′WXd)⁻¹, W = diag(μ), scores (y − μ)·Xd,
// dispersion 1 (iid: B·(n − 1)/(n − K_full), fixest's small-sample factor).
// Shapes: y, μ, η, z: n; X, Xd: n × p.
#include "estimation/EstimatorParts.h"
#include "estimation/LeastSquares.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aitocracy::core::est::detail {
namespace {

double deviance(const Eigen::VectorXd& y, const Eigen::VectorXd& mu)
{
    double d = 0;
    for (Eigen::Index i = 0; i < y.size(); ++i) d += (y[i] > 0 ? y[i] * std::log(y[i] / mu[i]) : 0.0) - (y[i] - mu[i]);
    return 2 * d;
}

}  // namespace

Result<EstimationResult> estimatePoisson(const Design& design, FixedEffects& fe, const EstimationOptions& options,
                                         const EstimateContext& context)
{
    EstimationResult result;
    result.model = Model::Poisson;
    describeDesign(result, design);
    const Eigen::VectorXd& y = design.y;
    Eigen::VectorXd mu = (y.array() + y.mean()) / 2.0;
    Eigen::VectorXd eta = mu.array().log();
    std::vector<Eigen::Index> kept;
    Eigen::VectorXd b, bOld;
    Eigen::MatrixXd Xd;
    double dev = std::numeric_limits<double>::infinity();
    int sweeps = 0;
    bool converged = false;
    for (int it = 1; it <= 200 && !converged; ++it) {
        const Eigen::VectorXd z = eta.array() + (y - mu).array() / mu.array();
        fe.setWeights(mu);
        Eigen::VectorXd zd = z;
        if (auto r = demeanInPlace(zd, {"z"}, design, fe, options, context, false, sweeps); !r) return std::unexpected(r.error());
        Eigen::MatrixXd xd = design.X;
        if (auto r = demeanInPlace(xd, design.xNames, design, fe, options, context, false, sweeps); !r) return std::unexpected(r.error());
        if (it == 1) {
            kept = independentColumns(squaredNorms(design.X, mu), xd, options.collinearityTolerance, mu);
            if (kept.empty()) return fail("collinear", "every regressor is collinear with the fixed effects or another regressor");
        }
        Xd = selectColumns(xd, kept);
        const auto fit = solveNormalEquations(Xd, zd, mu);
        bOld = b;
        b = fit.b;
        eta = z - (zd - Xd * b);
        mu = eta.array().exp();
        const double devNew = deviance(y, mu);
        const bool stableDeviance = std::abs(devNew - dev) <= 1e-12 * (0.1 + std::abs(devNew));
        const bool stableCoefficients = bOld.size() == b.size() && (b - bOld).cwiseAbs().maxCoeff() <= 1e-11 * (1 + b.cwiseAbs().maxCoeff());
        converged = stableDeviance && stableCoefficients;
        dev = devNew;
        result.irlsIterations = it;
    }
    if (!converged) return fail("convergence", "Poisson IRLS did not converge in 200 iterations");
    result.iterations = sweeps;
    result.deviance = dev;

    // Variance at the solution: weights μ, X demeaned with those weights.
    fe.setWeights(mu);
    Eigen::MatrixXd xd = design.X;
    if (auto r = demeanInPlace(xd, design.xNames, design, fe, options, context, false, sweeps); !r) return std::unexpected(r.error());
    Xd = selectColumns(xd, kept);
    std::vector<std::string> names;
    for (Eigen::Index j = 0; j < design.X.cols(); ++j) {
        const bool isKept = std::find(kept.begin(), kept.end(), j) != kept.end();
        (isKept ? names : result.collinearDropped).push_back(design.xNames[static_cast<std::size_t>(j)]);
    }
    const Eigen::MatrixXd bread = (Xd.transpose() * mu.asDiagonal() * Xd).llt().solve(Eigen::MatrixXd::Identity(Xd.cols(), Xd.cols()));
    const Eigen::VectorXd response = y - mu;
    // Like fixest's fepois: inference on z values (the normal distribution), whatever the variance.
    finishInference(result, design, {&bread, &Xd, &response, &b, &names, static_cast<double>(design.n()) - 1, true});
    result.r2 = std::numeric_limits<double>::quiet_NaN();
    result.r2Within = std::numeric_limits<double>::quiet_NaN();
    return result;
}

}  // namespace aitocracy::core::est::detail
