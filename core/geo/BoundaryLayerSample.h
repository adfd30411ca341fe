#pragma once
// A first look at a boundary file through GDAL, without reading its geometries: the layer
// readBoundaryFile would read (the first, unless named), its attribute fields, the first
// features' attributes and how many features it has. The import wizard shows this and
// import kind detection asks it whether GDAL sees polygons.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

struct BoundaryLayerSample {
    std::string layer;
    std::string geometryType;                    // as GDAL names it, e.g. "Multi Polygon"
    bool polygonal = false;                      // polygons, or geometry of unknown type
    std::vector<std::string> fields;             // attribute field names
    std::vector<std::vector<std::string>> rows;  // the first features' attributes, trimmed, UTF-8
    // Counted for a polygonal layer; 0 for others, which readBoundaryFile refuses anyway
    // (and for which GDAL may read a whole text file to count).
    std::int64_t features = 0;
};

// Errors: "io" (missing file), "format" (GDAL opens no vector layer there: the message says so).
Result<BoundaryLayerSample> sampleBoundaryLayer(const std::string& path, std::size_t maxRows,
                                                const std::string& layer = {});

}  // namespace aitocracy::core
