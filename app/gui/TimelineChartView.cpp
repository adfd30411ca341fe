#include "TimelineChartView.h"

#include <QDateTimeAxis>
#include <QMouseEvent>
#include <algorithm>
#include <cmath>

#include "TimelineChart.h"

namespace aitocracy::gui {

namespace {

// Shorter drags are clicks, not ranges.
constexpr qreal kMinDragPixels = 4;

const QColor kShade{0x00, 0x72, 0xB2, 40};  // translucent Okabe–Ito blue
const QColor kShadeEdge{0x00, 0x72, 0xB2, 140};
const QColor kDrag{0x60, 0x60, 0x60, 50};

}  // namespace

TimelineChartView::TimelineChartView(TimelineChart* chart, QWidget* parent) : QChartView(chart, parent), chart_(chart)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag across the chart to select a time range; double-click to select every period."));
    // The shading is painted in drawForeground, which the chart's own updates do not
    // repaint unless the whole viewport is redrawn.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
}

QRectF TimelineChartView::plotRect() const
{
    return viewportTransform().mapRect(chart_->mapRectToScene(chart_->plotArea()));
}

qreal TimelineChartView::xOf(const QDateTime& time) const
{
    const QDateTimeAxis* axis = chart_->dateAxis();
    const QRectF plot = plotRect();
    if (!axis) return plot.left();
    const auto min = static_cast<double>(axis->min().toMSecsSinceEpoch());
    const auto max = static_cast<double>(axis->max().toMSecsSinceEpoch());
    if (max <= min) return plot.left();
    return plot.left() + (static_cast<double>(time.toMSecsSinceEpoch()) - min) / (max - min) * plot.width();
}

QDateTime TimelineChartView::timeAt(qreal viewportX) const
{
    const QDateTimeAxis* axis = chart_->dateAxis();
    if (!axis) return {};
    const QRectF plot = plotRect();
    const auto min = static_cast<double>(axis->min().toMSecsSinceEpoch());
    const auto max = static_cast<double>(axis->max().toMSecsSinceEpoch());
    const double f = plot.width() > 0 ? (viewportX - plot.left()) / plot.width() : 0;
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(min + f * (max - min))));
}

QColor TimelineChartView::shadeFill() { return kShade; }
QColor TimelineChartView::shadeEdge() { return kShadeEdge; }

void TimelineChartView::setShade(const QDateTime& from, const QDateTime& until)
{
    shadeFrom_ = from;
    shadeUntil_ = until;
    viewport()->update();
}

QRectF TimelineChartView::shadeRect() const
{
    if (!shadeFrom_.isValid() && !shadeUntil_.isValid()) return {};
    const QRectF plot = plotRect();
    const qreal left = shadeFrom_.isValid() ? std::max(plot.left(), xOf(shadeFrom_)) : plot.left();
    const qreal right = shadeUntil_.isValid() ? std::min(plot.right(), xOf(shadeUntil_)) : plot.right();
    if (right <= left) return {};
    return QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom()));
}

void TimelineChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && plotRect().contains(event->position())) {
        dragStart_ = event->position().x();
        dragNow_ = *dragStart_;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (dragStart_) {
        const QRectF plot = plotRect();
        dragNow_ = std::clamp(event->position().x(), plot.left(), plot.right());
        viewport()->update();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (dragStart_ && event->button() == Qt::LeftButton) {
        const QRectF plot = plotRect();
        dragNow_ = std::clamp(event->position().x(), plot.left(), plot.right());
        const qreal start = *dragStart_;
        dragStart_.reset();
        viewport()->update();
        if (std::abs(dragNow_ - start) >= kMinDragPixels) Q_EMIT brushed(timeAt(start), timeAt(dragNow_));
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        dragStart_.reset();
        Q_EMIT brushCleared();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimelineChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    // Painting in viewport coordinates; the scene may be offset from them.
    painter->save();
    painter->resetTransform();
    if (const QRectF shade = shadeRect(); !shade.isEmpty()) {
        painter->fillRect(shade, kShade);
        painter->setPen(QPen(kShadeEdge, 1));
        painter->drawLine(shade.topLeft(), shade.bottomLeft());
        painter->drawLine(shade.topRight(), shade.bottomRight());
    }
    if (dragStart_) {
        const QRectF plot = plotRect();
        painter->fillRect(QRectF(QPointF(std::min(*dragStart_, dragNow_), plot.top()),
                                 QPointF(std::max(*dragStart_, dragNow_), plot.bottom())),
                          kDrag);
    }
    painter->restore();
}

}  // namespace aitocracy::gui
