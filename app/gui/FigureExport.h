#pragma once
// Writes a view as a figure for a paper or a slide: PNG (at a chosen DPI), SVG or PDF,
// at a size preset (journal single column 3.5 in, double column 7 in, 16:9 slide), with
// a title above, the attribution below and fonts pinned, so Chinese names render the
// same in the file as on screen. A view takes part by painting itself into a rectangle
// (FigurePainter); the exporter owns everything around it.
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QPainter;

namespace aitocracy::gui {

enum class FigureSize { SingleColumn, DoubleColumn, Slide };

struct FigureSpec {
    FigureSize size = FigureSize::DoubleColumn;
    double dpi = 300;        // PNG only; vector files are resolution-free
    bool grayscale = false;  // views use grey styles; a PNG is also converted
    QString title;           // above the view; empty: none
    QString attribution;     // below the view, small; empty: none
};

// What a view is told when it paints into a figure. The painter's font is already the
// figure's base text size; views scale from it and size lines in points.
struct FigureStyle {
    bool grayscale = false;
    double unitsPerPoint = 1;  // painter units per typographic point (1/72 in)
};

using FigurePainter = std::function<void(QPainter& painter, const QRectF& area, const FigureStyle& style)>;

// Width × height in inches: 3.5 × 2.8, 7 × 4.6, 13.333 × 7.5.
[[nodiscard]] QSizeF figureSizeInches(FigureSize size);
// "single", "double", "slide" (as the command line names them).
[[nodiscard]] std::optional<FigureSize> figureSizeFromName(const QString& name);

// Writes `paint` to `path`; the format follows the suffix (.png, .svg, .pdf). Returns an
// empty string on success, else what went wrong (naming the file).
[[nodiscard]] QString exportFigure(const FigurePainter& paint, const FigureSpec& spec, const QString& path);

}  // namespace aitocracy::gui
