#include "regression/TrueValues.h"

#include <cmath>

#include "estimation/Formula.h"

namespace aitocracy::core::reg {
namespace {

std::vector<std::pair<std::string, double>> procurementTruth(const RegressionSpec& spec, const sim::DemoConfig& truth)
{
    const auto lagEffect = [&](int k) {
        return k >= 0 && static_cast<std::size_t>(k) < truth.lagProfile.size()
                   ? truth.lagProfile[static_cast<std::size_t>(k)]
                   : 0.0;
    };
    if (spec.outcome != OutcomeScale::Count || spec.treatment != TreatmentScale::Count ||
        spec.model != est::Model::Ols || spec.design != DesignKind::DistributedLags)
        return {};
    if (spec.iv) return {{"fit_unrest", lagEffect(0)}};
    std::vector<std::pair<std::string, double>> values;
    for (int k = -spec.leads; k <= spec.lags; ++k) values.emplace_back(est::VarRef{"unrest", k}.label(), lagEffect(k));
    return values;
}

std::vector<std::pair<std::string, double>> innovationTruth(const RegressionSpec& spec, const sim::DemoConfig& truth)
{
    if (spec.model != est::Model::Poisson) return {};
    // The world multiplies the mean of the two years after the treated year.
    const auto effect = [&](int k) { return k == 1 || k == 2 ? std::log1p(truth.innovationEffect) : 0.0; };
    const int ref = spec.referencePeriod;
    if (effect(ref) != 0) return {};  // firms without such a contract share the reference
    std::vector<std::pair<std::string, double>> values;
    for (int k = -spec.leads; k <= spec.lags; ++k) {
        if (k == ref) continue;
        // A binned end collects every year beyond it: the upper one is exact only from year
        // 3 on, where the effect has passed (the lower one, at or before year 0, always is).
        if (spec.binEndpoints && k == spec.lags && k < 3) continue;
        values.emplace_back("rel_high_w::" + std::to_string(k), effect(k) - effect(ref));
    }
    return values;
}

}  // namespace

std::vector<std::pair<std::string, double>> trueValues(const RegressionSpec& spec, const sim::DemoConfig& truth)
{
    switch (spec.analysis) {
        case Analysis::UnrestToProcurement:
            return procurementTruth(spec, truth);
        case Analysis::ContractsInnovation:
            return innovationTruth(spec, truth);
        case Analysis::AiSuppression:
        case Analysis::Free:
            break;
    }
    return {};
}

}  // namespace aitocracy::core::reg
