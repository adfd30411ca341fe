#include "PanelAggregates.h"

#include <cmath>

namespace aitocracy::gui {

std::vector<double> sumOverUnits(const core::Panel& panel, const core::PanelColumn& column,
                                 const std::vector<std::size_t>& units)
{
    const std::size_t periods = panel.periodCount();
    std::vector<double> sums(periods, 0.0);
    std::vector<bool> seen(periods, false);
    const auto add = [&](std::size_t u) {
        for (std::size_t t = 0; t < periods; ++t) {
            const double v = panel.at(column, u, t);
            if (std::isnan(v)) continue;
            sums[t] += v;
            seen[t] = true;
        }
    };
    if (units.empty())
        for (std::size_t u = 0; u < panel.unitCount(); ++u) add(u);
    else
        for (const std::size_t u : units) add(u);
    for (std::size_t t = 0; t < periods; ++t)
        if (!seen[t]) sums[t] = core::Panel::kMissing;
    return sums;
}

std::vector<double> movingAverage(const std::vector<double>& values, int window)
{
    if (window <= 1) return values;
    const auto k = static_cast<std::size_t>(window);
    std::vector<double> out(values.size(), core::Panel::kMissing);
    for (std::size_t t = k - 1; t < values.size(); ++t) {
        double sum = 0;
        bool complete = true;
        for (std::size_t i = t + 1 - k; i <= t && complete; ++i) {
            complete = !std::isnan(values[i]);
            sum += values[i];
        }
        if (complete) out[t] = sum / static_cast<double>(k);
    }
    return out;
}

std::vector<double> unitAggregates(const core::Panel& panel, const core::PanelColumn& column, PeriodSpan periods,
                                   Aggregate aggregate)
{
    std::vector<double> out(panel.unitCount(), core::Panel::kMissing);
    for (std::size_t u = 0; u < panel.unitCount(); ++u) {
        double sum = 0;
        std::size_t n = 0;
        for (std::size_t t = periods.first; t < periods.last; ++t) {
            const double v = panel.at(column, u, t);
            if (std::isnan(v)) continue;
            sum += v;
            ++n;
        }
        if (n == 0) continue;
        out[u] = aggregate == Aggregate::Mean ? sum / static_cast<double>(n) : sum;
    }
    return out;
}

}  // namespace aitocracy::gui
