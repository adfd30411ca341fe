#include "store/Statement.h"

#include "store/SqliteError.h"

#include <sqlite3.h>

#include <utility>

namespace aitocracy::core {
namespace {

// Whether `tail` (what prepare left over) holds only whitespace and SQL comments.
bool onlyCommentsOrSpace(std::string_view tail)
{
    std::size_t i = 0;
    while (i < tail.size()) {
        const char c = tail[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';') {
            ++i;
        } else if (tail.substr(i, 2) == "--") {
            const auto end = tail.find('\n', i);
            i = end == std::string_view::npos ? tail.size() : end + 1;
        } else if (tail.substr(i, 2) == "/*") {
            const auto end = tail.find("*/", i + 2);
            if (end == std::string_view::npos) return false;
            i = end + 2;
        } else {
            return false;
        }
    }
    return true;
}

}  // namespace

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
    Statement result(db, stmt);  // owns `stmt` from here on, whatever happens next
    if (rc != SQLITE_OK) return std::unexpected(sqliteError(db, rc, std::string(sql)));
    if (stmt == nullptr) return fail("sqlite", "no SQL statement to prepare", std::string(sql));
    // A second statement would be silently ignored: refuse it so the bug shows.
    const auto used = static_cast<std::size_t>(tail - sql.data());
    if (!onlyCommentsOrSpace(sql.substr(used)))
        return fail("sqlite", "more than one SQL statement given to prepare", std::string(sql));
    return result;
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)),
      bindError_(std::move(other.bindError_))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
        bindError_ = std::move(other.bindError_);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::checkBind(int rc, int index)
{
    if (rc != SQLITE_OK && !bindError_)
        bindError_ = sqliteError(db_, rc, "parameter " + std::to_string(index));
}

Statement& Statement::bindInt(int index, std::int64_t value)
{
    checkBind(sqlite3_bind_int64(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bindDouble(int index, double value)
{
    checkBind(sqlite3_bind_double(stmt_, index, value), index);
    return *this;
}

Statement& Statement::bindText(int index, std::string_view text)
{
    // sqlite3_bind_text needs a non-null pointer for "" (null would mean NULL).
    const char* data = text.data() != nullptr ? text.data() : "";
    checkBind(sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
              index);
    return *this;
}

Statement& Statement::bindTextNoCopy(int index, std::string_view text)
{
    const char* data = text.data() != nullptr ? text.data() : "";
    checkBind(sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8), index);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    static const std::uint8_t empty = 0;
    const void* data = bytes.empty() ? &empty : bytes.data();  // empty blob, not NULL
    checkBind(sqlite3_bind_blob64(stmt_, index, data, bytes.size(), SQLITE_TRANSIENT), index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(stmt_, index), index);
    return *this;
}

Statement& Statement::bindOptionalDouble(int index, std::optional<double> value)
{
    return value ? bindDouble(index, *value) : bindNull(index);
}

Statement& Statement::bindOptionalText(int index, const std::optional<std::string>& text)
{
    return text ? bindText(index, *text) : bindNull(index);
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(stmt_, name);
}

Result<bool> Statement::step()
{
    if (bindError_) {
        Error e = std::move(*bindError_);
        bindError_.reset();
        return std::unexpected(std::move(e));
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error e = sqliteError(db_, rc, sqlite3_sql(stmt_));
    sqlite3_reset(stmt_);  // so the statement can be used again after the caller reacts
    return std::unexpected(std::move(e));
}

Result<void> Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more) return std::unexpected(std::move(more.error()));
        if (!*more) break;
    }
    sqlite3_reset(stmt_);
    return ok();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bindError_.reset();
}

int Statement::columnCount() const { return sqlite3_column_count(stmt_); }

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);  // after _text, as SQLite asks
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::string_view Statement::columnTextView(int column) const
{
    const auto* text = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    if (text == nullptr) return {};
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

std::optional<double> Statement::columnOptionalDouble(int column) const
{
    if (columnIsNull(column)) return std::nullopt;
    return columnDouble(column);
}

std::optional<std::string> Statement::columnOptionalText(int column) const
{
    if (columnIsNull(column)) return std::nullopt;
    return columnText(column);
}

std::span<const std::uint8_t> Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    if (data == nullptr || size <= 0) return {};
    return {static_cast<const std::uint8_t*>(data), static_cast<std::size_t>(size)};
}

}  // namespace aitocracy::core
