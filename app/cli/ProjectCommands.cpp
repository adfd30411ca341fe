#include "ProjectCommands.h"

#include "Output.h"
#include "UnitSource.h"
#include "geo/BuiltinGeography.h"
#include "geo/UnitLayerIO.h"
#include "store/ProjectStore.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct NewOptions {
    std::string project;
    BoundaryFileOptions boundaries;
};

struct InfoOptions {
    std::string project;
    Format format = Format::text;
};

int runNew(const NewOptions& o)
{
    UnitSet units;
    std::string source = "builtin";
    if (o.boundaries.path.empty()) {
        auto builtin = loadBuiltinGeography();
        if (!builtin) return printError(builtin.error().describe());
        units = std::move(*builtin);
    } else {
        auto imported = readBoundaryFile(o.boundaries);
        if (!imported) return printError(imported.error().describe());
        for (const auto& w : imported->report.warnings) std::cerr << "warning: " << w << '\n';
        units = std::move(imported->units);
        source = std::filesystem::path(o.boundaries.path).filename().string();
    }
    auto store = ProjectStore::create(o.project, units, source);
    if (!store) return printError(store.error().describe());
    std::cout << "created " << o.project << " with " << units.units.size() << " units (" << source << ")\n";
    return 0;
}

int runInfo(const InfoOptions& o)
{
    auto store = ProjectStore::open(o.project);
    if (!store) return printError(store.error().describe());
    auto info = store->info();
    if (!info) return printError(info.error().describe());
    Json out;
    out["project"] = o.project;
    out["schema_version"] = info->schemaVersion;
    out["app_version"] = info->appVersion;
    out["created_at"] = info->createdAt;
    out["simulated"] = info->simulated;
    out["boundaries"] = info->boundarySource;
    Json counts = Json::object();
    for (const auto& [table, n] : info->counts) counts[table] = n;
    out["counts"] = counts;
    Json periods = Json::object();
    for (const auto& [table, range] : info->periods) periods[table] = Json::array({range.first, range.second});
    out["periods"] = periods;
    if (info->counts["contracts"] > 0) {
        Json contracts = Json::object();
        for (const auto& [cls, n] : info->contractsByClass) contracts[cls] = n;
        out["contracts_by_class"] = contracts;
        out["contracts_unplaced_buyers"] = info->contractsUnplaced;
    }
    if (!info->truthJson.empty()) out["truth"] = Json::parse(info->truthJson, nullptr, false);
    print(out, o.format);
    return 0;
}

}  // namespace

void addProjectCommands(CLI::App& app, int& exitCode)
{
    auto created = std::make_shared<NewOptions>();
    auto* n = app.add_subcommand("new", "Create a project holding the built-in map or the given boundaries");
    n->add_option("--project", created->project, "project file to create (.aitocracy)")->required();
    n->add_option("--boundaries", created->boundaries.path, "boundary layer (GeoPackage, Shapefile, GeoJSON …)");
    n->add_option("--layer", created->boundaries.layer, "layer name (default: the first)");
    n->add_option("--code-field", created->boundaries.codeField, "field holding the unit code");
    n->add_option("--name-field", created->boundaries.nameField, "field holding the unit name");
    n->add_option("--name-en-field", created->boundaries.nameEnField, "field holding an English name");
    n->callback([created, &exitCode] { exitCode = runNew(*created); });

    auto info = std::make_shared<InfoOptions>();
    auto* i = app.add_subcommand("info", "Print counts of everything a project stores");
    i->add_option("--project", info->project, "project file")->required();
    addFormatOption(*i, info->format);
    i->callback([info, &exitCode] { exitCode = runInfo(*info); });
}

}  // namespace aitocracy::cli
