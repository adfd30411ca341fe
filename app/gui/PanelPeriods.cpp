#include "PanelPeriods.h"

#include <string>

#include "common/Dates.h"
#include "panel/Periods.h"

namespace aitocracy::gui {

namespace {

// "YYYY-MM-DD" → day number; the panel builder writes exactly this form (a panel made
// otherwise breaks Panel's contract: its periods then all start on 1970-01-01 rather
// than the program stopping).
std::int64_t parseIsoDay(const std::string& iso) { return core::parseIsoDay(iso).value_or(0); }

// The first day of the month `months` after the month of `c`.
std::int64_t firstOfMonthAfter(core::CivilDate c, int months)
{
    const int index = c.year * 12 + (c.month - 1) + months;
    return core::daysFromCivil(index / 12, index % 12 + 1, 1);
}

}  // namespace

std::int64_t periodFirstDay(const core::Panel& panel, std::size_t t)
{
    return parseIsoDay(panel.periodStarts[t]);
}

std::int64_t periodLastDay(const core::Panel& panel, std::size_t t)
{
    const std::int64_t first = periodFirstDay(panel, t);
    const core::CivilDate c = core::civilFromDays(first);
    switch (panel.period) {
        case core::PeriodKind::Day:
            return first;
        case core::PeriodKind::Week:
            return first + 6;
        case core::PeriodKind::Month:
            return firstOfMonthAfter(c, 1) - 1;
        case core::PeriodKind::Quarter:
            return firstOfMonthAfter(c, 3) - 1;
        case core::PeriodKind::Year:
            return firstOfMonthAfter(c, 12) - 1;
    }
    return first;
}

PeriodSpan periodsOverlapping(const core::Panel& panel, std::optional<std::int64_t> from,
                              std::optional<std::int64_t> to)
{
    PeriodSpan span{panel.periodCount(), 0};
    for (std::size_t t = 0; t < panel.periodCount(); ++t) {
        if (from && periodLastDay(panel, t) < *from) continue;
        if (to && periodFirstDay(panel, t) > *to) continue;
        if (span.first > t) span.first = t;
        span.last = t + 1;
    }
    if (span.empty()) return {};
    return span;
}

std::size_t nearestPeriod(const core::Panel& panel, std::int64_t day)
{
    std::size_t best = 0;
    std::int64_t bestDistance = std::abs(periodFirstDay(panel, 0) - day);
    for (std::size_t t = 1; t < panel.periodCount(); ++t) {
        const std::int64_t distance = std::abs(periodFirstDay(panel, t) - day);
        if (distance < bestDistance) {
            best = t;
            bestDistance = distance;
        }
    }
    return best;
}

}  // namespace aitocracy::gui
