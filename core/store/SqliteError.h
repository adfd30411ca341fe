#pragma once
// Turns SQLite result codes into the core's Error, so that callers can branch on a
// stable code ("corrupt", "format", "io", "constraint", "busy", ...) instead of on
// SQLite's numbers.
#include "common/Error.h"

#include <string>

struct sqlite3;

namespace aitocracy::core {

// The Error code for a SQLite (extended) result code.
std::string sqliteErrorCode(int resultCode);

// An Error for `resultCode`; the message is SQLite's own text for the connection when it
// describes this failure, else the generic text for the code.
Error sqliteError(sqlite3* db, int resultCode, std::string context = {});

}  // namespace aitocracy::core
