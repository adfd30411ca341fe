#include "MapRenderer.h"

#include <QPainter>
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

QPixmap blankPixmap(QSizeF size, qreal devicePixelRatio, const QColor& fill)
{
    QPixmap pixmap((size * devicePixelRatio).toSize());
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(fill);
    return pixmap;
}

}  // namespace

ScreenOutlines MapRenderer::project(const MapGeometry& geometry, const MapViewport& viewport)
{
    constexpr double minStepPx = 0.75;
    const QTransform transform = viewport.transform();
    const QRectF visible = transform.inverted().mapRect(QRectF(QPointF(0, 0), viewport.size()));
    ScreenOutlines out;
    out.unitPaths.resize(geometry.unitCount());
    for (std::size_t i = 0; i < geometry.unitCount(); ++i) {
        if (!overlaps(geometry.unitBounds(i), visible)) continue;
        QPainterPath& path = out.unitPaths[i];  // OddEvenFill keeps holes open
        for (const QPolygonF& ring : geometry.unitRings(i)) {
            QPolygonF screen = toScreen(ring, transform, minStepPx);
            path.addPolygon(screen);
            path.closeSubpath();
            out.unitRings.append(std::move(screen));
        }
    }
    const QList<QPolygonF>& lines = geometry.provinceBorders();
    const QList<QRectF>& bounds = geometry.provinceBorderBounds();
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (overlaps(bounds[i], visible)) out.provinceLines.append(toScreen(lines[i], transform, minStepPx));
    return out;
}

QPixmap MapRenderer::renderBorders(const ScreenOutlines& outlines, QSizeF size, qreal devicePixelRatio)
{
    QPixmap pixmap = blankPixmap(size, devicePixelRatio, Qt::transparent);
    if (pixmap.isNull()) return pixmap;
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(cosmeticPen(MapStyle::unitBorder(), MapStyle::unitBorderWidth));
    for (const QPolygonF& ring : outlines.unitRings) p.drawPolyline(ring);
    p.setPen(cosmeticPen(MapStyle::provinceBorder(), MapStyle::provinceBorderWidth));
    for (const QPolygonF& line : outlines.provinceLines) p.drawPolyline(line);
    return pixmap;
}

QPixmap MapRenderer::renderBase(const ScreenOutlines& outlines, const QPixmap& borders,
                                const std::vector<QColor>& fills, QSizeF size, qreal devicePixelRatio)
{
    QPixmap pixmap = blankPixmap(size, devicePixelRatio, MapStyle::background());
    if (pixmap.isNull()) return pixmap;
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const bool coloured = !fills.empty();
    const QBrush land(MapStyle::land()), noData(MapStyle::noDataFill());
    const QBrush hatch(MapStyle::noDataHatch(), Qt::BDiagPattern);
    for (std::size_t i = 0; i < outlines.unitPaths.size(); ++i) {
        const QPainterPath& path = outlines.unitPaths[i];
        if (path.isEmpty()) continue;
        if (!coloured) {
            p.fillPath(path, land);
        } else if (i < fills.size() && fills[i].isValid()) {
            p.fillPath(path, fills[i]);
        } else {
            p.fillPath(path, noData);
            p.fillPath(path, hatch);
        }
    }
    p.drawPixmap(QPointF(0, 0), borders);
    return pixmap;
}

}  // namespace aitocracy::gui
