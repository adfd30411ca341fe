#include "geo/PointLocator.h"

#include <algorithm>
#include <cmath>

namespace aitocracy::core {
namespace {

// Half-open straddle rule shared by the index build and the queries: a vertex lying
// exactly on the line counts as above it, so a path through a vertex crosses once.
bool straddlesY(double y0, double y1, double y) { return (y0 > y) != (y1 > y); }
double xAtY(double x0, double y0, double x1, double y1, double y) { return x0 + (y - y0) * (x1 - x0) / (y1 - y0); }

struct Crossing {
    double x;
    std::uint32_t unit;
};

void toggle(std::vector<std::uint32_t>& inside, std::uint32_t unit)
{
    const auto it = std::find(inside.begin(), inside.end(), unit);
    if (it == inside.end())
        inside.push_back(unit);
    else
        inside.erase(it);
}

}  // namespace

PointLocator::PointLocator(const UnitSet& units, double cellDegrees) : step_(cellDegrees) { build(units); }

void PointLocator::build(const UnitSet& units)
{
    BoundingBox box;
    for (std::uint32_t u = 0; u < units.units.size(); ++u) {
        const auto& geometry = units.units[u].geometry;
        box.add(boundsOf(geometry));
        for (const auto& polygon : geometry)
            for (const auto& ring : polygon.rings)
                for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                    const LonLat a = ring[i], b = ring[i + 1];
                    if (a.lon != b.lon || a.lat != b.lat) edges_.push_back({a.lon, a.lat, b.lon, b.lat, u});
                }
    }
    if (box.empty()) return;
    minLon_ = box.minLon;
    minLat_ = box.minLat;
    cols_ = static_cast<std::size_t>((box.maxLon - box.minLon) / step_) + 1;
    rows_ = static_cast<std::size_t>((box.maxLat - box.minLat) / step_) + 1;
    cells_.assign(cols_ * rows_, Cell{});

    auto colOf = [&](double lon) { return std::min(cols_ - 1, static_cast<std::size_t>((lon - minLon_) / step_)); };
    auto rowOf = [&](double lat) { return std::min(rows_ - 1, static_cast<std::size_t>((lat - minLat_) / step_)); };

    // Edges into the cells their bounding boxes touch (two passes: count, then fill).
    auto forEachCellOf = [&](const Edge& e, auto&& fn) {
        const std::size_t c0 = colOf(std::min(e.x0, e.x1)), c1 = colOf(std::max(e.x0, e.x1));
        const std::size_t r0 = rowOf(std::min(e.y0, e.y1)), r1 = rowOf(std::max(e.y0, e.y1));
        for (std::size_t r = r0; r <= r1; ++r)
            for (std::size_t c = c0; c <= c1; ++c) fn(r * cols_ + c);
    };
    for (const auto& e : edges_) forEachCellOf(e, [&](std::size_t cell) { ++cells_[cell].edgeCount; });
    std::uint32_t offset = 0;
    for (auto& cell : cells_) {
        cell.firstEdge = offset;
        offset += cell.edgeCount;
        cell.edgeCount = 0;
    }
    cellEdges_.resize(offset);
    for (std::uint32_t i = 0; i < edges_.size(); ++i)
        forEachCellOf(edges_[i], [&](std::size_t cell) {
            auto& c = cells_[cell];
            cellEdges_[c.firstEdge + c.edgeCount++] = i;
        });

    // Crossings of each row's centre line, for the scanline sweep below.
    std::vector<std::vector<Crossing>> rowCrossings(rows_);
    for (const auto& e : edges_) {
        const double lo = std::min(e.y0, e.y1), hi = std::max(e.y0, e.y1);
        const double rFirst = std::ceil((lo - minLat_) / step_ - 0.5);
        const double rLast = std::floor((hi - minLat_) / step_ - 0.5);
        for (double rd = std::max(0.0, rFirst); rd <= rLast && rd < static_cast<double>(rows_); ++rd) {
            const auto r = static_cast<std::size_t>(rd);
            const double cy = centreY(r);
            if (straddlesY(e.y0, e.y1, cy)) rowCrossings[r].push_back({xAtY(e.x0, e.y0, e.x1, e.y1, cy), e.unit});
        }
    }

    // Sweep each row from the east: a unit contains a centre when an odd number of its
    // crossings lie east of it (the crossing-number rule with a ray towards +lon).
    std::vector<std::uint32_t> inside, candidates;
    for (std::size_t r = 0; r < rows_; ++r) {
        auto& crossings = rowCrossings[r];
        std::sort(crossings.begin(), crossings.end(), [](const Crossing& a, const Crossing& b) { return a.x > b.x; });
        inside.clear();
        std::size_t next = 0;
        for (std::size_t c = cols_; c-- > 0;) {
            const double cx = centreX(c);
            while (next < crossings.size() && crossings[next].x > cx) toggle(inside, crossings[next++].unit);
            Cell& cell = cells_[r * cols_ + c];
            candidates = inside;
            for (std::uint32_t k = 0; k < cell.edgeCount; ++k) {
                const std::uint32_t unit = edges_[cellEdges_[cell.firstEdge + k]].unit;
                if (std::find(candidates.begin(), candidates.end(), unit) == candidates.end()) candidates.push_back(unit);
            }
            std::sort(candidates.begin(), candidates.end());
            cell.firstUnit = static_cast<std::uint32_t>(cellUnits_.size());
            cell.unitCount = static_cast<std::uint32_t>(candidates.size());
            for (const auto unit : candidates)
                cellUnits_.push_back({unit, std::find(inside.begin(), inside.end(), unit) != inside.end()});
        }
    }
}

std::optional<std::size_t> PointLocator::locate(LonLat p) const
{
    if (cells_.empty() || !(p.lon >= minLon_) || !(p.lat >= minLat_)) return std::nullopt;
    const auto col = static_cast<std::size_t>((p.lon - minLon_) / step_);
    const auto row = static_cast<std::size_t>((p.lat - minLat_) / step_);
    if (col >= cols_ || row >= rows_) return std::nullopt;
    const Cell& cell = cells_[row * cols_ + col];
    const double cx = centreX(col), cy = centreY(row);
    // Leg 1 runs along y = cy from cx to p.lon; leg 2 along x = p.lon from cy to p.lat.
    const double xLo = std::min(cx, p.lon), xHi = std::max(cx, p.lon);
    const double yLo = std::min(cy, p.lat), yHi = std::max(cy, p.lat);
    for (std::uint32_t k = 0; k < cell.unitCount; ++k) {
        const CellUnit& candidate = cellUnits_[cell.firstUnit + k];
        bool inside = candidate.centreInside;
        for (std::uint32_t i = 0; i < cell.edgeCount; ++i) {
            const Edge& e = edges_[cellEdges_[cell.firstEdge + i]];
            if (e.unit != candidate.unit) continue;
            if (straddlesY(e.y0, e.y1, cy)) {
                const double x = xAtY(e.x0, e.y0, e.x1, e.y1, cy);
                if (x > xLo && x <= xHi) inside = !inside;
            }
            if (straddlesY(e.x0, e.x1, p.lon)) {
                const double y = xAtY(e.y0, e.x0, e.y1, e.x1, p.lon);
                if (y > yLo && y <= yHi) inside = !inside;
            }
        }
        if (inside) return candidate.unit;
    }
    return std::nullopt;
}

}  // namespace aitocracy::core
