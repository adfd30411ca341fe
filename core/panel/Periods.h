#pragma once
// Period arithmetic for panels. Every kind numbers its periods with consecutive integers
// (a period index), so a panel column is indexed by index − first index, and the SQL that
// groups stored rows computes the same index (PanelGrid.h) instead of a label.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "panel/Panel.h"

namespace aitocracy::core {

// "day", "week", "month", "quarter", "year".
std::string_view periodKindName(PeriodKind kind);
// The inverse of periodKindName; an error ("usage") names the accepted words.
Result<PeriodKind> parsePeriodKind(std::string_view text);

// Days since 1970-01-01 of a strict ISO date "YYYY-MM-DD" that is a calendar date.
std::optional<std::int64_t> parseIsoDay(std::string_view text);
// periodIndex of such a date; nullopt when it is not one.
std::optional<std::int64_t> periodIndexOfDate(PeriodKind kind, std::string_view isoDate);

// The index of the period holding `day` (days since 1970-01-01): the day itself; ISO
// weeks (Monday to Sunday) counted from the week of Monday 1970-01-05; year·12 + month − 1;
// year·4 + quarter − 1; the year.
std::int64_t periodIndex(PeriodKind kind, std::int64_t day);
// The first day of period `index` (days since 1970-01-01).
std::int64_t periodFirstDay(PeriodKind kind, std::int64_t index);
// "2016-03-05", "2016-W09" (ISO week-numbering year and week), "2016-03", "2016Q1", "2016".
std::string periodLabel(PeriodKind kind, std::int64_t index);
// The label of the period holding an ISO date; an error ("usage") when it is not one.
Result<std::string> periodLabelOfDate(PeriodKind kind, std::string_view isoDate);

struct PeriodSpan {
    std::int64_t firstIndex = 0;      // period index of labels[0]
    std::vector<std::string> labels;  // every period from the one holding `from` to the one holding `to`
    std::vector<std::string> starts;  // the first ISO day of each
};

// The periods covering [from, to] (ISO dates, from ≤ to), whole periods at both ends.
Result<PeriodSpan> periodsCovering(PeriodKind kind, std::string_view from, std::string_view to);

}  // namespace aitocracy::core
