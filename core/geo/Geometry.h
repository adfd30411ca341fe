#pragma once
// Plain polygon geometry in geographic coordinates (WGS 84, degrees, lon/lat order).
// Core code works on these; GDAL types stay inside the files that read and write layers.
#include <vector>

namespace aitocracy::core {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

// A closed ring: first point repeated as last point (as in WKB / GeoJSON).
using Ring = std::vector<LonLat>;

struct Polygon {
    std::vector<Ring> rings;  // rings[0] is the outer ring, the others are holes
};

using MultiPolygon = std::vector<Polygon>;

struct BoundingBox {
    double minLon = 1e300, minLat = 1e300, maxLon = -1e300, maxLat = -1e300;
    [[nodiscard]] bool empty() const { return minLon > maxLon; }
    void add(LonLat p)
    {
        if (p.lon < minLon) minLon = p.lon;
        if (p.lon > maxLon) maxLon = p.lon;
        if (p.lat < minLat) minLat = p.lat;
        if (p.lat > maxLat) maxLat = p.lat;
    }
    void add(const BoundingBox& b)
    {
        if (b.empty()) return;
        add(LonLat{b.minLon, b.minLat});
        add(LonLat{b.maxLon, b.maxLat});
    }
    [[nodiscard]] bool contains(LonLat p) const
    {
        return p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat;
    }
};

BoundingBox boundsOf(const Polygon& polygon);
BoundingBox boundsOf(const MultiPolygon& geometry);
std::size_t vertexCount(const MultiPolygon& geometry);

}  // namespace aitocracy::core
