#pragma once
// What each of the researcher's tables holds: its canonical fields (DATA.md §4) with the
// header names they are recognised by, and the project table and columns they go to.
#include <cstddef>
#include <string_view>
#include <vector>

#include "import/TableKind.h"

namespace aitocracy::core {

struct TableField {
    std::string_view name;                  // canonical field, e.g. "software_total"
    std::vector<std::string_view> aliases;  // other header names, compared as tableHeaderKey does
};

struct TableLayout {
    TableKind kind;
    std::string_view table;                   // project table, e.g. "software_output"
    std::vector<std::string_view> dbColumns;  // one per field, same order
    std::vector<TableField> fields;           // every field's column is required
    std::size_t keyFields = 1;                // the first keyFields fields form the primary key
};

const TableLayout& tableLayout(TableKind kind);

// A header name reduced for matching: ASCII lower case, without spaces, '_', '-', and
// without a trailing unit in brackets ("Rain (mm)" -> "rain", "气温（℃）" -> "气温").
std::string tableHeaderKey(std::string_view header);

}  // namespace aitocracy::core
