#include "estimation/PanelIndex.h"

#include <cmath>
#include <limits>

namespace aitocracy::core::est {

PanelIndex::PanelIndex(const PanelData& panel) : panel_(panel)
{
    const std::int64_t step = panel.timeStep > 0 ? panel.timeStep : 1;
    std::vector<std::int64_t> minT(panel.unitLevels.size(), std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> maxT(panel.unitLevels.size(), std::numeric_limits<std::int64_t>::min());
    for (std::size_t r = 0; r < panel.rows(); ++r) {
        const auto u = static_cast<std::size_t>(panel.unit[r]);
        minT[u] = std::min(minT[u], panel.time[r]);
        maxT[u] = std::max(maxT[u], panel.time[r]);
    }
    spans_.resize(panel.unitLevels.size());
    std::int64_t offset = 0;
    for (std::size_t u = 0; u < spans_.size(); ++u) {
        if (minT[u] > maxT[u]) continue;  // a unit without rows
        spans_[u] = {minT[u], (maxT[u] - minT[u]) / step + 1, offset};
        offset += spans_[u].slots;
    }
    rows_.assign(static_cast<std::size_t>(offset), -1);
    slotOf_.resize(panel.rows());
    for (std::size_t r = 0; r < panel.rows(); ++r) {
        const UnitSpan& s = spans_[static_cast<std::size_t>(panel.unit[r])];
        slotOf_[r] = s.offset + (panel.time[r] - s.firstTime) / step;
        rows_[static_cast<std::size_t>(slotOf_[r])] = static_cast<std::int64_t>(r);
    }
}

std::int64_t PanelIndex::rowAt(std::int32_t unit, std::int64_t time) const
{
    if (unit < 0 || static_cast<std::size_t>(unit) >= spans_.size()) return -1;
    const UnitSpan& s = spans_[static_cast<std::size_t>(unit)];
    const std::int64_t step = panel_.timeStep > 0 ? panel_.timeStep : 1;
    const std::int64_t d = time - s.firstTime;
    if (d < 0 || d % step != 0 || d / step >= s.slots) return -1;
    return rows_[static_cast<std::size_t>(s.offset + d / step)];
}

std::vector<double> PanelIndex::lagged(const std::vector<double>& values, int k) const
{
    if (k == 0) return values;
    std::vector<double> out(values.size(), std::numeric_limits<double>::quiet_NaN());
    // Lagging by k periods moves k slots back within the unit's span of slots.
    const std::int32_t* unit = panel_.unit.data();
    const std::int64_t* slotOf = slotOf_.data();
    const std::int64_t* rows = rows_.data();
    const UnitSpan* spans = spans_.data();
    const double* in = values.data();
    double* o = out.data();
    for (std::size_t r = 0; r < values.size(); ++r) {
        const UnitSpan& s = spans[unit[r]];
        const std::int64_t slot = slotOf[r] - k;
        if (slot < s.offset || slot >= s.offset + s.slots) continue;
        const std::int64_t source = rows[slot];
        if (source >= 0) o[r] = in[source];
    }
    return out;
}

}  // namespace aitocracy::core::est
