#include "MapView.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

#include "LogCategories.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "SelectionModel.h"
#include "geo/BuiltinGeography.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr double kFitMarginPx = 16;
constexpr double kWheelZoomPerNotch = 1.25;
constexpr double kButtonZoom = 1.5;
constexpr double kMinZoomOut = 0.25;  // relative to the fitted scale
constexpr double kMaxZoomIn = 256;
// While the user drags or wheels, a base render slower than this is replaced by the
// previous pixmap moved/scaled, and the crisp render follows when the motion stops.
// The crisp render is also redone every kInteractiveRefreshMs during a long drag, so the
// parts of the map that come into view fill in.
constexpr double kInteractiveBudgetMs = 8;
constexpr qint64 kInteractiveRefreshMs = 150;
constexpr int kSettleMs = 120;

QPen cosmeticPen(const QColor& colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}
}  // namespace

MapView::MapView(SelectionModel* selection, QWidget* parent) : QWidget(parent), selection_(selection)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    settleTimer_.setSingleShot(true);
    settleTimer_.setInterval(kSettleMs);
    connect(&settleTimer_, &QTimer::timeout, this, [this] {
        interacting_ = false;
        update();
    });
    connect(&locatorWatcher_, &QFutureWatcher<std::shared_ptr<const core::PointLocator>>::finished, this,
            &MapView::onLocatorBuilt);
    if (selection_) connect(selection_, &SelectionModel::selectionChanged, this, qOverload<>(&QWidget::update));
    placeholder_ = tr("No map loaded");
}

MapView::~MapView() = default;

void MapView::setUnits(std::shared_ptr<const core::UnitSet> units)
{
    units_ = std::move(units);
    geometry_ = units_ ? MapGeometry(*units_, projection_) : MapGeometry();
    attribution_ = QString::fromStdString(
        units_ && !units_->attribution.empty() ? units_->attribution : std::string(core::kBuiltinAttribution));
    hovered_.reset();
    hoverText_.clear();
    locator_.reset();
    fills_.clear();
    baseValid_ = false;
    if (units_) {
        // The locator takes 0.2–1 s for the full map: build it off the GUI thread.
        // The lambda holds its own reference to the units, so it outlives this view safely.
        locatorWatcher_.setFuture(QtConcurrent::run([units = units_] {
            return std::shared_ptr<const core::PointLocator>(std::make_shared<core::PointLocator>(*units));
        }));
    }
    qCInfo(lcMap) << "showing" << geometry_.unitCount() << "units," << geometry_.vertexCount() << "drawing vertices";
    fitToChina();
}

void MapView::onLocatorBuilt()
{
    if (locatorWatcher_.isCanceled() || locatorWatcher_.future().resultCount() == 0) return;
    locator_ = locatorWatcher_.result();
    qCDebug(lcMap) << "hit-test index ready," << locator_->cellCount() << "cells";
    if (mouseInside_ && !dragging_) updateHover(lastMousePos_, mapToGlobal(lastMousePos_.toPoint()));
    Q_EMIT hitTestReady();
}

void MapView::setUnitFills(std::vector<QColor> fills)
{
    fills_ = std::move(fills);
    fillsChanged_ = true;
    update();
}

void MapView::setPlaceholderText(const QString& text)
{
    placeholder_ = text;
    update();
}

QPoint MapView::widgetPosOf(core::LonLat lonLat) const
{
    const core::ProjectedPoint p = projection_.forward(lonLat);
    return viewport_.toWidget({p.x, p.y}).toPoint();
}

core::LonLat MapView::lonLatAt(QPointF widgetPos) const
{
    const QPointF p = viewport_.toProjected(widgetPos);
    return projection_.inverse({p.x(), p.y()});
}

std::optional<std::size_t> MapView::unitIndexAt(QPointF widgetPos) const
{
    if (!locator_) return std::nullopt;
    return locator_->locate(lonLatAt(widgetPos));
}

