#pragma once
// Finds the row of (unit, time) in a panel, for lags: l(x, k) at row r is x at the row
// of the same unit and time t − k·step, exactly; a gap or the panel edge gives NaN.
#include "estimation/PanelData.h"

#include <cstdint>
#include <vector>

namespace aitocracy::core::est {

class PanelIndex {
public:
    explicit PanelIndex(const PanelData& panel);


    // The row holding the value of row r lagged by k periods (k < 0: a lead), or -1
    // (a gap, or the panel's edge). Lagging moves k slots back within the unit's span.
    [[nodiscard]] std::int64_t sourceRow(std::size_t r, int k) const
    {
        if (k == 0) return static_cast<std::int64_t>(r);
        const UnitSpan& s = spans_[static_cast<std::size_t>(panel_.unit[r])];
        const std::int64_t slot = slotOf_[r] - k;
        if (slot < s.offset || slot >= s.offset + s.slots) return -1;
        return rows_[static_cast<std::size_t>(slot)];
    }

    // Clears keep[r] for every row where some lag k in lowest … highest of `values`
    // falls on a gap, the panel's edge or a non-finite value. One pass over the slots
    // (a run length of consecutive usable periods) however many lags there are.
    void keepRowsWithLags(const std::vector<double>& values, int lowest, int highest, std::vector<char>& keep) const;

private:
    const PanelData& panel_;
    struct UnitSpan {
        std::int64_t firstTime = 0;
        std::int64_t slots = 0;
        std::int64_t offset = 0;  // into rows_
    };
    std::vector<UnitSpan> spans_;
    std::vector<std::int64_t> rows_;  // dense (time − firstTime)/step slots per unit; -1 = no row
    std::vector<std::int64_t> slotOf_;  // per row: its slot in rows_ (lags move along slots)
};

}  // namespace aitocracy::core::est
