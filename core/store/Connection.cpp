#include "store/Connection.h"

#include "store/Sql.h"
#include "store/SqliteError.h"

#include <sqlite3.h>

#include <utility>

namespace aitocracy::core {

Result<Connection> Connection::open(const std::string& path, Mode mode)
{
    // NOMUTEX (SQLite's multi-thread mode): a connection is used by one thread at a time
    // (each worker opens its own store), so SQLite need not lock it on every call, which
    // a bulk import makes some twenty times a row.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::CreateNew) flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection connection(raw);  // sqlite3_open_v2 may hand out a handle even on failure
    if (rc != SQLITE_OK) return std::unexpected(sqliteError(raw, rc, path));
    if (auto configured = connection.configure(); !configured) {
        configured.error().context = path;
        return std::unexpected(std::move(configured.error()));
    }
    return connection;
}

Result<void> Connection::configure()
{
    // A project file may come from anyone: with defensive mode and an untrusted schema a
    // crafted file cannot corrupt itself through writable_schema or make triggers and
    // views call functions with side effects; no extension can ever be loaded.
    struct Setting {
        int option;
        int value;
        const char* name;
    };
    const Setting settings[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1, "defensive"},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "load_extension"},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "trusted_schema"},
        {SQLITE_DBCONFIG_DQS_DDL, 0, "dqs_ddl"},
        {SQLITE_DBCONFIG_DQS_DML, 0, "dqs_dml"},
    };
    for (const auto& s : settings) {
        int now = -1;
        const int rc = sqlite3_db_config(db_, s.option, s.value, &now);
        if (rc != SQLITE_OK) return std::unexpected(sqliteError(db_, rc, s.name));
        if (now != s.value) return fail("sqlite", std::string("could not set ") + s.name);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    // A page cache of 256 MiB (SQLite's default is 2 MiB): an import of millions of rows
    // updates several indexes at random places, and with a small cache every such page
    // went through the OS again. It is a bound, taken only as pages are used, so memory
    // stays flat whatever the file size.
    if (auto cache = execSql(db_, "PRAGMA cache_size = -262144"); !cache) return cache;
    // Same as the dbconfig above; kept as a pragma too so it shows in `PRAGMA` listings.
    return execSql(db_, "PRAGMA trusted_schema = OFF");
}

Connection::Connection(Connection&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Connection::~Connection() { close(); }

void Connection::close()
{
    // _v2: a statement someone forgot to finalize delays the close instead of leaking it.
    sqlite3_close_v2(std::exchange(db_, nullptr));
}

}  // namespace aitocracy::core