QString MapView::unitNameAt(QPoint widgetPos) const
{
    const auto index = unitIndexAt(widgetPos);
    return index ? QString::fromStdString(units_->units[*index].nameZh) : QString();
}

QString MapView::hoveredCode() const
{
    return hovered_ ? QString::fromStdString(units_->units[*hovered_].code) : QString();
}

QString MapView::describeUnit(const core::Unit& unit)
{
    const auto html = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString text = u"<b>"_s % html(unit.nameZh) % u"</b>"_s;
    if (!unit.nameEn.empty()) text += u"&nbsp; "_s % html(unit.nameEn);
    if (!unit.provinceNameZh.empty() || !unit.provinceNameEn.empty())
        text += u"<br/>"_s % html(unit.provinceNameZh) % u" "_s % html(unit.provinceNameEn);
    text += u"<br/>"_s % tr("Code %1").arg(html(unit.code));
    return text;
}

void MapView::fitToChina()
{
    viewport_.setSize(size());
    if (!geometry_.isEmpty()) updateScaleLimits(viewport_.fit(geometry_.fitExtent(), kFitMarginPx));
    fitted_ = true;
    viewChanged(false);
}

void MapView::zoomIn()
{
    viewport_.zoomAt(QRectF(rect()).center(), kButtonZoom);
    fitted_ = false;
    viewChanged(true);
}

void MapView::zoomOut()
{
    viewport_.zoomAt(QRectF(rect()).center(), 1.0 / kButtonZoom);
    fitted_ = false;
    viewChanged(true);
}

void MapView::updateScaleLimits(double fitScale)
{
    viewport_.setScaleLimits(fitScale * kMinZoomOut, fitScale * kMaxZoomIn);
}

void MapView::viewChanged(bool interactive)
{
    if (interactive) {
        interacting_ = true;
        settleTimer_.start();
    }
    if (mouseInside_ && !dragging_) updateHover(lastMousePos_, mapToGlobal(lastMousePos_.toPoint()));
    update();
}

// --- painting --------------------------------------------------------------------

void MapView::renderBase()
{
    QElapsedTimer timer;
    timer.start();
    outlines_ = MapRenderer::project(geometry_, viewport_);
    borders_ = MapRenderer::renderBorders(outlines_, viewport_.size(), devicePixelRatioF());
    composeBase();
    baseViewport_ = viewport_;
    baseValid_ = true;
    lastRenderMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    sinceRender_.start();
    qCDebug(lcMap) << "base layer rendered in" << lastRenderMs_ << "ms";
}

void MapView::composeBase()
{
    base_ = MapRenderer::renderBase(outlines_, borders_, fills_, viewport_.size(), devicePixelRatioF());
    fillsChanged_ = false;
}

void MapView::paintEvent(QPaintEvent*)
{
    QElapsedTimer frame;
    frame.start();
    bool recoloured = false;
    QPainter painter(this);
    painter.fillRect(rect(), MapStyle::background());
    if (geometry_.isEmpty()) {
        paintPlaceholder(painter);
        return;
    }
    const bool current = baseValid_ && baseViewport_ == viewport_;
    const bool stale = !current && interacting_ && baseValid_ && lastRenderMs_ > kInteractiveBudgetMs &&
                       sinceRender_.isValid() && sinceRender_.elapsed() < kInteractiveRefreshMs;
    if (stale) {
        // Fast path while moving: the last render, moved and scaled to the new view.
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(baseViewport_.transform().inverted() * viewport_.transform());
        painter.drawPixmap(QPointF(0, 0), base_);
        painter.restore();
        settleTimer_.start();
    } else {
        if (!current) {
            renderBase();
        } else if (fillsChanged_) {
            composeBase();
            recoloured = true;
        }
        painter.drawPixmap(QPointF(0, 0), base_);
    }
    paintOverlays(painter);
    paintRubberBand(painter);
    paintAttribution(painter);
    paintBanner(painter);
    if (recoloured) lastRecolourMs_ = static_cast<double>(frame.nsecsElapsed()) / 1e6;
}

