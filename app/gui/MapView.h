#pragma once
// The map of the units: pan (drag, arrow keys), zoom (wheel at the cursor, +/−),
// fit to China, hover tooltip and highlight, click to select, ctrl-click to toggle,
// shift-drag a rubber band to select the units inside it (ctrl-shift adds to the
// selection). Units can be filled with per-unit colours (a choropleth).
//
// A plain QWidget with custom painting rather than a QGraphicsView: the map is one
// static layer of a few hundred paths under one view transform, hit-testing goes
// through core::PointLocator on the full-resolution outlines (not through item
// shapes), and the base layer is cached as one pixmap, which is simpler and faster
// here than a scene of items with their own bookkeeping.
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "MapGeometry.h"
#include "MapRenderer.h"
#include "MapViewport.h"
#include "geo/AlbersProjection.h"
#include "geo/Geometry.h"
#include "geo/PointLocator.h"
#include "geo/Unit.h"

namespace aitocracy::gui {

class SelectionModel;

class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(SelectionModel* selection, QWidget* parent = nullptr);
    ~MapView() override;

    // Shows `units` (drawing outlines) and starts building the hit-test index in the
    // background; hover and click work once hitTestReady() has been emitted.
    void setUnits(std::shared_ptr<const core::UnitSet> units);
    [[nodiscard]] const core::UnitSet* units() const { return units_.get(); }
    [[nodiscard]] const MapGeometry& geometry() const { return geometry_; }
    [[nodiscard]] bool isHitTestReady() const { return locator_ != nullptr; }

    // Text shown while there is no map (e.g. "Loading map…" or why it failed).
    void setPlaceholderText(const QString& text);
    // A notice drawn in the top-left corner (e.g. that the data are simulated); empty: none.
    void setBanner(const QString& text);
    [[nodiscard]] QString banner() const { return banner_; }

    // Position conversions and hit-testing (also used by tests).
    [[nodiscard]] QPoint widgetPosOf(core::LonLat lonLat) const;
    [[nodiscard]] core::LonLat lonLatAt(QPointF widgetPos) const;
    [[nodiscard]] std::optional<std::size_t> unitIndexAt(QPointF widgetPos) const;
    [[nodiscard]] QString unitNameAt(QPoint widgetPos) const;  // Chinese name, empty over no unit

    [[nodiscard]] QString hoveredCode() const;
    [[nodiscard]] QString hoverText() const { return hoverText_; }  // the tooltip's text
    [[nodiscard]] const MapViewport& viewport() const { return viewport_; }
    [[nodiscard]] double lastBaseRenderMs() const { return lastRenderMs_; }

    // Per-unit fill colours in units() order: an invalid colour marks a unit without data
    // (hatched); an empty vector shows plain land. Recolours without re-projecting.
    void setUnitFills(std::vector<QColor> fills);
    [[nodiscard]] const std::vector<QColor>& unitFills() const { return fills_; }
    // Time of the last frame that only recoloured the units (refill + repaint).
    [[nodiscard]] double lastRecolourMs() const { return lastRecolourMs_; }

    // Rich text describing one unit: Chinese and English name, code, province.
    [[nodiscard]] static QString describeUnit(const core::Unit& unit);

public Q_SLOTS:
    void fitToChina();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void hitTestReady();
    // Empty code when the cursor leaves every unit.
    void hoveredUnitChanged(const QString& code, const QString& description);
    void cursorMoved(double lon, double lat);
    void cursorLeft();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void onLocatorBuilt();
    void updateHover(QPointF widgetPos, QPoint globalPos);
    void setHovered(std::optional<std::size_t> index, QPoint globalPos);
    void clickAt(QPointF widgetPos, Qt::KeyboardModifiers modifiers);
    void selectInBand(Qt::KeyboardModifiers modifiers);
    void viewChanged(bool interactive);
    void updateScaleLimits(double fitScale);
    void renderBase();
    void composeBase();
    void paintOverlays(QPainter& painter) const;
    void paintRubberBand(QPainter& painter) const;
    void paintAttribution(QPainter& painter) const;
    void paintBanner(QPainter& painter) const;
    void paintPlaceholder(QPainter& painter) const;

    QPointer<SelectionModel> selection_;
    core::AlbersProjection projection_;
    std::shared_ptr<const core::UnitSet> units_;
    MapGeometry geometry_;
    std::shared_ptr<const core::PointLocator> locator_;
    QFutureWatcher<std::shared_ptr<const core::PointLocator>> locatorWatcher_;

    MapViewport viewport_;
    bool fitted_ = true;  // follow the widget size with "fit" until the user navigates

    // Base layer cache for one viewport: the outlines in pixels and the borders (kept for
    // recolouring), and the composed sea + fills + borders.
    ScreenOutlines outlines_;
    QPixmap borders_;
    QPixmap base_;
    std::vector<QColor> fills_;
    bool fillsChanged_ = false;
    double lastRecolourMs_ = 0;
    MapViewport baseViewport_;
    bool baseValid_ = false;
    double lastRenderMs_ = 0;
    QElapsedTimer sinceRender_;
    bool interacting_ = false;
    QTimer settleTimer_;  // re-renders crisp after panning/zooming stops

    std::optional<std::size_t> hovered_;
    QString hoverText_;
    QPointF lastMousePos_;
    bool mouseInside_ = false;
    bool dragging_ = false;
    bool dragMoved_ = false;
    bool banding_ = false;
    QPointF bandEnd_;
    QPointF pressPos_;
    QString placeholder_;
    QString attribution_;
    QString banner_;
};

}  // namespace aitocracy::gui
