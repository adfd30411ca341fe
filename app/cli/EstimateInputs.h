#pragma once
// What `estimate` and `script` both take: the data (--data/--panel or --project/--period),
// and either the formula with the engine's options or a saved specification (--spec),
// parsed the same way for both.
#include <string>
#include <vector>

#include "CleaningOptions.h"
#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/PanelData.h"

namespace CLI {
class App;
}

namespace aitocracy::cli {

struct EstimateInputs {
    std::string data, panel, formula, spec;
    std::string project, period = "quarter";
    std::vector<std::string> clusters;
    std::string model = "ols", vcov;
    bool dropSingletons = false;
    CleaningFlags cleaning;  // with --project: which stored events the panel counts as unrest
};

// Registers --data, --panel, --project, --period, --formula, --spec, --cluster, --model,
// --vcov, --drop-singletons and the cleaning switches (CleaningOptions.h) on `command`.
void addEstimateInputOptions(CLI::App& command, EstimateInputs& inputs);

// What to estimate: the panel (with a specification's derived columns added), the
// formula and the options.
struct EstimateRequest {
    core::est::PanelData panel;
    std::string formula;
    core::est::EstimationOptions options;
};

// The data from a panel CSV (--data, --panel UNIT,TIME) or a project's panel built at
// --period (columns "unit" and "period" then name the unit and the time); then either
// --formula with --cluster/--model/--vcov, or --spec FILE (a RegressionSpec as JSON,
// regression/RegressionSpec.h) prepared against that panel. Errors "usage" for a missing
// or doubled choice, and those of reading and preparing.
core::Result<EstimateRequest> resolveEstimateRequest(const EstimateInputs& inputs);

}  // namespace aitocracy::cli
