#include "store/Sql.h"

#include "store/SqliteError.h"
#include "store/Statement.h"

#include <sqlite3.h>

namespace aitocracy::core {

Result<void> execSql(sqlite3* db, const std::string& sql)
{
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(sqliteError(db, rc, sql));
    return ok();
}

Result<std::int64_t> queryInt(sqlite3* db, const std::string& sql)
{
    auto stmt = Statement::prepare(db, sql);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    auto row = stmt->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return fail("sqlite", "query returned no row", sql);
    return stmt->columnInt(0);
}

Result<std::optional<std::string>> queryText(sqlite3* db, const std::string& sql)
{
    auto stmt = Statement::prepare(db, sql);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    auto row = stmt->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return std::optional<std::string>{};
    return stmt->columnOptionalText(0);
}

Result<std::vector<std::string>> queryTextColumn(sqlite3* db, const std::string& sql)
{
    auto stmt = Statement::prepare(db, sql);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    std::vector<std::string> values;
    for (;;) {
        auto row = stmt->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        values.push_back(stmt->columnText(0));
    }
    return values;
}

Result<bool> tableExists(sqlite3* db, const std::string& table)
{
    auto stmt = Statement::prepare(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bindText(1, table);
    auto row = stmt->step();
    if (!row) return std::unexpected(std::move(row.error()));
    return *row;
}

}  // namespace aitocracy::core
