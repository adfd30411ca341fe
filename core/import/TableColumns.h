#pragma once
// Finds the column of each field of a table in a file's header: the --map choice when
// given, else the canonical name, else an alias (DATA.md §4; case, spaces, '_' and a
// bracketed unit do not matter).
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "common/Error.h"
#include "import/TableLayout.h"

namespace aitocracy::core {

// For each field of `layout`, in order, the 0-based index of its header column.
// `columnMap`: field -> header name. Errors ("format", context `path`) name what is
// missing or unknown, the expected fields and the header as found, so the user can
// fix it with --map.
Result<std::vector<std::size_t>> resolveTableColumns(const TableLayout& layout, const std::vector<std::string>& header,
                                                     const std::map<std::string, std::string>& columnMap,
                                                     const std::string& path);

}  // namespace aitocracy::core
