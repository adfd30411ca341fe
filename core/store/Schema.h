#pragma once
// The project file's schema as a list of forward migrations: migration k takes a file
// from PRAGMA user_version k-1 to k. Version 0 is an SQLite file that carries the
// project application id and nothing else; migration 1 creates the whole base schema.
// A new feature that needs a column or table appends a migration, never edits one.
#include <cstdint>
#include <span>
#include <string>

namespace aitocracy::core {

// PRAGMA application_id of every project file ("AITC"), so `file(1)` and open() can
// tell a project from any other SQLite database.
inline constexpr std::int32_t kApplicationId = 0x41495443;

struct Migration {
    int version;              // the user_version the file has after this migration
    const char* description;  // for error messages
    const char* sql;          // one or more statements, run inside the migration transaction
};

// All migrations this program knows, in order (versions 1, 2, …).
std::span<const Migration> migrations();

// The newest schema this program reads and writes: migrations().back().version.
int currentSchemaVersion();

// The tables that hold data (counted by ProjectStore::info), in a stable order.
std::span<const char* const> dataTables();

}  // namespace aitocracy::core
