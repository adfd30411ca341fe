#pragma once
// The demonstration world: a simulated China on the real prefecture units with known
// true effects (DemoConfig), written into a new project. Everything is labelled
// simulated: the project's meta says so and every source URL reads simulated://.
#include "common/CancelToken.h"
#include "common/Error.h"
#include "geo/Unit.h"
#include "sim/DemoConfig.h"

#include <functional>
#include <map>
#include <string>

namespace aitocracy::core::sim {

struct DemoSummary {
    std::size_t locatedEvents = 0;    // city precision, placed in a unit
    std::size_t unlocatedEvents = 0;  // country or province precision
    std::size_t duplicateReports = 0;
    std::map<std::string, std::size_t> contractsByClass;
    std::size_t firms = 0, softwareRows = 0, weatherRows = 0;
    double baseRate = 0;  // calibrated daily base rate of unrest per prefecture
};

using DemoProgress = std::function<void(const std::string& step)>;

// Where setup puts the demonstration world that the application opens by default:
// <userDataDir>/demo/china-simulated-r<revision of the generator>.aitocracy.
std::string defaultDemoProjectPath();

// Creates the project at `path` (which must not exist) holding `units` and the world.
// The file appears only when complete. `cancel` is looked at between the steps (and the
// calibration's trial runs): a cancelled build returns Error{"cancelled"} and leaves
// nothing behind.
Result<DemoSummary> buildDemoProject(const std::string& path, const UnitSet& units, const DemoConfig& config,
                                     const DemoProgress& progress = {}, const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core::sim
