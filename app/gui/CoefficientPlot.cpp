#include "CoefficientPlot.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace aitocracy::gui {

CoefficientPlot::CoefficientPlot(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);  // paints every pixel: no background erase, no flicker
}

void CoefficientPlot::setSeries(QVector<CoefficientSeries> series)
{
    figure_.setSeries(std::move(series));
    update();
}

void CoefficientPlot::setTrueValues(QVector<TrueValue> values)
{
    figure_.setTrueValues(std::move(values));
    update();
}

void CoefficientPlot::setXLabel(const QString& label)
{
    figure_.setXLabel(label);
    update();
}

void CoefficientPlot::setYLabel(const QString& label)
{
    figure_.setYLabel(label);
    update();
}

void CoefficientPlot::setXTickLabels(QMap<double, QString> labels)
{
    figure_.setXTickLabels(std::move(labels));
    update();
}

void CoefficientPlot::setEventLine(std::optional<double> x)
{
    figure_.setEventLine(x);
    update();
}

void CoefficientPlot::setMessage(const QString& message)
{
    figure_.setMessage(message);
    update();
}

void CoefficientPlot::setBusy(bool busy)
{
    if (busy == busy_) return;
    busy_ = busy;
    update();
}

FigureStyle CoefficientPlot::screenStyle() const
{
    return FigureStyle{false, logicalDpiY() / 72.0};
}

CoefficientFigure::Geometry CoefficientPlot::geometry() const
{
    return figure_.geometry(font(), this, QRectF(rect()), screenStyle());
}

QRectF CoefficientPlot::plotRect() const
{
    return geometry().plot;
}

double CoefficientPlot::xToPixel(double x) const
{
    return geometry().xToPixel(x);
}

double CoefficientPlot::yToPixel(double y) const
{
    return geometry().yToPixel(y);
}

QString CoefficientPlot::toolTipAt(QPointF pos) const
{
    return figure_.toolTipAt(geometry(), pos);
}

void CoefficientPlot::paintFigure(QPainter& painter, const QRectF& area, const FigureStyle& style) const
{
    figure_.paint(painter, area, style);
}

QSize CoefficientPlot::sizeHint() const
{
    return {640, 360};
}

QSize CoefficientPlot::minimumSizeHint() const
{
    return {260, 180};
}

bool CoefficientPlot::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void CoefficientPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);  // a figure's colours, whatever the palette
    painter.setFont(font());
    figure_.paint(painter, QRectF(rect()), screenStyle());
    if (busy_) {
        // Dimmed, not cleared: the old estimate stays readable until the new one arrives.
        painter.fillRect(rect(), QColor(255, 255, 255, 110));
        // A label on its own white patch, legible over whatever data lies under the corner.
        const QString text = tr("Estimating…");
        const QFontMetricsF fm(font(), this);
        const QRectF box(width() - fm.horizontalAdvance(text) - 16, 2, fm.horizontalAdvance(text) + 12,
                         fm.height() + 4);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QColor(170, 170, 170));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(70, 70, 70));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

}  // namespace aitocracy::gui
