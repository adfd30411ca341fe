#pragma once
// Applies schema migrations forward, all in one transaction: either the file reaches
// the newest version or it stays exactly as it was.
#include "common/Error.h"
#include "store/Schema.h"

#include <span>

struct sqlite3;

namespace aitocracy::core {

// Brings `db` from its PRAGMA user_version to list.back().version and returns that
// version. `list` must hold versions 1, 2, … in order (tests pass their own lists).
// A file newer than the list is an Error "schema"; foreign keys are checked before
// committing when any migration ran.
Result<int> migrate(sqlite3* db, std::span<const Migration> list = migrations());

}  // namespace aitocracy::core
