#pragma once
// Renders the base layer of the map (land, unit borders, province borders) for one
// viewport into a pixmap. The outlines are mapped to pixels and thinned to about one
// vertex per pixel first, and drawn as polylines: that is 5–10× faster than letting
// QPainter transform and stroke one big path (a 1.3 px pen on one 50 000-segment path
// goes through QStroker and takes 200+ ms; per-line it takes ~15 ms).
#include <QPixmap>

namespace aitocracy::gui {

class MapGeometry;
class MapViewport;

class MapRenderer {
public:
    [[nodiscard]] static QPixmap renderBase(const MapGeometry& geometry, const MapViewport& viewport,
                                            qreal devicePixelRatio);
};

}  // namespace aitocracy::gui
