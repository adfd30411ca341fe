#pragma once
// Shared by the commands: where units come from, and the --format option.
#include <map>
#include <optional>
#include <string>

#include "Output.h"
#include "common/Error.h"
#include "geo/Unit.h"
#include "store/ProjectStore.h"
#include "tabular/TextEncoding.h"

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

// The table importers' shared options: --encoding (utf-8, gb18030/gbk; empty: detect)
// and --map "field=column,field=column" (added to `into`).
core::Result<std::optional<core::TextEncoding>> parseEncodingOption(const std::string& text);
core::Result<void> parseColumnMap(const std::string& text, std::map<std::string, std::string>& into);

}  // namespace aitocracy::cli
