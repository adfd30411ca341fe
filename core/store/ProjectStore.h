#pragma once
// One project = one SQLite file (extension .aitocracy): units with their outlines, raw
// imported rows, import provenance, rules, saved analysis specs, simulation truth.
// Schema version in PRAGMA user_version, forward migrations, WAL, foreign keys,
// trusted_schema=OFF, defensive mode, no extension loading. A file from a newer
// version, a corrupt file or a non-SQLite file is a clear Error, never a crash.
#include "common/Error.h"
#include "geo/Unit.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace aitocracy::core {

inline constexpr const char* kProjectExtension = ".aitocracy";

// Counts of everything stored, for `aitocracy-cli info`.
struct ProjectInfo {
    int schemaVersion = 0;
    std::string appVersion;           // version of the program that created the file
    std::string createdAt;            // ISO 8601 UTC
    bool simulated = false;           // true for demonstration worlds
    std::string boundarySource;       // "builtin" or the user's file name
    std::map<std::string, std::int64_t> counts;  // table name -> row count
};

class Transaction;

class ProjectStore {
public:
    // Creates a new project file holding `units` (fails if the file exists).
    static Result<ProjectStore> create(const std::string& path, const UnitSet& units,
                                       const std::string& boundarySource);
    // Opens an existing project, migrating an older schema forward (in one transaction).
    static Result<ProjectStore> open(const std::string& path);

    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ~ProjectStore();

    [[nodiscard]] const std::string& path() const;
    [[nodiscard]] int schemaVersion() const;
    Result<UnitSet> loadUnits() const;
    Result<ProjectInfo> info() const;

    // Runs `work` inside one transaction: commits when it returns success, rolls back
    // (leaving the file exactly as before) when it returns an Error or throws.
    Result<void> transaction(const std::function<Result<void>(Transaction&)>& work);

    // Raw handle for the store's own helpers (importers use Transaction instead).
    [[nodiscard]] sqlite3* handle() const;

private:
    struct Impl;
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace aitocracy::core
