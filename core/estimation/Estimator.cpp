#include "estimation/Estimator.h"

#include "estimation/EstimatorParts.h"
#include "estimation/StudentT.h"

#include "common/ParallelFor.h"
#include "estimation/Vcov.h"

#include <chrono>
#include <cmath>
#include <limits>

namespace aitocracy::core::est {
namespace detail {

Result<void> demeanInPlace(Eigen::Ref<Eigen::MatrixXd> out, const std::vector<std::string>& names, const Design& design, const FixedEffects& fe,
                           const EstimationOptions& options, const EstimateContext& context, bool cacheable, int& sweeps)
{
    std::string feKey;
    for (const auto& name : design.feNames) feKey += name + '+';
    const auto columns = static_cast<std::size_t>(out.cols());
    const bool useCache = cacheable && context.cache;
    std::vector<std::string> keys(columns);
    std::vector<std::size_t> missing;  // columns not found in the cache
    for (std::size_t j = 0; j < columns; ++j) {
        if (useCache) {
            keys[j] = DemeanCache::key(names[j], design.sampleHash, feKey);
            if (auto hit = context.cache->find(keys[j])) {
                out.col(static_cast<Eigen::Index>(j)) = *hit;
                continue;
            }
        }
        missing.push_back(j);
    }
    std::vector<int> columnSweeps(columns, 1);
    std::vector<char> converged(columns, 1);
    if (fe.dimensions() == 0) {
        std::fill(columnSweeps.begin(), columnSweeps.end(), 0);
    } else if (fe.isExact()) {
        std::vector<double*> pointers;
        for (std::size_t j : missing) pointers.push_back(out.col(static_cast<Eigen::Index>(j)).data());
        fe.demeanExact(pointers, static_cast<std::size_t>(out.rows()));
    } else {
        // Iterative: columns are independent, two at a time when the job is big enough.
        parallelFor(missing.size(), missing.size() * static_cast<std::size_t>(out.rows()), [&](std::size_t k) {
            const std::size_t j = missing[k];
            auto column = out.col(static_cast<Eigen::Index>(j));
            const auto outcome = fe.demean(column, options.demeanTolerance, options.maxDemeanIterations, context.cancel);
            columnSweeps[j] = outcome.sweeps;
            converged[j] = outcome.converged;
        });
    }
    if (context.cancel && context.cancel->cancelled()) return fail("cancelled", "estimation cancelled");
    if (useCache)
        for (std::size_t j : missing)
            if (converged[j]) context.cache->store(keys[j], out.col(static_cast<Eigen::Index>(j)));
    for (std::size_t j = 0; j < columns; ++j) {
        if (!converged[j])
            return fail("convergence", "demeaning '" + names[j] + "' did not converge in " + std::to_string(columnSweeps[j]) + " sweeps");
        sweeps = std::max(sweeps, columnSweeps[j]);
    }
    return ok();
}

DegreesOfFreedom degreesOfFreedom(const Design& design, std::size_t regressors)
{
    DegreesOfFreedom dof;
    const double p = static_cast<double>(regressors);
    double feParameters = 0, nestedParameters = 0;
    for (std::size_t q = 0; q < design.feLevels.size(); ++q) {
        const double extra = static_cast<double>(design.feLevels[q]) - 1;
        feParameters += extra;
        if (design.vcov == VcovType::Cluster && design.feNested[q]) nestedParameters += extra;
    }
    const double intercept = design.feLevels.empty() ? 0 : 1;
    dof.kFull = p + feParameters + intercept;
    dof.kNested = std::max(dof.kFull - nestedParameters, p + intercept);
    return dof;
}

void fillCoefficients(EstimationResult& result, const std::vector<std::string>& names, const Eigen::VectorXd& b,
                      const Eigen::MatrixXd& v)
{
    const double crit = studentQuantile(0.975, result.tDf);
    result.coefficients.clear();
    for (Eigen::Index j = 0; j < b.size(); ++j) {
        Coefficient c;
        c.term = names[static_cast<std::size_t>(j)];
        c.estimate = b[j];
        c.stdError = std::sqrt(v(j, j));
        c.t = c.estimate / c.stdError;
        c.p = studentTwoSidedP(c.t, result.tDf);
        c.ciLow = c.estimate - crit * c.stdError;
        c.ciHigh = c.estimate + crit * c.stdError;
        result.coefficients.push_back(std::move(c));
    }
    result.vcovMatrix = v;
}

void finishInference(EstimationResult& result, const Design& design, const Inference& inference)
{
    const double n = static_cast<double>(design.n());
    const auto dof = degreesOfFreedom(design, static_cast<std::size_t>(inference.regressors->cols()));
    result.kFull = dof.kFull;
    result.dofK = design.vcov == VcovType::Cluster ? dof.kNested : dof.kFull;
    VcovInput in;
    in.type = design.vcov;
    in.bread = inference.bread;
    in.regressors = inference.regressors;
    in.residuals = inference.residuals;
    in.iidScale = inference.iidNumerator / (n - dof.kFull);
    in.n = n;
    in.kFull = dof.kFull;
    in.kNested = dof.kNested;
    in.clusterIds = &design.clusterIds;
    in.clusterGroups = &design.clusterGroups;
    const auto v = computeVcov(in);
    result.tDf = inference.normalInference ? std::numeric_limits<double>::infinity() : v.tDf;
    fillCoefficients(result, *inference.names, *inference.b, v.v);
}

void setR2(EstimationResult& result, const Design& design, double ssr, double tss, const Eigen::VectorXd& yd)
{
    result.r2 = 1 - ssr / tss;
    result.r2Within = design.feLevels.empty() ? std::numeric_limits<double>::quiet_NaN() : 1 - ssr / yd.squaredNorm();
}

void describeDesign(EstimationResult& result, const Design& design)
{
    result.vcov = design.vcov;
    result.nobs = design.n();
    result.droppedExcluded = design.droppedExcluded;
    result.droppedMissing = design.droppedMissing;
    result.droppedFeAllZero = design.droppedFeAllZero;
    result.droppedSingletons = design.droppedSingletons;
    result.singletons = design.singletons;
    for (std::size_t q = 0; q < design.feNames.size(); ++q)
        result.fixedEffects.push_back({design.feNames[q], design.feLevels[q], design.feNested[q]});
    for (std::size_t c = 0; c < design.clusterNames.size(); ++c) result.clusters.push_back({design.clusterNames[c], design.clusterGroups[c]});
}

}  // namespace detail

Result<EstimationResult> estimate(const PanelData& panel, const Formula& formula, const EstimationOptions& options,
                                  const EstimateContext& context)
{
    const auto start = std::chrono::steady_clock::now();
    auto design = buildDesign(panel, formula, options);
    if (!design) return std::unexpected(design.error());
    if (options.model == Model::Poisson && formula.isIv()) return fail("usage", "IV with a Poisson model is not supported");
    FixedEffects fe(design->feIds, design->feLevels);
    Result<EstimationResult> result = options.model == Model::Poisson ? detail::estimatePoisson(*design, fe, options, context)
                                      : formula.isIv()                ? detail::estimateIv(*design, fe, options, context)
                                                                      : detail::estimateOls(*design, fe, options, context);
    if (result) result->elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

Result<EstimationResult> estimate(const PanelData& panel, const std::string& formulaText, const EstimationOptions& options,
                                  const EstimateContext& context)
{
    auto formula = parseFormula(formulaText, panel.columnNames());
    if (!formula) return std::unexpected(formula.error());
    auto result = estimate(panel, *formula, options, context);
    if (result) result->formula = formulaText;
    return result;
}

}  // namespace aitocracy::core::est
