#pragma once
// Writes the rows of a query as a UTF-8 CSV file. The file is written beside its final
// name (".tmp") and moved into place only when complete, so a failed export never
// leaves a half-written file where the user expects a whole one.
#include <cstdint>
#include <functional>
#include <string>

#include "common/Error.h"
#include "store/Statement.h"

struct sqlite3;

namespace aitocracy::core {

// `header` is the first line (without its '\n'); `format` appends one row's fields
// (without the '\n') to `line`. Returns the number of rows written.
Result<std::int64_t> exportQueryCsv(sqlite3* db, const char* sql, const char* header, const std::string& outPath,
                                    const std::function<void(const Statement&, std::string& line)>& format);

}  // namespace aitocracy::core
