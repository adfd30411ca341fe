#pragma once
// What the map draws, projected once: each unit's simplified `drawing` in Albers metres
// (y north) as rings and as a QPainterPath, the province borders as polylines, and the
// default extent. Built when the units change; never touched while panning.
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

#include "geo/AlbersProjection.h"
#include "geo/Unit.h"

namespace aitocracy::gui {

class MapGeometry {
public:
    MapGeometry() = default;
    MapGeometry(const core::UnitSet& units, const core::AlbersProjection& projection);

    [[nodiscard]] bool isEmpty() const { return unitPaths_.empty(); }
    [[nodiscard]] std::size_t unitCount() const { return unitPaths_.size(); }
    // One path per unit (holes open: OddEvenFill), for overlays such as the selection.
    [[nodiscard]] const QPainterPath& unitPath(std::size_t index) const { return unitPaths_[index]; }
    // The same outlines as closed rings, and their bounds, for the base layer renderer.
    [[nodiscard]] const QList<QPolygonF>& unitRings(std::size_t index) const { return unitRings_[index]; }
    [[nodiscard]] const QRectF& unitBounds(std::size_t index) const { return unitBounds_[index]; }
    // Area centroid of the unit's drawing (holes subtracted): where rubber-band selection
    // looks for it.
    [[nodiscard]] QPointF unitCentroid(std::size_t index) const { return unitCentroids_[index]; }
    // Polylines where two provinces meet or the land ends (coast, national border).
    [[nodiscard]] const QList<QPolygonF>& provinceBorders() const { return provinceLines_; }
    [[nodiscard]] const QList<QRectF>& provinceBorderBounds() const { return provinceLineBounds_; }

    // The extent "fit" shows: every unit, but not the far-south reefs of Sansha.
    [[nodiscard]] QRectF fitExtent() const { return fitExtent_; }
    [[nodiscard]] QRectF fullExtent() const { return fullExtent_; }

    [[nodiscard]] std::optional<std::size_t> indexOf(const QString& code) const;
    [[nodiscard]] std::size_t vertexCount() const { return vertexCount_; }

    // Sansha (三沙市): its reefs reach 4°N and would make China's default view tiny, so
    // its parts lying wholly south of kSanshaExtentMinLat stay out of the fit extent.
    // 15°N keeps the Paracels (15.7–17.1°N), Zhongsha and Huangyan (15.1°N) inside, so
    // the view does not end in half-cut islands just south of Hainan (as it does with
    // 17°N), while the Spratlys (4–12°N) stay out: 8% less map scale, no stretching.
    static constexpr const char* kSanshaCode = "460300";
    static constexpr double kSanshaExtentMinLat = 15.0;

private:
    void buildProvinceBorders(const core::UnitSet& units, const core::AlbersProjection& projection);

    std::vector<QPainterPath> unitPaths_;
    std::vector<QList<QPolygonF>> unitRings_;
    std::vector<QRectF> unitBounds_;
    std::vector<QPointF> unitCentroids_;
    QList<QPolygonF> provinceLines_;
    QList<QRectF> provinceLineBounds_;
    QRectF fitExtent_, fullExtent_;
    QHash<QString, std::size_t> indexByCode_;
    std::size_t vertexCount_ = 0;
};

}  // namespace aitocracy::gui
