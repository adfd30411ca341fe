#include "MapViewport.h"

#include <algorithm>

namespace aitocracy::gui {

void MapViewport::setScale(double scale)
{
    scale_ = std::clamp(scale, minScale_, maxScale_);
}

void MapViewport::setScaleLimits(double minScale, double maxScale)
{
    minScale_ = minScale;
    maxScale_ = std::max(minScale, maxScale);
    setScale(scale_);
}

QPointF MapViewport::toWidget(QPointF p) const
{
    return {(p.x() - centre_.x()) * scale_ + size_.width() / 2.0,
            size_.height() / 2.0 - (p.y() - centre_.y()) * scale_};
}

QPointF MapViewport::toProjected(QPointF w) const
{
    return {(w.x() - size_.width() / 2.0) / scale_ + centre_.x(),
            (size_.height() / 2.0 - w.y()) / scale_ + centre_.y()};
}

QTransform MapViewport::transform() const
{
    // x' = s*x + (w/2 - s*cx);  y' = -s*y + (h/2 + s*cy)
    return {
        scale_, 0, 0, -scale_, size_.width() / 2.0 - scale_ * centre_.x(), size_.height() / 2.0 + scale_ * centre_.y()};
}

double MapViewport::fit(const QRectF& extent, double marginPx)
{
    const double w = std::max(1.0, size_.width() - 2 * marginPx);
    const double h = std::max(1.0, size_.height() - 2 * marginPx);
    const double ew = std::max(extent.width(), 1.0);
    const double eh = std::max(extent.height(), 1.0);
    const double s = std::min(w / ew, h / eh);
    centre_ = extent.center();
    scale_ = s;  // not clamped: fitting defines the limits
    return s;
}

void MapViewport::zoomAt(QPointF anchor, double factor)
{
    const QPointF before = toProjected(anchor);
    setScale(scale_ * factor);
    const QPointF after = toProjected(anchor);
    centre_ += before - after;
}

void MapViewport::panBy(QPointF delta)
{
    centre_ -= QPointF(delta.x() / scale_, -delta.y() / scale_);
}

}  // namespace aitocracy::gui
