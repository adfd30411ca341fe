#pragma once
// Writing the `places` table (the gazetteer) of a new project.
#include "common/Error.h"
#include "geo/Place.h"

#include <vector>

struct sqlite3;

namespace aitocracy::core {

// Inserts every place; the caller provides the transaction.
Result<void> insertPlaces(sqlite3* db, const std::vector<Place>& places);

}  // namespace aitocracy::core
