#pragma once
// The arithmetic behind the timelines and the prefecture table, apart from the widgets
// that draw it (Qt-free, checked against hand computations in the tests).
//
// Missing values (NaN) are skipped in sums and means; a result is NaN only when every
// value it would combine is missing, so a gap in the data shows as a gap, not as zero.
#include <cstddef>
#include <vector>

#include "PanelPeriods.h"
#include "panel/Panel.h"

namespace aitocracy::gui {

// Per period, the sum of `column` over `units` (indices into panel.unitCodes; empty:
// all units, i.e. all of China). Length: panel.periodCount().
std::vector<double> sumOverUnits(const core::Panel& panel, const core::PanelColumn& column,
                                 const std::vector<std::size_t>& units);

// Trailing moving average over `window` periods: out[t] = mean(values[t-window+1 … t]).
// NaN for the first window-1 periods and wherever a value in the window is missing (as
// pandas' rolling(window).mean() does), so the line never averages over a gap. A window
// of 1 returns the values unchanged.
std::vector<double> movingAverage(const std::vector<double>& values, int window);

enum class Aggregate { Total, Mean };

// Per unit, the total (or mean over non-missing periods) of `column` over `periods`.
// Length: panel.unitCount().
std::vector<double> unitAggregates(const core::Panel& panel, const core::PanelColumn& column, PeriodSpan periods,
                                   Aggregate aggregate);

}  // namespace aitocracy::gui
