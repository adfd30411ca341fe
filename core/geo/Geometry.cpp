#include "geo/Geometry.h"

namespace aitocracy::core {

BoundingBox boundsOf(const Polygon& polygon)
{
    BoundingBox box;
    if (!polygon.rings.empty())
        for (const auto& p : polygon.rings.front()) box.add(p);
    return box;
}

BoundingBox boundsOf(const MultiPolygon& geometry)
{
    BoundingBox box;
    for (const auto& polygon : geometry) box.add(boundsOf(polygon));
    return box;
}

std::size_t vertexCount(const MultiPolygon& geometry)
{
    std::size_t n = 0;
    for (const auto& polygon : geometry)
        for (const auto& ring : polygon.rings) n += ring.size();
    return n;
}

}  // namespace aitocracy::core
