#pragma once
// The coefficient plot as a drawing: points with 95 % whiskers, a zero line, the reference
// period as a hollow marker at 0, the true values of a simulated world, pinned
// specifications dodged beside the current one, and a legend below the plot area (never
// over the data). One drawing for the screen (CoefficientPlot) and for figure files
// (FigureExport): sizes are in points, text follows the painter's font.
//
// Series are told apart by colour (Okabe & Ito's colour-blind-safe palette) and by marker
// shape, so a grayscale print still separates them.
#include <QCoreApplication>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <optional>

#include "CoefficientSeries.h"
#include "FigureExport.h"

class QFont;
class QFontMetricsF;
class QPaintDevice;
class QPainter;

namespace aitocracy::gui {

class CoefficientFigure {
    Q_DECLARE_TR_FUNCTIONS(CoefficientFigure)
public:
    // The current specification and up to four pinned ones.
    static constexpr int kMaxSeries = 5;
    // Legend and colour slots beyond the series.
    static constexpr int kTruthSlot = kMaxSeries;
    static constexpr int kReferenceSlot = kMaxSeries + 1;

    struct XTick {
        double x = 0;
        QString text;
    };
    struct LegendItem {
        QRectF box;    // marker sample and text
        int slot = 0;  // series index, kTruthSlot or kReferenceSlot
        QString text;
    };

    // Where everything goes when the figure fills an area, and the data-to-pixel mapping.
    struct Geometry {
        QRectF area;  // all of the figure
        QRectF plot;  // the data area, inside the axes
        double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
        QVector<double> yTicks;
        int yDecimals = 0;
        QVector<XTick> xTicks;
        double xTickTextWidth = 0;   // text labels wrap within this width
        double xTickTextHeight = 0;  // tallest tick label
        QVector<LegendItem> legend;
        QVector<QRectF> referenceNotes;  // where "reference" is written
        double xLabelHeight = 0;
        int yLabelLines = 0;
        int slots = 1;             // dodge positions: the series, plus one for the true values
        double slotStep = 0;       // pixels between two dodge positions
        double markerRadius = 0;   // pixels
        double unitsPerPoint = 1;  // the style's, scaled with the text size (9 pt: 1)

        [[nodiscard]] double xToPixel(double x) const;
        [[nodiscard]] double yToPixel(double y) const;
        // Horizontal shift of a series (or of the true values, slot == number of series).
        [[nodiscard]] double dodge(int slot) const;
    };

    void setSeries(QVector<CoefficientSeries> series);  // beyond kMaxSeries: dropped
    [[nodiscard]] const QVector<CoefficientSeries>& series() const { return series_; }
    void setTrueValues(QVector<TrueValue> values);
    [[nodiscard]] const QVector<TrueValue>& trueValues() const { return truth_; }
    void setXLabel(const QString& label) { xLabel_ = label; }
    void setYLabel(const QString& label) { yLabel_ = label; }
    [[nodiscard]] const QString& xLabel() const { return xLabel_; }
    [[nodiscard]] const QString& yLabel() const { return yLabel_; }
    // Named positions on the x axis (terms, not periods): "rain", "rain × AI stock".
    void setXTickLabels(QMap<double, QString> labels) { xTickLabels_ = std::move(labels); }
    // A dashed vertical line, e.g. at -0.5 between the leads and the lags of an event study.
    void setEventLine(std::optional<double> x) { eventLine_ = x; }
    [[nodiscard]] std::optional<double> eventLine() const { return eventLine_; }
    // Shown in the plot area instead of the estimates (e.g. an error); empty: none.
    void setMessage(const QString& message) { message_ = message; }
    [[nodiscard]] const QString& message() const { return message_; }

    // What the plot area says instead of drawing estimates: the message, or "No estimate
    // yet" when there is nothing to draw; empty when the estimates are drawn.
    [[nodiscard]] QString shownMessage() const;

    // `font` is the base text size; `device` gives its metrics.
    [[nodiscard]] Geometry geometry(const QFont& font, const QPaintDevice* device, const QRectF& area,
                                    const FigureStyle& style) const;
    void paint(QPainter& painter, const QRectF& area, const FigureStyle& style) const;
    // Rich text about the marker or whisker under `pos` (within a few points); empty: none.
    [[nodiscard]] QString toolTipAt(const Geometry& g, QPointF pos) const;

    // Colour of a series (slot < kMaxSeries), the true values or the reference period.
    [[nodiscard]] static QColor colour(int slot, bool grayscale);

private:
    [[nodiscard]] QVector<double> distinctX() const;
    using LegendEntries = QVector<std::pair<int, QString>>;  // slot, text

    [[nodiscard]] Geometry layOut(const QFont& font, const QPaintDevice* device, const QRectF& area,
                                  const FigureStyle& style, bool referenceInLegend) const;
    [[nodiscard]] LegendEntries legendEntries(bool referenceInLegend) const;
    [[nodiscard]] static double legendHeight(const LegendEntries& entries, const QFontMetricsF& fm, double width,
                                             double unitsPerPoint);
    static void placeLegend(Geometry& g, const LegendEntries& entries, const QFontMetricsF& fm, double left,
                            double right, double top);
    bool placeReferenceNotes(Geometry& g, const QFontMetricsF& small) const;
    void paintAxes(QPainter& painter, const Geometry& g) const;
    void paintData(QPainter& painter, const Geometry& g, const FigureStyle& style) const;
    void paintReferenceNotes(QPainter& painter, const Geometry& g) const;
    void paintLegend(QPainter& painter, const Geometry& g, const FigureStyle& style) const;
    // Boxes around the drawn estimates, whiskers and true values (for placing notes).
    [[nodiscard]] QVector<QRectF> occupied(const Geometry& g) const;

    QVector<CoefficientSeries> series_;
    QVector<TrueValue> truth_;
    QString xLabel_, yLabel_;
    QMap<double, QString> xTickLabels_;
    std::optional<double> eventLine_;
    QString message_;
};

}  // namespace aitocracy::gui
