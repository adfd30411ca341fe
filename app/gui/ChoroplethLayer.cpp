#include "ChoroplethLayer.h"

#include <cmath>

#include "MapGeometry.h"
#include "carto/Palettes.h"

namespace aitocracy::gui {

std::vector<double> ChoroplethLayer::unitValues(const core::Panel& panel, const core::PanelColumn& column,
                                                std::size_t firstPeriod, std::size_t lastPeriod,
                                                PeriodAggregation aggregation)
{
    std::vector<double> values(panel.unitCount(), core::Panel::kMissing);
    for (std::size_t u = 0; u < panel.unitCount(); ++u) {
        double sum = 0;
        std::size_t n = 0;
        for (std::size_t t = firstPeriod; t <= lastPeriod; ++t) {
            const double v = panel.at(column, u, t);
            if (std::isnan(v)) continue;
            sum += v;
            ++n;
        }
        if (n > 0) values[u] = aggregation == PeriodAggregation::Sum ? sum : sum / static_cast<double>(n);
    }
    return values;
}

std::expected<ChoroplethLayer::Classified, QString> ChoroplethLayer::classify(const core::Panel& panel,
                                                                              const ChoroplethSpec& spec)
{
    const core::PanelColumn* column = panel.column(spec.column);
    if (!column) return std::unexpected(tr("The panel has no variable “%1”.").arg(QString::fromStdString(spec.column)));
    if (spec.firstPeriod > spec.lastPeriod || spec.lastPeriod >= panel.periodCount())
        return std::unexpected(tr("The period range is outside the panel."));
    Classified out;
    out.values = unitValues(panel, *column, spec.firstPeriod, spec.lastPeriod, spec.aggregation);
    auto breaks = core::classBreaks(out.values, spec.scheme, spec.classes, spec.customBreaks);
    if (!breaks) {
        if (breaks.error().code == "no_data") return std::unexpected(tr("No unit has a value in these periods."));
        return std::unexpected(
            tr("The classes cannot be made: %1").arg(QString::fromStdString(breaks.error().message)));
    }
    out.breaks = std::move(*breaks);
    auto colours = core::paletteColours(spec.palette, static_cast<int>(out.breaks.classCount()));
    if (!colours)
        return std::unexpected(tr("The palette has colours for 1 to %1 classes, not %2.")
                                   .arg(core::kMaxPaletteClasses)
                                   .arg(out.breaks.classCount()));
    for (const core::Rgb& c : *colours) out.classColours.emplace_back(c.r, c.g, c.b);
    return out;
}

std::vector<std::optional<std::size_t>> ChoroplethLayer::matchUnits(const core::Panel& panel,
                                                                    const MapGeometry& geometry)
{
    std::vector<std::optional<std::size_t>> match;
    match.reserve(panel.unitCount());
    for (const std::string& code : panel.unitCodes) match.push_back(geometry.indexOf(QString::fromStdString(code)));
    return match;
}

std::vector<QColor> ChoroplethLayer::unitFills(const Classified& classified,
                                               const std::vector<std::optional<std::size_t>>& match,
                                               std::size_t mapUnitCount)
{
    std::vector<QColor> fills(mapUnitCount);  // invalid: no data
    for (std::size_t u = 0; u < match.size() && u < classified.values.size(); ++u) {
        if (!match[u]) continue;
        if (const auto k = core::classOf(classified.breaks, classified.values[u]))
            fills[*match[u]] = classified.classColours[*k];
    }
    return fills;
}

}  // namespace aitocracy::gui
