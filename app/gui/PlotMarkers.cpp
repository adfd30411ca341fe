#include "PlotMarkers.h"

#include <QPolygonF>

namespace aitocracy::gui::plot {

QPainterPath markerPath(Shape shape, QPointF c, double r)
{
    QPainterPath path;
    switch (shape) {
        case Shape::Circle:
            path.addEllipse(c, r, r);
            break;
        case Shape::Square: {
            const double s = r * 0.88;
            path.addRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s));
            break;
        }
        case Shape::TriangleUp:
        case Shape::TriangleDown: {
            const double t = r * 1.25, sign = shape == Shape::TriangleUp ? 1 : -1;
            path.addPolygon(QPolygonF{{c.x(), c.y() - sign * t},
                                      {c.x() + 0.866 * t, c.y() + sign * 0.5 * t},
                                      {c.x() - 0.866 * t, c.y() + sign * 0.5 * t}});
            path.closeSubpath();
            break;
        }
        case Shape::Plus: {
            const double a = r * 0.42, l = r * 1.15;
            path.addPolygon(QPolygonF{{c.x() - a, c.y() - l},
                                      {c.x() + a, c.y() - l},
                                      {c.x() + a, c.y() - a},
                                      {c.x() + l, c.y() - a},
                                      {c.x() + l, c.y() + a},
                                      {c.x() + a, c.y() + a},
                                      {c.x() + a, c.y() + l},
                                      {c.x() - a, c.y() + l},
                                      {c.x() - a, c.y() + a},
                                      {c.x() - l, c.y() + a},
                                      {c.x() - l, c.y() - a},
                                      {c.x() - a, c.y() - a}});
            path.closeSubpath();
            break;
        }
        case Shape::Diamond: {
            const double d = r * 1.2;
            path.addPolygon(QPolygonF{{c.x(), c.y() - d}, {c.x() + d, c.y()}, {c.x(), c.y() + d}, {c.x() - d, c.y()}});
            path.closeSubpath();
            break;
        }
    }
    return path;
}

}  // namespace aitocracy::gui::plot
