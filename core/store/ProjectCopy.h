#pragma once
// "Save As" for a project: a consistent copy of the file, written under a temporary
// name with SQLite's VACUUM INTO (a snapshot of one read transaction, the write-ahead
// log included, so a copy taken while another connection writes is still whole) and
// only then given its name. A failed copy leaves the target as it was.
#include "common/Error.h"

#include <string>

namespace aitocracy::core {

enum class ExistingTarget {
    Refuse,   // an existing `to` is an "exists" error
    Replace,  // an existing `to` is replaced (the caller has asked the user)
};

// Copies the project `from` to `to`. Errors: "io" (`from` missing or unreadable, the copy
// cannot be written), "format" / "corrupt" / "schema" (`from` is not a project this
// program can read, as ProjectStore::open), "exists" (`to` exists and `existing` is
// Refuse), "same" (`to` is `from` itself, whatever `existing` says).
Result<void> copyProject(const std::string& from, const std::string& to,
                         ExistingTarget existing = ExistingTarget::Refuse);

}  // namespace aitocracy::core
