#include "store/SqliteError.h"

#include <sqlite3.h>

namespace aitocracy::core {

std::string sqliteErrorCode(int resultCode)
{
    // A short read of the main file means it ends before its own header says it
    // should: a truncated project, which users should read as "damaged", not "disk".
    if (resultCode == SQLITE_IOERR_SHORT_READ) return "corrupt";
    switch (resultCode & 0xff) {
    case SQLITE_CORRUPT: return "corrupt";
    case SQLITE_NOTADB: return "format";
    case SQLITE_CONSTRAINT: return "constraint";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "busy";
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS: return "io";
    case SQLITE_NOMEM: return "memory";
    case SQLITE_INTERRUPT: return "cancelled";
    default: return "sqlite";
    }
}

Error sqliteError(sqlite3* db, int resultCode, std::string context)
{
    // sqlite3_errmsg describes the connection's most recent failure, which may not be
    // this one (e.g. a code returned by sqlite3_open_v2 on a null handle).
    const bool fresh = db != nullptr && sqlite3_extended_errcode(db) == resultCode;
    std::string message = fresh ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return Error{sqliteErrorCode(resultCode), std::move(message), std::move(context)};
}

}  // namespace aitocracy::core
