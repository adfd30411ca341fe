#pragma once
// Shows one TimelineChart; a horizontal drag brushes a time range and the selected range
// is shaded over the plot. The view only reports the dragged dates: snapping them to
// periods and setting the selection is TimelineView's job.
#include <QChartView>
#include <QDateTime>
#include <optional>

namespace aitocracy::gui {

class TimelineChart;

class TimelineChartView : public QChartView {
    Q_OBJECT
public:
    explicit TimelineChartView(TimelineChart* chart, QWidget* parent = nullptr);

    [[nodiscard]] TimelineChart* timelineChart() const { return chart_; }

    // Shades [from, until) over the plot (clipped to it); an invalid bound is open.
    // Both invalid: no shading.
    void setShade(const QDateTime& from, const QDateTime& until);
    // The shaded rectangle in viewport coordinates; empty when nothing is shaded.
    [[nodiscard]] QRectF shadeRect() const;
    // The shaded time range (invalid ends: open) and its colours, for figures.
    [[nodiscard]] std::pair<QDateTime, QDateTime> shade() const { return {shadeFrom_, shadeUntil_}; }
    [[nodiscard]] static QColor shadeFill();
    [[nodiscard]] static QColor shadeEdge();
    // The horizontal viewport position of a time on the date axis.
    [[nodiscard]] qreal xOf(const QDateTime& time) const;
    [[nodiscard]] QDateTime timeAt(qreal viewportX) const;

Q_SIGNALS:
    // A drag from one time to another (in either order).
    void brushed(const QDateTime& a, const QDateTime& b);
    // A double click: the user wants every period again.
    void brushCleared();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    [[nodiscard]] QRectF plotRect() const;  // the plot area in viewport coordinates

    TimelineChart* chart_;
    QDateTime shadeFrom_, shadeUntil_;
    std::optional<qreal> dragStart_;  // viewport x where the drag began
    qreal dragNow_ = 0;
};

}  // namespace aitocracy::gui
