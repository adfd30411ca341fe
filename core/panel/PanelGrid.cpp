#include "panel/PanelGrid.h"

#include "panel/Periods.h"
#include "store/Statement.h"

namespace aitocracy::core {

std::size_t PanelGrid::cell(const std::string& unit, std::int64_t periodIndex) const
{
    const auto row = unitRow.find(unit);
    const std::int64_t t = periodIndex - firstIndex;
    if (row == unitRow.end() || t < 0 || t >= static_cast<std::int64_t>(periods)) return npos;
    return row->second * periods + static_cast<std::size_t>(t);
}

std::size_t PanelGrid::cellOfDate(const std::string& unit, std::string_view isoDate) const
{
    const auto index = periodIndexOfDate(kind, isoDate);
    return index ? cell(unit, *index) : npos;
}

Result<void> forEachRow(Statement& select, const CancelToken* cancel, const std::function<void(const Statement&)>& row)
{
    for (std::size_t n = 0;; ++n) {
        if (cancel && n % 4096 == 0 && cancel->cancelled()) return fail("cancelled", "the panel was not built");
        auto more = select.step();
        if (!more) return std::unexpected(more.error());
        if (!*more) return ok();
        row(select);
    }
}

Result<void> scatterRows(Statement& select, const PanelGrid& grid, std::span<std::vector<double>* const> targets,
                         const CancelToken* cancel)
{
    return forEachRow(select, cancel, [&](const Statement& row) {
        const std::size_t cell = grid.cell(row.columnText(0), row.columnInt(1));
        if (cell == PanelGrid::npos) return;
        for (std::size_t k = 0; k < targets.size(); ++k)
            if (!row.columnIsNull(static_cast<int>(k) + 2))
                (*targets[k])[cell] = row.columnDouble(static_cast<int>(k) + 2);
    });
}

std::string periodIndexSql(PeriodKind kind, std::string_view column)
{
    const std::string c(column);
    const std::string year = "CAST(substr(" + c + ", 1, 4) AS INTEGER)";
    const std::string month = "CAST(substr(" + c + ", 6, 2) AS INTEGER)";
    // julianday of a date is a whole day plus .5 exactly, so the difference is exact.
    const std::string day = "CAST(julianday(" + c + ") - 2440587.5 AS INTEGER)";
    switch (kind) {
        case PeriodKind::Day:
            return day;
        case PeriodKind::Week:
            // floor((day − 4) / 7) with SQLite's truncating division, shifted to stay positive
            // for any day after the year 1 (day 4 is the first Monday of week 0).
            return "((" + day + " - 4 + 7000000) / 7 - 1000000)";
        case PeriodKind::Month:
            return "(" + year + " * 12 + " + month + " - 1)";
        case PeriodKind::Quarter:
            return "(" + year + " * 4 + (" + month + " - 1) / 3)";
        case PeriodKind::Year:
            return year;
    }
    return day;
}

}  // namespace aitocracy::core
