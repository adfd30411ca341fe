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
        const std::int64_t d = panel.time[r] - s.firstTime;
        slotOf_[r] = s.offset + (step == 1 ? d : d / step);  // a 64-bit division is slow; most panels step by 1
        rows_[static_cast<std::size_t>(slotOf_[r])] = static_cast<std::int64_t>(r);
    }
}

void PanelIndex::keepRowsWithLags(const std::vector<double>& values, int lowest, int highest, std::vector<char>& keep) const
{
    // run[s]: how many consecutive usable periods end at slot s, within its unit.
    std::vector<std::int32_t> run(rows_.size(), 0);
    for (const UnitSpan& s : spans_) {
        std::int32_t length = 0;
        for (std::int64_t slot = s.offset; slot < s.offset + s.slots; ++slot) {
            const std::int64_t r = rows_[static_cast<std::size_t>(slot)];
            length = r >= 0 && std::isfinite(values[static_cast<std::size_t>(r)]) ? length + 1 : 0;
            run[static_cast<std::size_t>(slot)] = length;
        }
    }
    // Row r at slot s needs slots s − highest … s − lowest: the run ending at s − lowest
    // must reach back highest − lowest + 1 periods.
    const std::int32_t needed = highest - lowest + 1;
    for (std::size_t r = 0; r < keep.size(); ++r) {
        if (!keep[r]) continue;
        const UnitSpan& s = spans_[static_cast<std::size_t>(panel_.unit[r])];
        const std::int64_t last = slotOf_[r] - lowest;
        if (last < s.offset || last >= s.offset + s.slots || run[static_cast<std::size_t>(last)] < needed) keep[r] = 0;
    }
}


}  // namespace aitocracy::core::est
