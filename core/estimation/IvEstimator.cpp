// Two-stage least squares with absorbed fixed effects. After demeaning everything by
// the fixed effects: first stage Ed_j on [Zd, Xd] (fitted Êd); second stage yd on
// W = [Êd, Xd]; the variance uses the structural residuals e = yd − [Ed, Xd]·b (actual
// endogenous values) with bread (W′W)⁻¹ and scores e_i·W_i.
// First-stage F per endogenous variable: ((SSR_r − SSR_u)/q) / (SSR_u/(n − K_first)),
// restricted = without the excluded instruments, K_first = #Z + #X + Σ(levels − 1) + 1.
// Shapes: Ed: n × e; Zd: n × z; Xd: n × p; W: n × (e + p).
#include "estimation/EstimatorParts.h"
#include "estimation/LeastSquares.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aitocracy::core::est::detail {
namespace {

Eigen::MatrixXd hcat(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    Eigen::MatrixXd m(a.rows(), a.cols() + b.cols());
    m << a, b;
    return m;
}

double residualSsr(const Eigen::MatrixXd& regressors, const Eigen::VectorXd& y, Eigen::VectorXd* fitted = nullptr)
{
    if (regressors.cols() == 0) {
        if (fitted) *fitted = Eigen::VectorXd::Zero(y.size());
        return y.squaredNorm();
    }
    const auto fit = solveNormalEquations(regressors, y);
    const Eigen::VectorXd yhat = regressors * fit.b;
    if (fitted) *fitted = yhat;
    return (y - yhat).squaredNorm();
}

}  // namespace

Result<EstimationResult> estimateIv(Design& design, const FixedEffects& fe, const EstimationOptions& options,
                                    const EstimateContext& context)
{
    EstimationResult result;
    result.model = Model::Ols;
    describeDesign(result, design);
    const double tss = (design.y.array() - design.y.mean()).matrix().squaredNorm();
    const Eigen::VectorXd xNorms = squaredNorms(design.X);
    Eigen::VectorXd zxNorms(design.instruments.cols() + design.X.cols());
    zxNorms << squaredNorms(design.instruments), xNorms;
    int sweeps = 0;
    for (auto [m, names] : {std::pair{&design.X, &design.xNames}, std::pair{&design.endogenous, &design.endogenousNames},
                            std::pair{&design.instruments, &design.instrumentNames}})
        if (auto r = demeanInPlace(*m, *names, design, fe, options, context, true, sweeps); !r) return std::unexpected(r.error());
    if (auto r = demeanInPlace(design.y, {design.yName}, design, fe, options, context, true, sweeps); !r) return std::unexpected(r.error());
    result.iterations = sweeps;
    const Eigen::VectorXd& yd = design.y;
    const Eigen::MatrixXd* Xd = &design.X;
    const Eigen::MatrixXd* Ed = &design.endogenous;
    const Eigen::MatrixXd* Zd = &design.instruments;

    // Exogenous regressors collinear with the fixed effects or each other go first.
    const auto keptX = independentColumns(xNorms, *Xd, options.collinearityTolerance);
    std::vector<std::string> xNames;
    for (Eigen::Index j = 0; j < design.X.cols(); ++j) {
        const bool kept = std::find(keptX.begin(), keptX.end(), j) != keptX.end();
        (kept ? xNames : result.collinearDropped).push_back(design.xNames[static_cast<std::size_t>(j)]);
    }
    const Eigen::MatrixXd X = selectColumns(*Xd, keptX);
    const Eigen::MatrixXd ZX = hcat(*Zd, X);
    Eigen::VectorXd zkNorms(ZX.cols());
    zkNorms << zxNorms.head(Zd->cols()), Eigen::VectorXd(xNorms(keptX));
    if (independentColumns(zkNorms, ZX, options.collinearityTolerance).size() != static_cast<std::size_t>(ZX.cols()))
        return fail("collinear", "the instruments are collinear with each other, the controls or the fixed effects");

    const double n = static_cast<double>(design.n());
    const auto dofFirst = degreesOfFreedom(design, static_cast<std::size_t>(ZX.cols()));
    Eigen::MatrixXd fitted(Ed->rows(), Ed->cols());
    for (Eigen::Index j = 0; j < Ed->cols(); ++j) {
        Eigen::VectorXd hat;
        const double ssrU = residualSsr(ZX, Ed->col(j), &hat);
        const double ssrR = residualSsr(X, Ed->col(j));
        fitted.col(j) = hat;
        FirstStage stage;
        stage.endogenous = design.endogenousNames[static_cast<std::size_t>(j)].substr(4);  // without "fit_"
        stage.dfNumerator = static_cast<double>(Zd->cols());
        stage.dfDenominator = n - dofFirst.kFull;
        stage.f = ((ssrR - ssrU) / stage.dfNumerator) / (ssrU / stage.dfDenominator);
        result.firstStages.push_back(stage);
    }

    const Eigen::MatrixXd W = hcat(fitted, X);
    const Eigen::MatrixXd actual = hcat(*Ed, X);
    std::vector<std::string> names = design.endogenousNames;
    names.insert(names.end(), xNames.begin(), xNames.end());
    const auto fit = solveNormalEquations(W, yd);
    const Eigen::VectorXd e = yd - actual * fit.b;

    const double ssr = e.squaredNorm();
    finishInference(result, design, {&fit.bread, &W, &e, &fit.b, &names, ssr, false});
    setR2(result, design, ssr, tss, yd);
    return result;
}

}  // namespace aitocracy::core::est::detail
