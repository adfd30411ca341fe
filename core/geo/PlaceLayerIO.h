#pragma once
// The gazetteer inside the built-in GeoPackage: a non-spatial table (layer kPlaceLayer,
// GeoPackage data_type "attributes") with fields code, name_zh, level, unit_code
// (empty for none).
#include "common/Error.h"
#include "geo/Place.h"

#include <vector>

class GDALDataset;

namespace aitocracy::core {

inline constexpr const char* kPlaceLayer = "places";

Result<void> writePlaceLayer(GDALDataset& ds, const std::vector<Place>& places);

// The rows of kPlaceLayer; empty when the file has no such layer (maps built before
// the gazetteer existed).
Result<std::vector<Place>> readPlaceLayer(GDALDataset& ds);

}  // namespace aitocracy::core
