#pragma once
// Shared by the commands: where units come from, and the --format option.
#include "Output.h"
#include "common/Error.h"
#include "geo/Unit.h"
#include "store/ProjectStore.h"

#include <string>

namespace CLI {
class App;
}

namespace aitocracy::cli {

// The project's units when a project is named, else the built-in map.
core::Result<core::UnitSet> loadUnits(const std::string& projectPath);

// Opens the project at `path`, or creates it with the built-in map when there is no file
// there yet (importing into a new project is how most projects start).
core::Result<core::ProjectStore> openOrCreateProject(const std::string& path);

void addFormatOption(CLI::App& command, Format& format);

}  // namespace aitocracy::cli