void MapView::paintOverlays(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(viewport_.transform());
    if (selection_ && !selection_->isEmpty()) {
        // On a coloured map the selection is outlined, so the class colours stay readable.
        const bool coloured = !fills_.empty();
        painter.setBrush(coloured ? QBrush(Qt::NoBrush) : QBrush(MapStyle::selectedFill()));
        painter.setPen(coloured ? cosmeticPen(MapStyle::selectedFill(), MapStyle::selectedOutlineWidth)
                                : cosmeticPen(MapStyle::unitBorder(), MapStyle::unitBorderWidth));
        for (const QString& code : selection_->selectedCodes())
            if (const auto index = geometry_.indexOf(code)) painter.drawPath(geometry_.unitPath(*index));
    }
    if (hovered_) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(cosmeticPen(MapStyle::hoverOutline(), MapStyle::hoverOutlineWidth));
        painter.drawPath(geometry_.unitPath(*hovered_));
    }
    painter.restore();
}

void MapView::paintRubberBand(QPainter& painter) const
{
    if (!banding_) return;
    painter.save();
    painter.setPen(QPen(MapStyle::rubberBandOutline(), 1, Qt::DashLine));
    painter.setBrush(MapStyle::rubberBandFill());
    painter.drawRect(QRectF(pressPos_, bandEnd_).normalized());
    painter.restore();
}

