#pragma once
// A prepared SQLite statement that finalizes itself. Bind calls chain and remember the
// first failure, which step()/run() then report: a bulk insert loop checks one Result
// per row instead of one per column.
#include "common/Error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace aitocracy::core {

class Statement {
public:
    // Exactly one SQL statement; trailing whitespace and comments are allowed.
    static Result<Statement> prepare(sqlite3* db, std::string_view sql);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite. Text and blobs are copied.
    Statement& bindInt(int index, std::int64_t value);
    Statement& bindDouble(int index, double value);
    Statement& bindText(int index, std::string_view text);
    // Binds without copying, for bulk loads: `text` must stay alive and unchanged until
    // the statement has run with it (run() or the last step()).
    Statement& bindTextNoCopy(int index, std::string_view text);
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);
    Statement& bindOptionalDouble(int index, std::optional<double> value);
    Statement& bindOptionalText(int index, const std::optional<std::string>& text);
    // Index of a named parameter (":name"), 0 when there is none.
    [[nodiscard]] int parameterIndex(const char* name) const;

    // true: a row is ready for the column accessors; false: the statement is done.
    Result<bool> step();
    // Steps to completion (for INSERT/UPDATE/DELETE) and resets, so the statement can be
    // bound and run again; bindings stay unless rebound.
    Result<void> run();
    // Makes the statement ready to run again and clears all bindings to NULL.
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool columnIsNull(int column) const;
    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;  // "" for NULL
    // The same without a copy: valid until the next step(), reset() or destruction.
    [[nodiscard]] std::string_view columnTextView(int column) const;
    [[nodiscard]] std::optional<double> columnOptionalDouble(int column) const;
    [[nodiscard]] std::optional<std::string> columnOptionalText(int column) const;
    // Valid until the next step(), reset() or destruction.
    [[nodiscard]] std::span<const std::uint8_t> columnBlob(int column) const;

    [[nodiscard]] sqlite3_stmt* handle() const { return stmt_; }

private:
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    void checkBind(int rc, int index);

    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    std::optional<Error> bindError_;  // the first bind failure since the last step
};

}  // namespace aitocracy::core
