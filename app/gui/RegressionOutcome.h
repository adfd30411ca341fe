#pragma once
// One finished estimate of the regression panel: the specification asked for, what it
// was turned into (formula, plotted terms), the estimator's result, the simulated truth
// where the world defines it, and how long the round trip took.
#include <string>
#include <utility>
#include <vector>

#include "estimation/EstimationTypes.h"
#include "regression/RegressionSpec.h"
#include "regression/SpecPreparation.h"

namespace aitocracy::gui {

struct RegressionOutcome {
    core::reg::RegressionSpec spec;
    core::reg::PreparedSpec prepared;  // plotTerms: those the result holds (plotTermsOf)
    core::est::EstimationResult result;
    std::vector<std::pair<std::string, double>> truth;  // term → true value (simulated worlds)
    double computeMs = 0;  // preparing the spec and estimating, on the worker
};

}  // namespace aitocracy::gui
