#include "store/Migrator.h"

#include "store/Sql.h"

#include <sqlite3.h>

namespace aitocracy::core {
namespace {

Result<void> checkList(std::span<const Migration> list)
{
    if (list.empty()) return fail("internal", "no schema migrations");
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].version != static_cast<int>(i) + 1)
            return fail("internal", "schema migrations must be numbered 1, 2, … in order",
                        list[i].description);
    return ok();
}

// The body of migrate(), run inside the transaction.
Result<int> applyPending(sqlite3* db, std::span<const Migration> list)
{
    auto version = queryInt(db, "PRAGMA user_version");
    if (!version) return std::unexpected(std::move(version.error()));
    const int newest = list.back().version;
    if (*version > newest)
        return fail("schema", "schema " + std::to_string(*version) + " is newer than this version reads (up to " +
                                  std::to_string(newest) + ")");
    if (*version < 0) return fail("corrupt", "negative schema version " + std::to_string(*version));
    if (*version == newest) return newest;

    for (const auto& m : list.subspan(static_cast<std::size_t>(*version))) {
        if (auto done = execSql(db, m.sql); !done) {
            done.error().context = "schema migration " + std::to_string(m.version) + " (" + m.description + ")";
            return std::unexpected(std::move(done.error()));
        }
    }
    // user_version is part of the database header, so this write commits or rolls back
    // with the migrations themselves.
    if (auto set = execSql(db, "PRAGMA user_version = " + std::to_string(newest)); !set)
        return std::unexpected(std::move(set.error()));
    auto violations = queryTextColumn(db, "PRAGMA foreign_key_check");
    if (!violations) return std::unexpected(std::move(violations.error()));
    if (!violations->empty())
        return fail("schema", "schema migration left rows that break foreign keys (table " +
                                  violations->front() + ")");
    return newest;
}

}  // namespace

Result<int> migrate(sqlite3* db, std::span<const Migration> list)
{
    if (auto valid = checkList(list); !valid) return std::unexpected(std::move(valid.error()));
    // Up to date (the usual case): no write lock, so opening a project never waits for
    // another program's import and works on a read-only file.
    auto current = queryInt(db, "PRAGMA user_version");
    if (!current) return std::unexpected(std::move(current.error()));
    if (*current == list.back().version) return list.back().version;
    // IMMEDIATE: take the write lock before reading user_version, so two programs
    // opening the same old file cannot both decide to migrate it.
    if (auto begun = execSql(db, "BEGIN IMMEDIATE"); !begun) return std::unexpected(std::move(begun.error()));
    auto result = applyPending(db, list);
    if (!result) {
        if (sqlite3_get_autocommit(db) == 0) (void)execSql(db, "ROLLBACK");
        return result;
    }
    if (auto committed = execSql(db, "COMMIT"); !committed) {
        if (sqlite3_get_autocommit(db) == 0) (void)execSql(db, "ROLLBACK");
        return std::unexpected(std::move(committed.error()));
    }
    return result;
}

}  // namespace aitocracy::core
