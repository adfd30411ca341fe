#pragma once
// The regression panel's coefficient plot (CoefficientFigure on screen): the current
// estimate and up to four pinned ones, the true values of a simulated world, a tooltip
// naming the term under the mouse, a message instead of the plot when there is nothing to
// show (or an error), and a dimmed plot while a newer estimate runs: the old points stay
// until the new ones arrive, so the plot never flickers empty.
#include <QWidget>

#include "CoefficientFigure.h"

namespace aitocracy::gui {

class CoefficientPlot : public QWidget {
    Q_OBJECT
public:
    explicit CoefficientPlot(QWidget* parent = nullptr);

    // The first series is the current one; beyond CoefficientFigure::kMaxSeries are dropped.
    void setSeries(QVector<CoefficientSeries> series);
    [[nodiscard]] const QVector<CoefficientSeries>& series() const { return figure_.series(); }
    void setTrueValues(QVector<TrueValue> values);
    [[nodiscard]] const QVector<TrueValue>& trueValues() const { return figure_.trueValues(); }
    void setXLabel(const QString& label);
    void setYLabel(const QString& label);
    void setXTickLabels(QMap<double, QString> labels);
    void setEventLine(std::optional<double> x);
    // Shown instead of the estimates (which are kept for when it is cleared); empty: none.
    void setMessage(const QString& message);
    [[nodiscard]] QString message() const { return figure_.message(); }
    // What the plot area says instead of estimates ("No estimate yet" when there are
    // none); empty when it draws them.
    [[nodiscard]] QString shownMessage() const { return figure_.shownMessage(); }

    // Dims the plot while a new estimate runs; the caller clears it when the result is in.
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return busy_; }

    // The data area and its mapping at the widget's current size, in widget pixels.
    [[nodiscard]] QRectF plotRect() const;
    [[nodiscard]] double xToPixel(double x) const;
    [[nodiscard]] double yToPixel(double y) const;
    // The tooltip (rich text) for a widget position; empty: nothing there.
    [[nodiscard]] QString toolTipAt(QPointF pos) const;

    // Paints the plot into `area` of a figure (FigureExport).
    void paintFigure(QPainter& painter, const QRectF& area, const FigureStyle& style) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] FigureStyle screenStyle() const;
    [[nodiscard]] CoefficientFigure::Geometry geometry() const;

    CoefficientFigure figure_;
    bool busy_ = false;
};

}  // namespace aitocracy::gui
