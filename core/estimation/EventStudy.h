#pragma once
// Event-study helpers: derived panel columns and the cumulative effect of a set of
// coefficients. Leads and lags of a continuous treatment need no helper: the formula's
// l(x, -4:4) builds them.
#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/PanelData.h"

#include <optional>
#include <string>
#include <vector>

namespace aitocracy::core::est {

// A numeric column with its factor view (levels = the values as text, integers
// without decimals), ready to add to a panel.
PanelColumn makeColumn(const std::string& name, std::vector<double> values);

// Replaces the column of that name, or appends it.
void setColumn(PanelData& panel, PanelColumn column);

// 1 where `source` ≥ threshold, 0 where below, missing where missing.
Result<PanelColumn> binaryEventColumn(const PanelData& panel, const std::string& source, double threshold, const std::string& name);

struct RelativeTimeOptions {
    std::string eventColumn;  // a 0/1 column: the unit's event happens at its first 1
    std::string name = "rel";
    int lowest = -4, highest = 4;  // the window, in periods
    // Schmidheiny & Siegloch (2023, "On event studies and distributed-lags in two-way
    // fixed effects models", J. Applied Econometrics): the endpoints collect every
    // period beyond them (rel ≤ lowest → lowest, rel ≥ highest → highest). Without
    // binning, rows outside the window are missing.
    bool binEndpoints = true;
    // Rows of units that never have the event: this value (usually the reference
    // period, so they serve as controls), or missing when unset.
    std::optional<int> neverTreatedValue;
};

// Periods relative to each unit's first event: (t − t_event)/timeStep.
Result<PanelColumn> relativeTimeColumn(const PanelData& panel, const RelativeTimeOptions& options);

struct LinearCombination {
    double estimate = 0, stdError = 0, t = 0, p = 0, ciLow = 0, ciHigh = 0;
};

// Σ_k b_k over the named coefficients, with variance 1′V1 and the result's t distribution
// (e.g. the cumulative effect of l(x, 0:4)).
Result<LinearCombination> cumulativeEffect(const EstimationResult& result, const std::vector<std::string>& terms);

}  // namespace aitocracy::core::est
