#pragma once
// What `estimate` and `script` both take: the data (--data/--panel or --project/--period),
// the formula and the engine's options, parsed the same way for both.
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/PanelData.h"

namespace CLI {
class App;
}

namespace aitocracy::cli {

struct EstimateInputs {
    std::string data, panel, formula;
    std::string project, period = "quarter";
    std::vector<std::string> clusters;
    std::string model = "ols", vcov;
    bool dropSingletons = false;
};

// Registers --data, --panel, --project, --period, --formula, --cluster, --model, --vcov
// and --drop-singletons on `command`.
void addEstimateInputOptions(CLI::App& command, EstimateInputs& inputs);

core::Result<core::est::EstimationOptions> engineOptions(const EstimateInputs& inputs);

// A panel CSV (--data, --panel UNIT,TIME) or a project's panel built at --period
// (columns "unit" and "period" then name the unit and the time).
core::Result<core::est::PanelData> loadEstimateData(const EstimateInputs& inputs);

}  // namespace aitocracy::cli
