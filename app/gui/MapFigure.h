#pragma once
// The map as a figure: every unit a vector path filled with its class colour (or the
// hatched no-data style), unit and province borders in points, and the legend beside
// the map — the same picture as on screen, but resolution-free for SVG and PDF.
#include <QColor>
#include <QRectF>
#include <QString>
#include <vector>

#include "FigureExport.h"
#include "MapLegend.h"

class QPainter;

namespace aitocracy::gui {

class MapGeometry;

struct MapFigureContent {
    const MapGeometry* geometry = nullptr;
    std::vector<QColor> fills;  // per unit; empty: plain land; invalid colour: no data
    QString legendTitle;        // empty with no legend entries: no legend
    std::vector<LegendEntry> legend;
};

void paintMapFigure(QPainter& painter, const QRectF& area, const FigureStyle& style, const MapFigureContent& content);

}  // namespace aitocracy::gui
