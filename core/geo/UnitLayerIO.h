#pragma once
// Reading and writing unit layers through GDAL/OGR: the built-in GeoPackage and any
// boundary file a user brings (GeoPackage, Shapefile, GeoJSON, GADM level 2 …).
#include "common/Error.h"
#include "geo/Unit.h"

#include <string>
#include <vector>

namespace aitocracy::core {

// Layer names inside the built-in GeoPackage.
inline constexpr const char* kFullLayer = "prefectures";
inline constexpr const char* kDrawingLayer = "prefectures_draw";

// Writes `units` (their geometry) to layer kFullLayer and their drawing to kDrawingLayer
// of a new GeoPackage at `path` (replacing any file there), EPSG:4326, with attribute
// fields code, name_zh, name_en, province_code, province_name_zh, province_name_en, kind,
// and the gazetteer (units.places, when not empty) to the table kPlaceLayer.
Result<void> writeUnitGeoPackage(const UnitSet& units, const std::string& path);

// Reads a GeoPackage written by writeUnitGeoPackage (places empty when it has none).
Result<UnitSet> readUnitGeoPackage(const std::string& path);

// A user's boundary layer: which fields hold the code and the name.
struct BoundaryFileOptions {
    std::string path;
    std::string layer;          // empty: the first layer
    std::string codeField;      // required
    std::string nameField;      // required
    std::string nameEnField;    // optional
    std::string provinceField;  // optional (province code or name)
};

// What was repaired or skipped while reading, for the user to see.
struct BoundaryReport {
    std::size_t features = 0;
    std::size_t repaired = 0;           // invalid geometries made valid
    std::vector<std::string> warnings;  // one line per repair or skip
};

struct BoundaryImport {
    UnitSet units;
    BoundaryReport report;
};

// Reads any GDAL polygon layer. Missing fields (the error lists the fields the layer
// has), non-polygon layers, empty or duplicate codes are errors; invalid geometries are
// repaired (MakeValid) and reported. Reprojects to WGS 84 lon/lat when needed.
// The drawing geometry is a topology-preserving simplification of each unit.
Result<BoundaryImport> readBoundaryFile(const BoundaryFileOptions& options);

}  // namespace aitocracy::core
