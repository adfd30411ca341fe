#pragma once
// Conversions between OGR geometries and the core's plain MultiPolygon, and GDAL
// start-up. Only geo/*.cpp files that talk to GDAL include this.
#include "geo/Geometry.h"

#include <memory>

class OGRGeometry;
class OGRMultiPolygon;

namespace aitocracy::core {

// GDALAllRegister once per process, and GDAL's stderr chatter routed to CPLQuietErrorHandler
// (errors are read back with CPLGetLastErrorMsg and returned as core::Error).
void ensureGdalRegistered();

// Polygonal parts of `geometry` (Polygon, MultiPolygon, or the polygons inside a
// GeometryCollection); lines and points are dropped.
MultiPolygon toMultiPolygon(const OGRGeometry& geometry);

std::unique_ptr<OGRMultiPolygon> toOgr(const MultiPolygon& geometry);

// MakeValid, then keep the polygonal parts. Returns nullptr when nothing polygonal is left.
std::unique_ptr<OGRGeometry> makeValidPolygonal(const OGRGeometry& geometry);

}  // namespace aitocracy::core
