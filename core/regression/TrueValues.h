#pragma once
// The true values of a simulated world (DemoConfig) for the plotted coefficients, where
// the world's generative model defines them exactly, so that the plot can draw the truth
// beside each estimate.
#include <string>
#include <utility>
#include <vector>

#include "regression/RegressionSpec.h"
#include "sim/DemoConfig.h"

namespace aitocracy::core::reg {

// term → true value, for:
//  - analysis 1, distributed lags of unrest counts on public-security AI contract counts
//    (OLS): l(unrest, k) is lagProfile[k] for 0 ≤ k < its size and 0 otherwise (leads
//    included: purchases do not answer future unrest); with IV, fit_unrest is lagProfile[0].
//  - analysis 3 with Poisson: rel_high_w::k is log(1 + innovationEffect) in the two years
//    after the first contract won in a high-unrest quarter (k = 1, 2) and 0 otherwise,
//    relative to the reference; an endpoint bin is left out when the years it collects
//    differ in truth, and every term when the reference is one of the boosted years.
//    (This assumes rel_high dates the contract the way the world does.)
// Empty otherwise: other scales, the event study, suppression (the world's suppression
// acts on a daily log rate, which a quarterly regression approximates but does not
// define) and free formulas.
std::vector<std::pair<std::string, double>> trueValues(const RegressionSpec& spec, const sim::DemoConfig& truth);

}  // namespace aitocracy::core::reg
