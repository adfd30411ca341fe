#pragma once
// Finds the column of each field of a table in a file's header: the --map choice when
// given, else the canonical name, else an alias (DATA.md §4; case, spaces, '_' and a
// bracketed unit do not matter).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"
#include "import/TableLayout.h"

namespace aitocracy::core {

// A --map entry that could not be applied.
struct FieldMapProblem {
    std::string field, column;
    bool unknownField = false;  // true: no such field; false: no such column
};

// The part of resolveTableColumns that checks nothing, shared with the import wizard's
// mapping (and its boundary fields): for each of `fields`, in order, its column or nullopt.
// Entries of `columnMap` (field -> header name) come first, then canonical names, then
// aliases, each column going to one field at most.
struct FieldColumnMatch {
    std::vector<std::optional<std::size_t>> columns;
    std::optional<FieldMapProblem> mapProblem;  // the first entry skipped
};
FieldColumnMatch matchFieldColumns(const std::vector<TableField>& fields, const std::vector<std::string>& header,
                                   const std::map<std::string, std::string>& columnMap);

// For each field of `layout`, in order, the 0-based index of its header column.
// `columnMap`: field -> header name. Errors ("format", context `path`) name what is
// missing or unknown, the expected fields and the header as found, so the user can
// fix it with --map.
Result<std::vector<std::size_t>> resolveTableColumns(const TableLayout& layout, const std::vector<std::string>& header,
                                                     const std::map<std::string, std::string>& columnMap,
                                                     const std::string& path);

}  // namespace aitocracy::core
