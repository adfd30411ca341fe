#include "ChoroplethController.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

#include "MapLegend.h"
#include "MapView.h"

namespace aitocracy::gui {

namespace {

// Few significant digits for people: 12 345, 3.75, 0.0123.
QString formatValue(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1000) return locale.toString(v, 'f', 0);
    if (a >= 1 || a == 0) {
        QString s = locale.toString(v, 'f', 2);
        const QString dot = locale.decimalPoint();
        if (s.contains(dot)) {
            while (s.endsWith(u'0')) s.chop(1);
            if (s.endsWith(dot)) s.chop(dot.size());
        }
        return s;
    }
    return locale.toString(v, 'g', 3);
}

}  // namespace

ChoroplethController::ChoroplethController(MapView* map, MapLegend* legend, QObject* parent)
    : QObject(parent), map_(map), legend_(legend)
{
}

void ChoroplethController::setPanel(std::shared_ptr<const core::Panel> panel)
{
    panel_ = std::move(panel);
    matched_ = false;
    spec_.reset();
    clearColours();
}

void ChoroplethController::setSpec(const ChoroplethSpec& spec)
{
    spec_ = spec;
    refresh();
}

QString ChoroplethController::rangeLabel(double lower, double upper)
{
    return lower == upper ? formatValue(lower) : tr("%1 – %2").arg(formatValue(lower), formatValue(upper));
}

QString ChoroplethController::title() const
{
    if (!panel_ || !spec_) return {};
    return titleFor(*panel_, *spec_);
}

QString ChoroplethController::titleFor(const core::Panel& panel, const ChoroplethSpec& spec)
{
    if (spec.lastPeriod >= panel.periodCount()) return {};
    const QString variable = QString::fromStdString(spec.column);
    const QString first = QString::fromStdString(panel.periodLabels[spec.firstPeriod]);
    if (spec.firstPeriod == spec.lastPeriod) return tr("%1 — %2").arg(variable, first);
    const QString last = QString::fromStdString(panel.periodLabels[spec.lastPeriod]);
    return spec.aggregation == PeriodAggregation::Sum ? tr("%1, sum %2 – %3").arg(variable, first, last)
                                                      : tr("%1, mean %2 – %3").arg(variable, first, last);
}

std::vector<LegendEntry> ChoroplethController::legendFor(const ChoroplethLayer::Classified& classified, const std::vector<QColor>& fills)
{
    const core::ClassBreaks& b = classified.breaks;
    std::vector<LegendEntry> entries;
    for (std::size_t k = 0; k < b.classCount(); ++k) entries.push_back({classified.classColours[k], rangeLabel(b.bounds[k], b.bounds[k + 1]), b.counts[k]});
    // "No data" counts the hatched map units: missing in the panel or missing from it.
    const auto noData = static_cast<std::size_t>(std::ranges::count_if(fills, [](const QColor& c) { return !c.isValid(); }));
    entries.push_back({QColor(), tr("No data"), noData});
    return entries;
}

void ChoroplethController::unitsChanged()
{
    matched_ = false;
    refresh();
}

void ChoroplethController::refresh()
{
    if (!panel_ || !spec_ || !map_) return clearColours();
    auto classified = ChoroplethLayer::classify(*panel_, *spec_);
    if (!classified) {
        clearColours();
        Q_EMIT problemChanged(classified.error());
        return;
    }
    classified_ = std::move(*classified);
    const MapGeometry& geometry = map_->geometry();
    if (!matched_) {
        match_ = ChoroplethLayer::matchUnits(*panel_, geometry);
        matched_ = true;
    }
    std::vector<QColor> fills = ChoroplethLayer::unitFills(*classified_, match_, geometry.unitCount());
    if (legend_) legend_->setLegend(title(), legendFor(*classified_, fills));
    map_->setUnitFills(std::move(fills));
    Q_EMIT problemChanged({});
}

void ChoroplethController::clearColours()
{
    classified_.reset();
    if (map_) map_->setUnitFills({});
    if (legend_) legend_->clear();
}

}  // namespace aitocracy::gui
