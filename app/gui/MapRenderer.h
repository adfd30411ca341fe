#pragma once
// Renders the base layer of the map (sea, unit fills, unit borders, province borders) for
// one viewport. The outlines are mapped to pixels and thinned to about one vertex per
// pixel first (project()), and the borders drawn as polylines: that is 5–10× faster than
// letting QPainter transform and stroke one big path (a 1.3 px pen on one 50 000-segment
// path goes through QStroker and takes 200+ ms; per-line it takes ~15 ms).
//
// Projection and borders are kept per viewport, so recolouring the units (a choropleth
// stepping through periods) only refills the cached pixel paths and lays the cached
// borders on top: no re-projection, no re-stroking.
#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <vector>

namespace aitocracy::gui {

class MapGeometry;
class MapViewport;

// The map's outlines in one viewport's pixels.
struct ScreenOutlines {
    std::vector<QPainterPath> unitPaths;  // per unit, OddEvenFill; empty when off screen
    QList<QPolygonF> unitRings;           // every visible ring, for the unit borders
    QList<QPolygonF> provinceLines;       // visible province borders and coasts
};

class MapRenderer {
public:
    [[nodiscard]] static ScreenOutlines project(const MapGeometry& geometry, const MapViewport& viewport);
    // Unit and province borders on a transparent pixmap.
    [[nodiscard]] static QPixmap renderBorders(const ScreenOutlines& outlines, QSizeF size, qreal devicePixelRatio);
    // Sea, the units filled, then `borders` on top. `fills` is per unit: empty means plain
    // land everywhere; an invalid colour means "no data" (hatched).
    [[nodiscard]] static QPixmap renderBase(const ScreenOutlines& outlines, const QPixmap& borders,
                                            const std::vector<QColor>& fills, QSizeF size, qreal devicePixelRatio);
};

}  // namespace aitocracy::gui
