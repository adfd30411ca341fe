#pragma once
// Reading and writing the `units` table (outlines as WKB through geo/Wkb.h).
#include "common/Error.h"
#include "geo/Unit.h"

struct sqlite3;

namespace aitocracy::core {

// Inserts every unit; the caller provides the transaction. Units only: the
// attribution lives in meta.
Result<void> insertUnits(sqlite3* db, const UnitSet& units);

// All units sorted by code (byte order), geometry and drawing decoded. A blob that does
// not decode is an Error "corrupt" naming the unit.
Result<UnitSet> readUnits(sqlite3* db);

}  // namespace aitocracy::core
