#pragma once
// Putting a finished database file into place: the store builds new projects and copies
// under a temporary name and only then gives them their real name, so that a failure or
// a crash never leaves a half-written project behind.
#include "common/Error.h"

#include <string>

namespace aitocracy::core {

// Removes a database file and the files SQLite keeps next to it (-wal, -shm, -journal);
// missing files are not an error.
void removeDatabaseFiles(const std::string& path);

// Removes only the -wal, -shm and -journal files of `path`. Left beside a file that is
// about to be replaced (or of a project deleted after a crash), SQLite would replay
// their old pages into the new file.
void removeDatabaseSideFiles(const std::string& path);

// Moves the finished `from` to `to` without ever replacing a file that appeared at `to`
// meanwhile ("exists"); "io" when the move fails.
Result<void> publishNew(const std::string& from, const std::string& to);

}  // namespace aitocracy::core
