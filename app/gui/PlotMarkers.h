#pragma once
// Marker shapes for plots read in grayscale too: each series has its own outline.
#include <QPainterPath>
#include <QPointF>

namespace aitocracy::gui::plot {

enum class Shape { Circle, Square, TriangleUp, TriangleDown, Plus, Diamond };

// Marker outlines of about the same visual weight for one radius.
QPainterPath markerPath(Shape shape, QPointF c, double r);

}  // namespace aitocracy::gui::plot
