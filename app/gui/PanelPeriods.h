#pragma once
// The calendar extent of a panel's periods, as day numbers (days since 1970-01-01), so
// the timelines, the prefecture table and the map agree on which periods a selected
// time range covers. Qt-free: plain arithmetic that tests check by hand.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "panel/Panel.h"

namespace aitocracy::gui {

// The first day of period t (parsed from panel.periodStarts[t], "YYYY-MM-DD").
std::int64_t periodFirstDay(const core::Panel& panel, std::size_t t);
// The last day of period t, from the panel's PeriodKind (a week is seven days, a month
// ends on its last day, and so on).
std::int64_t periodLastDay(const core::Panel& panel, std::size_t t);

// Half-open index range [first, last) of periods.
struct PeriodSpan {
    std::size_t first = 0;
    std::size_t last = 0;
    [[nodiscard]] bool empty() const { return last <= first; }
};

// The periods that overlap the inclusive day range [from, to]; an absent bound is open.
// Overlap rather than containment, so that a range inside one period still selects it.
PeriodSpan periodsOverlapping(const core::Panel& panel, std::optional<std::int64_t> from,
                              std::optional<std::int64_t> to);

// The period whose first day is nearest to `day` (ties go to the earlier one): where a
// drag on the timeline, whose points sit on period starts, snaps to. Requires periods.
std::size_t nearestPeriod(const core::Panel& panel, std::int64_t day);

}  // namespace aitocracy::gui
