#include "MapFigure.h"

#include <QFontMetricsF>
#include <QPainter>

#include "MapGeometry.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "MapViewport.h"

namespace aitocracy::gui {
namespace {

QColor forStyle(const QColor& c, const FigureStyle& style)
{
    if (!style.grayscale || !c.isValid()) return c;
    const int g = qGray(c.rgb());
    return QColor(g, g, g, c.alpha());
}

QBrush noDataBrush(const FigureStyle& style)
{
    return QBrush(forStyle(MapStyle::noDataHatch(), style), Qt::BDiagPattern);
}

// The legend's width: the widest of its title and rows, within a third of the figure.
double legendWidth(const QFontMetricsF& fm, const MapFigureContent& c, double swatch, double maxWidth)
{
    double w = fm.horizontalAdvance(c.legendTitle);
    for (const auto& e : c.legend)
        w = std::max(w, swatch * 1.6 + fm.horizontalAdvance(QStringLiteral("%1 (%2)").arg(e.label).arg(e.count)));
    return std::min(w + swatch * 0.5, maxWidth);
}

void paintLegend(QPainter& painter, const QRectF& box, const FigureStyle& style, const MapFigureContent& c,
                 double swatch)
{
    const QFontMetricsF fm(painter.font());
    const double row = std::max(swatch * 1.35, fm.height() * 1.25);
    double y = box.top();
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    // Long column names have no spaces: wrap anywhere rather than cut them.
    const QRectF titleRect(box.left(), y, box.width(), box.height());
    QRectF used;
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, c.legendTitle, &used);
    y += used.height() + fm.height() * 0.4;
    bold.setBold(false);
    painter.setFont(bold);
    for (const auto& e : c.legend) {
        const QRectF sw(box.left(), y + (row - swatch) / 2, swatch * 1.2, swatch);
        if (e.colour.isValid()) {
            painter.fillRect(sw, forStyle(e.colour, style));
        } else {
            painter.fillRect(sw, forStyle(MapStyle::noDataFill(), style));
            painter.fillRect(sw, noDataBrush(style));
        }
        painter.setPen(QPen(QColor(120, 120, 120), 0.5 * style.unitsPerPoint));
        painter.drawRect(sw);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(sw.right() + swatch * 0.4, y, box.right() - sw.right(), row),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 (%2)").arg(e.label).arg(e.count));
        y += row;
    }
}

}  // namespace

void paintMapFigure(QPainter& painter, const QRectF& area, const FigureStyle& style, const MapFigureContent& content)
{
    if (!content.geometry) return;
    const QFontMetricsF fm(painter.font());
    const double swatch = fm.height() * 0.8;
    QRectF mapRect = area;
    if (!content.legend.empty()) {
        const double w = legendWidth(fm, content, swatch, area.width() / 3);
        paintLegend(painter, QRectF(area.right() - w, area.top() + swatch, w, area.height() - swatch), style, content,
                    swatch);
        mapRect.setRight(area.right() - w - swatch);
    }
    MapViewport viewport;
    viewport.setSize(mapRect.size());
    viewport.fit(content.geometry->fitExtent(), 2 * style.unitsPerPoint);
    const ScreenOutlines outlines = MapRenderer::project(*content.geometry, viewport);
    painter.save();
    painter.translate(mapRect.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), mapRect.size()));
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < outlines.unitPaths.size(); ++i) {
        const QPainterPath& path = outlines.unitPaths[i];
        if (path.isEmpty()) continue;
        const QColor fill = i < content.fills.size() ? content.fills[i] : MapStyle::land();
        if (fill.isValid()) {
            painter.fillPath(path, forStyle(fill, style));
        } else {
            painter.fillPath(path, forStyle(MapStyle::noDataFill(), style));
            painter.fillPath(path, noDataBrush(style));
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(forStyle(MapStyle::unitBorder(), style), 0.25 * style.unitsPerPoint));
    for (const QPolygonF& ring : outlines.unitRings) painter.drawPolyline(ring);
    painter.setPen(QPen(forStyle(MapStyle::provinceBorder(), style), 0.5 * style.unitsPerPoint));
    for (const QPolygonF& line : outlines.provinceLines) painter.drawPolyline(line);
    painter.restore();
}

}  // namespace aitocracy::gui
