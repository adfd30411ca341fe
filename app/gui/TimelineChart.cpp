#include "TimelineChart.h"

#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "PanelColumnStyle.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

double displayed(const TimelineLine& line, double v)
{
    return PanelColumnStyle::isAmount(line.column) ? v / TimelineChart::kAmountScale : v;
}

// A value the chart can place: finite, and positive on a log axis.
bool plottable(double v, bool logScale)
{
    return std::isfinite(v) && (!logScale || v > 0);
}

}  // namespace

TimelineChart::TimelineChart(QGraphicsItem* parent) : QChart(parent)
{
    legend()->hide();  // TimelineView shows one legend for all its charts
    setMargins(QMargins(4, 4, 4, 4));
    setBackgroundRoundness(0);
    // The number of date labels that fit depends on the plot width.
    connect(this, &QChart::plotAreaChanged, this, &TimelineChart::fitDateTicks);
}

void TimelineChart::setCompact(bool compact)
{
    compact_ = compact;
    QFont font = titleFont();
    font.setPointSizeF(QFont().pointSizeF() * (compact ? 0.9 : 1.0));
    font.setBold(compact);
    setTitleFont(font);
}

void TimelineChart::clearAll()
{
    removeAllSeries();
    for (QAbstractAxis* axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    dateAxis_ = nullptr;
    countAxis_ = nullptr;
    amountAxis_ = nullptr;
}

void TimelineChart::setLines(const std::vector<QDateTime>& x, const std::vector<TimelineLine>& lines, bool logScale,
                             const QString& dateFormat)
{
    clearAll();
    dateAxis_ = new QDateTimeAxis(this);
    dateAxis_->setFormat(dateFormat);
    if (!x.empty()) dateAxis_->setRange(x.front(), x.size() > 1 ? x.back() : x.front().addDays(1));
    addAxis(dateAxis_, Qt::AlignBottom);

    const bool anyCount =
        std::ranges::any_of(lines, [](const auto& l) { return !PanelColumnStyle::isAmount(l.column); });
    const bool anyAmount =
        std::ranges::any_of(lines, [](const auto& l) { return PanelColumnStyle::isAmount(l.column); });
    if (anyCount) {
        countAxis_ = makeValueAxis(lines, false, logScale);
        addAxis(countAxis_, Qt::AlignLeft);
    }
    if (anyAmount) {
        amountAxis_ = makeValueAxis(lines, true, logScale);
        addAxis(amountAxis_, anyCount ? Qt::AlignRight : Qt::AlignLeft);
    }
    for (const TimelineLine& line : lines)
        addLine(x, line, logScale, PanelColumnStyle::isAmount(line.column) ? amountAxis_ : countAxis_);
    fitDateTicks();
}

QAbstractAxis* TimelineChart::makeValueAxis(const std::vector<TimelineLine>& lines, bool amounts, bool logScale)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const TimelineLine& line : lines) {
        if (PanelColumnStyle::isAmount(line.column) != amounts) continue;
        for (const double raw : line.values) {
            const double v = displayed(line, raw);
            if (!plottable(v, logScale)) continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    const QString title = compact_ ? QString() : amounts ? tr("Amount (million yuan)") : tr("Count");
    if (logScale) {
        auto* axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setLabelFormat(u"%g"_s);
        axis->setMinorTickCount(0);  // minor grid lines at 2…9 × each decade crowd the small charts
        // Whole decades, so the labels are 1, 10, 100 … rather than arbitrary values.
        const double minExp = std::isfinite(lo) ? std::floor(std::log10(lo)) : 0;
        const double maxExp = hi > 0 ? std::ceil(std::log10(hi)) : 1;
        axis->setRange(std::pow(10, minExp), std::pow(10, std::max(maxExp, minExp + 1)));
        axis->setTitleText(title);
        return axis;
    }
    auto* axis = new QValueAxis(this);
    axis->setRange(0, hi > 0 ? hi * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%g"_s);
    axis->setTitleText(title);
    return axis;
}

void TimelineChart::addLine(const std::vector<QDateTime>& x, const TimelineLine& line, bool logScale,
                            QAbstractAxis* yAxis)
{
    // A QLineSeries cannot have a gap, so each run of plottable values becomes its own series.
    QPen pen(PanelColumnStyle::colour(line.column));
    pen.setWidthF(compact_ ? 1.5 : 2.0);
    pen.setStyle(PanelColumnStyle::penStyle(line.column));
    QLineSeries* current = nullptr;
    const auto endRun = [&] {
        if (current && current->count() == 1) current->setPointsVisible(true);  // a lone point would not show
        current = nullptr;
    };
    for (std::size_t t = 0; t < line.values.size() && t < x.size(); ++t) {
        const double v = displayed(line, line.values[t]);
        if (!plottable(v, logScale)) {
            endRun();
            continue;
        }
        if (!current) {
            current = new QLineSeries(this);
            current->setName(PanelColumnStyle::label(line.column));
            current->setPen(pen);
            current->setProperty("column", line.column);
            addSeries(current);
            current->attachAxis(dateAxis_);
            current->attachAxis(yAxis);
        }
        current->append(static_cast<qreal>(x[t].toMSecsSinceEpoch()), v);
    }
    endRun();
}

QList<QPointF> TimelineChart::pointsOf(const QString& column) const
{
    QList<QPointF> points;
    for (QAbstractSeries* s : series())
        if (s->property("column").toString() == column)
            if (auto* line = qobject_cast<QLineSeries*>(s)) points += line->points();
    return points;
}

void TimelineChart::fitDateTicks()
{
    if (!dateAxis_) return;
    const QFontMetrics metrics(dateAxis_->labelsFont());
    // The widest label of the format plus a gap of two digits' width.
    const int labelWidth =
        metrics.horizontalAdvance(dateAxis_->min().toString(dateAxis_->format())) + metrics.horizontalAdvance(u"00"_s);
    const int width = static_cast<int>(plotArea().width());
    const int ticks = std::clamp(width / std::max(labelWidth, 1) + 1, 2, 13);
    if (ticks != dateAxis_->tickCount()) dateAxis_->setTickCount(ticks);
}

}  // namespace aitocracy::gui
