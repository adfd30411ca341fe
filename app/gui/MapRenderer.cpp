#include "MapRenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "MapGeometry.h"
#include "MapStyle.h"
#include "MapViewport.h"

namespace aitocracy::gui {

namespace {

// Maps `line` to pixels, dropping vertices closer than `minStepPx` (L1) to the last
// kept one; the first and last vertices always stay, so rings stay closed and shared
// borders still meet.
QPolygonF toScreen(const QPolygonF& line, const QTransform& transform, double minStepPx)
{
    QPolygonF out;
    out.reserve(line.size());
    QPointF last;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = transform.map(line[i]);
        if (i == 0 || i == n - 1 || std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= minStepPx) {
            out.append(p);
            last = p;
        }
    }
    return out;
}

// Like QRectF::intersects, but true for the zero-width bounds of a straight line too.
bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

QPen cosmeticPen(const QColor& colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);  // round joins would triple the stroking time of the thick lines
    return pen;
}

}  // namespace

QPixmap MapRenderer::renderBase(const MapGeometry& geometry, const MapViewport& viewport, qreal devicePixelRatio)
{
    constexpr double minStepPx = 0.75;
    QPixmap pixmap((viewport.size() * devicePixelRatio).toSize());
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(MapStyle::background());
    if (pixmap.isNull()) return pixmap;

    const QTransform transform = viewport.transform();
    const QRectF visible = transform.inverted().mapRect(QRectF(QPointF(0, 0), viewport.size()));
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);

    QList<QPolygonF> outlines;
    p.setPen(Qt::NoPen);
    p.setBrush(MapStyle::land());
    for (std::size_t i = 0; i < geometry.unitCount(); ++i) {
        if (!overlaps(geometry.unitBounds(i), visible)) continue;
        QPainterPath path;  // OddEvenFill keeps holes open
        for (const QPolygonF& ring : geometry.unitRings(i)) {
            QPolygonF screen = toScreen(ring, transform, minStepPx);
            path.addPolygon(screen);
            path.closeSubpath();
            outlines.append(std::move(screen));
        }
        p.drawPath(path);
    }

    p.setPen(cosmeticPen(MapStyle::unitBorder(), MapStyle::unitBorderWidth));
    for (const QPolygonF& ring : outlines) p.drawPolyline(ring);

    p.setPen(cosmeticPen(MapStyle::provinceBorder(), MapStyle::provinceBorderWidth));
    const QList<QPolygonF>& lines = geometry.provinceBorders();
    const QList<QRectF>& bounds = geometry.provinceBorderBounds();
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (overlaps(bounds[i], visible)) p.drawPolyline(toScreen(lines[i], transform, minStepPx));
    return pixmap;
}

}  // namespace aitocracy::gui
