// Point location benchmark: PointLocator against the naive GDAL route (a spatial filter
// on the GeoPackage layer, then OGRGeometry::Contains on each candidate), both measured
// in this run on the same random points in China's bounding box. Prints per-point
// times and their ratio. Usage: bench_locate [points=1000000] [baseline points=20000]
#include "geo/BuiltinGeography.h"
#include "geo/OgrConvert.h"
#include "geo/PointLocator.h"
#include "geo/UnitLayerIO.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace aitocracy::core;
using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

int main(int argc, char** argv)
{
    const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
    const std::size_t nBaseline = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20000;
    auto units = loadBuiltinGeography();
    if (!units) {
        std::fprintf(stderr, "%s\n", units.error().describe().c_str());
        return 1;
    }
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> lon(73.5, 135.1), lat(18.1, 53.6);
    std::vector<LonLat> points(n);
    for (auto& p : points) p = {lon(rng), lat(rng)};

    auto t0 = Clock::now();
    const PointLocator locator(*units);
    const double buildSeconds = secondsSince(t0);
    t0 = Clock::now();
    std::size_t found = 0;
    std::vector<int> answers(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto hit = locator.locate(points[i]);
        answers[i] = hit ? static_cast<int>(*hit) : -1;
        found += hit ? 1 : 0;
    }
    const double ours = secondsSince(t0) / static_cast<double>(n);

    ensureGdalRegistered();
    GDALDataset* ds = GDALDataset::Open(builtinGeoPackagePath().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    OGRLayer* layer = ds ? ds->GetLayerByName(kFullLayer) : nullptr;
    if (!layer) return 1;
    std::size_t disagreements = 0;
    t0 = Clock::now();
    for (std::size_t i = 0; i < nBaseline && i < n; ++i) {
        OGRPoint point(points[i].lon, points[i].lat);
        layer->SetSpatialFilter(&point);
        layer->ResetReading();
        std::string code;
        for (auto& feature : *layer)
            if (feature->GetGeometryRef()->Contains(&point)) {
                code = feature->GetFieldAsString("code");
                break;
            }
        const std::string mine = answers[i] >= 0 ? units->units[static_cast<std::size_t>(answers[i])].code : std::string();
        disagreements += code != mine ? 1 : 0;
    }
    const double baseline = secondsSince(t0) / static_cast<double>(std::min(nBaseline, n));
    GDALClose(ds);

    std::printf("points: %zu (%zu inside a unit); baseline sample: %zu\n", n, found, std::min(nBaseline, n));
    std::printf("index build: %.2f s (%zu cells)\n", buildSeconds, locator.cellCount());
    std::printf("PointLocator: %.3f us/point (%.2f s for all)\n", ours * 1e6, ours * static_cast<double>(n));
    std::printf("GDAL filter + Contains: %.1f us/point\n", baseline * 1e6);
    std::printf("speed-up: %.0fx (target >= 20x); answers differing on the sample: %zu (units overlap in places)\n",
                baseline / ours, disagreements);
    return 0;
}