void MapView::paintAttribution(QPainter& painter) const
{
    if (attribution_.isEmpty()) return;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    constexpr double margin = 6, pad = 4;
    const QString text = metrics.elidedText(attribution_, Qt::ElideMiddle, width() - 2 * (margin + pad));
    const QSizeF textSize(metrics.horizontalAdvance(text), metrics.height());
    const QRectF box(width() - margin - textSize.width() - 2 * pad, height() - margin - textSize.height() - 2 * pad,
                     textSize.width() + 2 * pad, textSize.height() + 2 * pad);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(MapStyle::attributionBox());
    painter.drawRoundedRect(box, 3, 3);
    painter.setFont(font);
    painter.setPen(MapStyle::attributionText());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapView::setBanner(const QString& text)
{
    banner_ = text;
    update();
}

void MapView::paintBanner(QPainter& painter) const
{
    if (banner_.isEmpty() || !units_) return;
    QFont font = painter.font();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    constexpr double margin = 10, pad = 6;
    const QString text = metrics.elidedText(banner_, Qt::ElideRight, width() - 2 * (margin + pad));
    const QRectF box(margin, margin, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(MapStyle::bannerBox());
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(MapStyle::bannerText());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapView::paintPlaceholder(QPainter& painter) const
{
    painter.setPen(MapStyle::placeholderText());
    painter.drawText(QRectF(rect()).adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
}

// --- interaction -----------------------------------------------------------------

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    viewport_.setSize(size());
    if (fitted_) fitToChina();
}

void MapView::updateHover(QPointF widgetPos, QPoint globalPos)
{
    setHovered(unitIndexAt(widgetPos), globalPos);
}

void MapView::setHovered(std::optional<std::size_t> index, QPoint globalPos)
{
    if (index == hovered_) return;
    hovered_ = index;
    if (hovered_) {
        hoverText_ = describeUnit(units_->units[*hovered_]);
        QToolTip::showText(globalPos + QPoint(12, 16), hoverText_, this);
    } else {
        hoverText_.clear();
        QToolTip::hideText();
    }
    Q_EMIT hoveredUnitChanged(hoveredCode(), hoverText_);
    update();
}

void MapView::clickAt(QPointF widgetPos, Qt::KeyboardModifiers modifiers)
{
    if (!selection_) return;
    const auto index = unitIndexAt(widgetPos);
    const bool toggle = modifiers.testFlag(Qt::ControlModifier);
    if (!index) {
        if (!toggle) selection_->clear();
        return;
    }
    const QString code = QString::fromStdString(units_->units[*index].code);
    if (toggle)
        selection_->toggle(code);
    else
        selection_->selectOnly(code);
}

void MapView::selectInBand(Qt::KeyboardModifiers modifiers)
{
    if (!selection_ || !units_) return;
    const QRectF band = QRectF(pressPos_, bandEnd_).normalized();
    QSet<QString> codes;
    if (modifiers.testFlag(Qt::ControlModifier)) codes = selection_->selectedCodes();
    for (std::size_t i = 0; i < geometry_.unitCount(); ++i)
        if (band.contains(viewport_.toWidget(geometry_.unitCentroid(i))))
            codes.insert(QString::fromStdString(units_->units[i].code));
    selection_->setSelectedCodes(codes);
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    pressPos_ = lastMousePos_ = bandEnd_ = event->position();
    if (event->modifiers().testFlag(Qt::ShiftModifier)) {
        banding_ = true;
        return;
    }
    dragging_ = true;
    dragMoved_ = false;
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    mouseInside_ = true;
    if (banding_) {
        bandEnd_ = pos;
        update();
        return;
    }
    if (dragging_) {
        if (!dragMoved_ && (pos - pressPos_).manhattanLength() >= QApplication::startDragDistance()) {
            dragMoved_ = true;
            setCursor(Qt::ClosedHandCursor);
            setHovered(std::nullopt, {});
            lastMousePos_ = pressPos_;
        }
        if (dragMoved_) {
            viewport_.panBy(pos - lastMousePos_);
            fitted_ = false;
            lastMousePos_ = pos;
            viewChanged(true);
        }
        return;
    }
    lastMousePos_ = pos;
    updateHover(pos, event->globalPosition().toPoint());
    const core::LonLat ll = lonLatAt(pos);
    Q_EMIT cursorMoved(ll.lon, ll.lat);
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && banding_) {
        banding_ = false;
        bandEnd_ = event->position();
        if ((bandEnd_ - pressPos_).manhattanLength() < QApplication::startDragDistance())
            clickAt(event->position(), event->modifiers());  // a shift-click: as a click
        else
            selectInBand(event->modifiers());
        update();
        return;
    }
    if (event->button() != Qt::LeftButton || !dragging_) return QWidget::mouseReleaseEvent(event);
    const bool wasClick = !dragMoved_;
    dragging_ = dragMoved_ = false;
    unsetCursor();
    lastMousePos_ = event->position();
    if (wasClick)
        clickAt(event->position(), event->modifiers());
    else
        updateHover(event->position(), event->globalPosition().toPoint());
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) return;
    viewport_.zoomAt(event->position(), std::pow(kWheelZoomPerNotch, notches));
    fitted_ = false;
    lastMousePos_ = event->position();
    viewChanged(true);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const double stepX = width() / 8.0, stepY = height() / 8.0;
    switch (event->key()) {
        case Qt::Key_Left:
            viewport_.panBy({stepX, 0});
            break;
        case Qt::Key_Right:
            viewport_.panBy({-stepX, 0});
            break;
        case Qt::Key_Up:
            viewport_.panBy({0, stepY});
            break;
        case Qt::Key_Down:
            viewport_.panBy({0, -stepY});
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_Home:
        case Qt::Key_0:
            fitToChina();
            return;
        case Qt::Key_Escape:
            if (selection_) selection_->clear();
            return;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    fitted_ = false;
    viewChanged(true);
}

void MapView::leaveEvent(QEvent* event)
{
    mouseInside_ = false;
    setHovered(std::nullopt, {});
    Q_EMIT cursorLeft();
    QWidget::leaveEvent(event);
}

}  // namespace aitocracy::gui
