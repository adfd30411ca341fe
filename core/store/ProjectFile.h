#pragma once
// The two ways a project file comes to be used: checked and opened (migrating it
// forward), or built from scratch. ProjectStore wraps them; kept apart so each step of
// "is this really a project we can read?" is one readable function.
#include "common/Error.h"
#include "geo/Unit.h"
#include "store/Connection.h"

#include <string>

namespace aitocracy::core {

struct OpenedProject {
    Connection connection;
    int schemaVersion = 0;
};

// Checks, in order: the file exists and is not empty ("io", "format"), is SQLite
// ("format"), carries kApplicationId ("format"), is not newer than this program
// ("schema"), passes PRAGMA quick_check ("corrupt"); then switches on WAL and foreign
// keys and applies pending migrations. Nothing is written before the checks pass.
Result<OpenedProject> openProjectFile(const std::string& path);

// Writes a complete project at `path` (which must not exist yet): schema, meta, code
// crosswalk, the gazetteer (units.places) and the units.
// On failure the caller removes the file.
Result<void> buildProjectFile(const std::string& path, const UnitSet& units,
                              const std::string& boundarySource);

}  // namespace aitocracy::core
