#pragma once
// Turns the cells of one record of a researcher's table into the values of its project
// row, or says which cell is wrong and why.
#include <cstddef>
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "import/TableLayout.h"
#include "import/TableUnitCodes.h"
#include "import/TableValue.h"

namespace aitocracy::core {

struct TableRow {
    TableValues values;    // one per field of the layout, in the project's column types
    bool recoded = false;  // prefecture_code named a county, district or old code of the unit stored
};

struct TableCellProblem {
    std::int64_t column = 0;  // 1-based column in the file, 0 = the whole record
    std::string reason;
};

class TableRowReader {
public:
    // `columns`: for each field of the layout, its 0-based column (resolveTableColumns).
    // `units` is needed for weather and covariates.
    TableRowReader(const TableLayout& layout, std::vector<std::size_t> columns, const TableUnitCodes* units)
        : layout_(layout), columns_(std::move(columns)), units_(units)
    {
    }

    [[nodiscard]] std::expected<TableRow, TableCellProblem> read(const std::vector<std::string_view>& cells) const;

private:
    [[nodiscard]] std::expected<TableValue, TableCellProblem> cell(const std::vector<std::string_view>& cells,
                                                                   std::size_t field, bool& recoded) const;

    const TableLayout& layout_;
    std::vector<std::size_t> columns_;
    const TableUnitCodes* units_;
};

}  // namespace aitocracy::core
