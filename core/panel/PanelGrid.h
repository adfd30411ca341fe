#pragma once
// Where stored rows land in a panel's columns (internal to buildPanel): unit codes to
// rows, period indexes (Periods.h) to periods. Small tables are grouped by SQLite, with
// the SQL expression below for the period; the large ones (contracts, weather) are
// streamed in storage order and summed here, because SQLite's GROUP BY sorts every row
// first: on the default demonstration world (300,000 contracts, 1.07 million weather
// days) that sort alone took about 1 s of the 1.3 s a quarterly panel cost.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "panel/Panel.h"

namespace aitocracy::core {

class Statement;

struct PanelGrid {
    std::unordered_map<std::string, std::size_t> unitRow;
    PeriodKind kind = PeriodKind::Quarter;
    std::int64_t firstIndex = 0;  // period index of the panel's first period
    std::size_t periods = 0;

    // The cell of (unit, period index), or npos when it lies outside the panel.
    [[nodiscard]] std::size_t cell(const std::string& unit, std::int64_t periodIndex) const;
    // The cell of a unit code and an ISO date; npos outside the panel or for a malformed date.
    [[nodiscard]] std::size_t cellOfDate(const std::string& unit, std::string_view isoDate) const;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// Steps `select` to the end; its rows are (unit_code, period index, v1, …, vn) with n =
// targets.size(), and v_k goes to (*targets[k])[cell]. NULL values and cells outside the
// grid are skipped (the targets keep their fill). Polls `cancel` every few thousand rows.
Result<void> scatterRows(Statement& select, const PanelGrid& grid, std::span<std::vector<double>* const> targets,
                         const CancelToken* cancel);

// Steps `select` to the end, handing each row to `row`; polls `cancel` every few
// thousand rows.
Result<void> forEachRow(Statement& select, const CancelToken* cancel, const std::function<void(const Statement&)>& row);

// An SQLite expression for the period index of the ISO date column `column`, equal to
// periodIndex(kind, day) for every calendar date.
std::string periodIndexSql(PeriodKind kind, std::string_view column);

}  // namespace aitocracy::core
