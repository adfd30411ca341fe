#include "MapGeometry.h"

#include <QElapsedTimer>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "LogCategories.h"

namespace aitocracy::gui {

namespace {

void addToRect(QRectF& rect, const QRectF& more)
{
    rect = rect.isNull() ? more : rect.united(more);
}

QPointF project(const core::AlbersProjection& projection, core::LonLat p)
{
    const core::ProjectedPoint q = projection.forward(p);
    return {q.x, q.y};
}

// Vertex key for matching shared edges: 1e-7° (about 1 cm), packed into 64 bits.
std::uint64_t vertexKey(core::LonLat p)
{
    const auto lon = static_cast<std::int64_t>(std::llround(p.lon * 1e7));
    const auto lat = static_cast<std::int64_t>(std::llround(p.lat * 1e7));
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(lon)) << 32) | static_cast<std::uint32_t>(lat);
}

struct SegmentKey {
    std::uint64_t a, b;  // a <= b: the same key whichever unit walks the edge
    bool operator==(const SegmentKey&) const = default;
};

struct SegmentKeyHash {
    std::size_t operator()(const SegmentKey& k) const noexcept
    {
        return std::hash<std::uint64_t>{}(k.a * 0x9E3779B97F4A7C15ULL ^ k.b);
    }
};

struct SegmentUse {
    std::uint32_t count = 0;
    std::uint32_t firstUnit = 0;
    bool betweenProvinces = false;
    bool emitted = false;
};

// Twice the signed area of a closed ring and its first moments (shoelace), for centroids.
struct RingMoments {
    double area2 = 0, cx = 0, cy = 0;
};

RingMoments momentsOf(const QPolygonF& ring)
{
    RingMoments m;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % n];
        const double cross = a.x() * b.y() - b.x() * a.y();
        m.area2 += cross;
        m.cx += (a.x() + b.x()) * cross;
        m.cy += (a.y() + b.y()) * cross;
    }
    return m;
}

SegmentKey segmentKey(core::LonLat p, core::LonLat q)
{
    const std::uint64_t a = vertexKey(p), b = vertexKey(q);
    return a <= b ? SegmentKey{a, b} : SegmentKey{b, a};
}

}  // namespace

MapGeometry::MapGeometry(const core::UnitSet& units, const core::AlbersProjection& projection)
{
    QElapsedTimer timer;
    timer.start();
    unitPaths_.reserve(units.units.size());
    unitRings_.reserve(units.units.size());
    unitBounds_.reserve(units.units.size());
    unitCentroids_.reserve(units.units.size());
    QRectF sanshaAll;
    for (std::size_t i = 0; i < units.units.size(); ++i) {
        const core::Unit& unit = units.units[i];
        const bool isSansha = unit.code == kSanshaCode;
        QPainterPath path;  // OddEvenFill: holes stay open whatever their orientation
        QList<QPolygonF> rings;
        QRectF unitRect;
        double area2 = 0, cx = 0, cy = 0;  // outer rings count positively, holes negatively
        for (const core::Polygon& polygon : unit.drawing) {
            QRectF polygonRect;
            double maxLat = -90;
            for (const core::Ring& ring : polygon.rings) {
                if (ring.size() < 3) continue;
                QPolygonF projected;
                projected.reserve(static_cast<qsizetype>(ring.size()));
                for (const core::LonLat& p : ring) {
                    projected.append(project(projection, p));
                    maxLat = std::max(maxLat, p.lat);
                }
                vertexCount_ += ring.size();
                path.addPolygon(projected);
                path.closeSubpath();
                const RingMoments m = momentsOf(projected);
                const double sign = (&ring == &polygon.rings.front()) == (m.area2 > 0) ? 1.0 : -1.0;
                area2 += sign * m.area2;
                cx += sign * m.cx;
                cy += sign * m.cy;
                addToRect(polygonRect, projected.boundingRect());
                rings.append(std::move(projected));
            }
            addToRect(unitRect, polygonRect);
            addToRect(fullExtent_, polygonRect);
            if (isSansha && maxLat < kSanshaExtentMinLat)
                addToRect(sanshaAll, polygonRect);
            else
                addToRect(fitExtent_, polygonRect);
        }
        unitPaths_.push_back(std::move(path));
        unitRings_.push_back(std::move(rings));
        unitBounds_.push_back(unitRect);
        unitCentroids_.push_back(area2 != 0 ? QPointF(cx / (3 * area2), cy / (3 * area2)) : unitRect.center());
        indexByCode_.insert(QString::fromStdString(unit.code), i);
    }
    if (fitExtent_.isNull()) fitExtent_ = fullExtent_;  // a map of nothing but reefs
    buildProvinceBorders(units, projection);
    qCDebug(lcMap) << "projected" << unitPaths_.size() << "units," << vertexCount_ << "vertices in" << timer.elapsed()
                   << "ms";
}

void MapGeometry::buildProvinceBorders(const core::UnitSet& units, const core::AlbersProjection& projection)
{
    // Count how often each edge occurs. The drawing layer is simplified with shared
    // arcs (topology-preserving), so an inner border appears twice with equal vertices.
    std::unordered_map<SegmentKey, SegmentUse, SegmentKeyHash> uses;
    uses.reserve(vertexCount_);
    for (std::uint32_t i = 0; i < units.units.size(); ++i) {
        const core::Unit& unit = units.units[i];
        for (const core::Polygon& polygon : unit.drawing)
            for (const core::Ring& ring : polygon.rings)
                for (std::size_t k = 1; k < ring.size(); ++k) {
                    SegmentUse& use = uses[segmentKey(ring[k - 1], ring[k])];
                    if (use.count == 0)
                        use.firstUnit = i;
                    else if (units.units[use.firstUnit].provinceCode != unit.provinceCode)
                        use.betweenProvinces = true;
                    ++use.count;
                }
    }
    // Walk the rings again and join consecutive border segments into polylines.
    std::size_t shared = 0;
    for (const auto& [key, use] : uses)
        if (use.count > 1) ++shared;
    for (const core::Unit& unit : units.units)
        for (const core::Polygon& polygon : unit.drawing)
            for (const core::Ring& ring : polygon.rings) {
                QPolygonF line;
                const auto finish = [this, &line] {
                    if (line.size() >= 2) {
                        provinceLineBounds_.append(line.boundingRect());
                        provinceLines_.append(std::move(line));
                    }
                    line = QPolygonF();
                };
                for (std::size_t k = 1; k < ring.size(); ++k) {
                    SegmentUse& use = uses[segmentKey(ring[k - 1], ring[k])];
                    if (!(use.count == 1 || use.betweenProvinces) || use.emitted) {
                        finish();
                        continue;
                    }
                    use.emitted = true;
                    if (line.isEmpty()) line.append(project(projection, ring[k - 1]));
                    line.append(project(projection, ring[k]));
                }
                finish();
            }
    qCDebug(lcMap) << uses.size() << "distinct edges," << shared << "shared by two units;" << provinceLines_.size()
                   << "province border lines";
}

std::optional<std::size_t> MapGeometry::indexOf(const QString& code) const
{
    const auto it = indexByCode_.constFind(code);
    if (it == indexByCode_.constEnd()) return std::nullopt;
    return *it;
}

}  // namespace aitocracy::gui
