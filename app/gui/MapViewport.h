#pragma once
// The map's view transform: which projected point (Albers metres, y north) sits at
// the widget centre and how many pixels one metre takes. Pure arithmetic, no widget.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace aitocracy::gui {

class MapViewport {
public:
    void setSize(QSizeF size) { size_ = size; }
    [[nodiscard]] QSizeF size() const { return size_; }

    [[nodiscard]] QPointF centre() const { return centre_; }  // projected metres
    void setCentre(QPointF centre) { centre_ = centre; }
    [[nodiscard]] double scale() const { return scale_; }  // pixels per metre
    void setScale(double scale);
    void setScaleLimits(double minScale, double maxScale);

    // projected metres -> widget pixels (flips y) and back.
    [[nodiscard]] QPointF toWidget(QPointF projected) const;
    [[nodiscard]] QPointF toProjected(QPointF widget) const;
    [[nodiscard]] QTransform transform() const;

    // Shows the whole `extent` (projected metres) centred, leaving `marginPx` on each side.
    // Returns the scale that does so (the caller may use it to set zoom limits).
    double fit(const QRectF& extent, double marginPx);
    // Zooms by `factor`, keeping the projected point under `anchor` (widget pixels) fixed.
    void zoomAt(QPointF anchor, double factor);
    // Moves the map content by `delta` widget pixels (a drag to the right moves the map right).
    void panBy(QPointF delta);

    [[nodiscard]] bool operator==(const MapViewport& other) const = default;

private:
    QSizeF size_;
    QPointF centre_;
    double scale_ = 1e-4;
    double minScale_ = 0, maxScale_ = 1e300;
};

}  // namespace aitocracy::gui
