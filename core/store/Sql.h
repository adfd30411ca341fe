#pragma once
// One-line SQL helpers for the store's own bookkeeping (pragmas, DDL, counts).
#include "common/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace aitocracy::core {

// Runs one or more statements, discarding any rows.
Result<void> execSql(sqlite3* db, const std::string& sql);

// The first column of the first row as an integer; an error when there is no row.
Result<std::int64_t> queryInt(sqlite3* db, const std::string& sql);

// The first column of the first row as text; nullopt when there is no row or it is NULL.
Result<std::optional<std::string>> queryText(sqlite3* db, const std::string& sql);

// The first column of every row, as text (e.g. PRAGMA quick_check).
Result<std::vector<std::string>> queryTextColumn(sqlite3* db, const std::string& sql);

Result<bool> tableExists(sqlite3* db, const std::string& table);

}  // namespace aitocracy::core
