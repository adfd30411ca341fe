#include "geo/BoundariesAsOf.h"

#include "geo/CodeCrosswalk.h"
#include "geo/OgrConvert.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <map>

namespace aitocracy::core {
namespace {

// The union of two outlines, valid and polygonal.
Result<MultiPolygon> unite(const MultiPolygon& a, const MultiPolygon& b)
{
    const auto ga = toOgr(a), gb = toOgr(b);
    std::unique_ptr<OGRGeometry> merged(ga->Union(gb.get()));
    if (!merged) return fail("geometry", "union of two outlines failed");
    auto valid = makeValidPolygonal(*merged);
    if (!valid) return fail("geometry", "merged outline has no area");
    return toMultiPolygon(*valid);
}

}  // namespace

Result<UnitSet> boundariesAsOf(const UnitSet& units, int year)
{
    UnitSet result;
    result.attribution = units.attribution;
    std::map<std::string, std::size_t> index;
    for (const auto& u : units.units) {
        index[u.code] = result.units.size();
        result.units.push_back(u);
    }
    std::vector<std::string> absorbed;
    for (const auto& u : units.units) {
        const std::string successor = unitCodeAsOf(u.code, year);
        const auto target = index.find(successor);
        if (successor == u.code || target == index.end()) continue;
        Unit& into = result.units[target->second];
        auto geometry = unite(into.geometry, u.geometry);
        if (!geometry) return std::unexpected(geometry.error());
        auto drawing = unite(into.drawing, u.drawing);
        if (!drawing) return std::unexpected(drawing.error());
        into.geometry = std::move(*geometry);
        into.drawing = std::move(*drawing);
        absorbed.push_back(u.code);
    }
    std::erase_if(result.units, [&](const Unit& u) { return std::find(absorbed.begin(), absorbed.end(), u.code) != absorbed.end(); });
    return result;
}

}  // namespace aitocracy::core
