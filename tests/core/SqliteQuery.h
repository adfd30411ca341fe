#pragma once
// Reading a project file in a test straight through SQLite, independently of the store.
#include <QtGlobal>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace aitocracy::test {

// Runs a query on an open connection and feeds every row's columns (as text, "" for
// NULL) to `row`.
template <typename Fn>
void query(sqlite3* db, const std::string& sql, Fn&& row)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) qFatal("%s", sqlite3_errmsg(db));
    std::vector<std::string> values;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        values.clear();
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = sqlite3_column_text(stmt, c);
            values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
        row(values);
    }
    sqlite3_finalize(stmt);
}

// The same on a project file, opened read-only for the query.
template <typename Fn>
void query(const std::string& path, const std::string& sql, Fn&& row)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) qFatal("cannot open %s", path.c_str());
    query(db, sql, row);
    sqlite3_close(db);
}

}  // namespace aitocracy::test
