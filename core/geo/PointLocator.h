#pragma once
// Answers "which unit contains this lon/lat" for millions of points.
//
// Method: a uniform grid over the units' bounding box. Each cell keeps the edges that
// touch it and, per unit, whether the cell's centre lies inside (found once per grid
// row by a scanline sweep). A query walks from the centre to the point along two
// axis-parallel legs and flips the centre's status at each edge crossing (the usual
// crossing-number rule, half-open so a path through a vertex counts once), so the
// answer is exact for the stored rings at O(edges in one cell) cost. Cells crossed by
// no edge answer at once. There is no nearest-unit fallback: a point outside every
// unit (Hong Kong, Macau, Taiwan, the sea) has no unit.
#include "geo/Unit.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace aitocracy::core {

class PointLocator {
public:
    // Indexes each unit's `geometry` (not its drawing). cellDegrees: grid step.
    explicit PointLocator(const UnitSet& units, double cellDegrees = 0.05);

    // Index into units.units of the containing unit, or nullopt.
    [[nodiscard]] std::optional<std::size_t> locate(LonLat p) const;

    [[nodiscard]] std::size_t cellCount() const { return cols_ * rows_; }

private:
    struct Edge {
        double x0, y0, x1, y1;
        std::uint32_t unit;
    };
    struct CellUnit {
        std::uint32_t unit;
        bool centreInside;
    };
    struct Cell {
        std::uint32_t firstEdge = 0, edgeCount = 0;  // into cellEdges_
        std::uint32_t firstUnit = 0, unitCount = 0;  // into cellUnits_
    };

    void build(const UnitSet& units);
    [[nodiscard]] double centreX(std::size_t col) const { return minLon_ + (static_cast<double>(col) + 0.5) * step_; }
    [[nodiscard]] double centreY(std::size_t row) const { return minLat_ + (static_cast<double>(row) + 0.5) * step_; }

    double minLon_ = 0, minLat_ = 0, step_ = 0.05;
    std::size_t cols_ = 0, rows_ = 0;
    std::vector<Edge> edges_;
    std::vector<Cell> cells_;
    std::vector<std::uint32_t> cellEdges_;  // edge indices, grouped by cell
    std::vector<CellUnit> cellUnits_;       // candidate units, grouped by cell
};

}  // namespace aitocracy::core
