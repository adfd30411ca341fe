#include "UnitSource.h"

#include "geo/BuiltinGeography.h"
#include "store/ProjectStore.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <map>

namespace aitocracy::cli {

core::Result<core::UnitSet> loadUnits(const std::string& projectPath)
{
    if (projectPath.empty()) return core::loadBuiltinGeography();
    auto store = core::ProjectStore::open(projectPath);
    if (!store) return std::unexpected(store.error());
    return store->loadUnits();
}

core::Result<core::ProjectStore> openOrCreateProject(const std::string& path)
{
    if (std::filesystem::exists(path)) return core::ProjectStore::open(path);
    auto units = core::loadBuiltinGeography();
    if (!units) return std::unexpected(units.error());
    return core::ProjectStore::create(path, *units, "builtin");
}

void addFormatOption(CLI::App& command, Format& format)
{
    const std::map<std::string, Format> formats{{"json", Format::json}, {"text", Format::text}};
    command.add_option("--format", format, "json or text")->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
}

}  // namespace aitocracy::cli
