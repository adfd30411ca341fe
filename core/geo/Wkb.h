#pragma once
// Well-known binary (ISO/OGC WKB, 2D) for the project store's geometry columns.
#include "common/Error.h"
#include "geo/Geometry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace aitocracy::core {

// Little-endian MultiPolygon (type 6).
std::vector<std::uint8_t> toWkb(const MultiPolygon& geometry);

// Accepts Polygon (3) or MultiPolygon (6), either byte order.
Result<MultiPolygon> fromWkb(std::span<const std::uint8_t> wkb);

}  // namespace aitocracy::core
