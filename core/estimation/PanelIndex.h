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

    // Row of (unit, time), or -1.
    [[nodiscard]] std::int64_t rowAt(std::int32_t unit, std::int64_t time) const;

    // values lagged by k periods (k < 0: a lead), one entry per panel row.
    [[nodiscard]] std::vector<double> lagged(const std::vector<double>& values, int k) const;

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
