#pragma once
// Owns one sqlite3 handle, opened with the store's safety settings: defensive mode,
// no extension loading, untrusted schema, no double-quoted string literals, extended
// result codes and a busy timeout (so a second program reading the project waits
// instead of failing at once). Closes with sqlite3_close_v2. One thread at a time: the
// handle is opened without SQLite's per-call locking (multi-thread mode).
#include "common/Error.h"

#include <string>

struct sqlite3;

namespace aitocracy::core {

class Connection {
public:
    enum class Mode { OpenExisting, CreateNew };

    static Result<Connection> open(const std::string& path, Mode mode);

    Connection() = default;
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    [[nodiscard]] sqlite3* get() const { return db_; }
    // Closes now (e.g. before renaming the file); safe to call twice.
    void close();

    static constexpr int kBusyTimeoutMs = 5000;

private:
    explicit Connection(sqlite3* db) : db_(db) {}
    Result<void> configure();

    sqlite3* db_ = nullptr;
};

}  // namespace aitocracy::core
