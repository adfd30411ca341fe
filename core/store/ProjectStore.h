#pragma once
// One project = one SQLite file (extension .aitocracy): units with their outlines, raw
// imported rows, import provenance, rules, saved analysis specs, simulation truth.
// Schema version in PRAGMA user_version, forward migrations, WAL, foreign keys,
// trusted_schema=OFF, defensive mode, no extension loading. A file from a newer
// version, a corrupt file or a non-SQLite file is a clear Error, never a crash. A store
// is used by one thread at a time; threads that work at once open a store each.
#include "common/Error.h"
#include "geo/Unit.h"
#include "store/ImportRecord.h"
#include "store/RejectedRow.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
    // First and last date of the dated data: "unrest_events", "contracts", "weather"
    // (tables without rows are left out).
    std::map<std::string, std::pair<std::string, std::string>> periods;
    std::string truthJson;  // the simulated world's true parameters (the latest), or empty
    std::map<std::string, std::int64_t> contractsByClass;  // class → contracts
    std::int64_t contractsUnplaced = 0;                    // contracts whose buyer found no unit

    bool operator==(const ProjectInfo&) const = default;
};

class Transaction;

class ProjectStore {
public:
    // Creates a new project file holding `units` and the gazetteer units.places (fails if the file exists).
    // Errors: "exists" (the path is taken), "io", "constraint" (e.g. two units with one
    // code). The file is built as `path + ".tmp"` and only then moved to `path`, so a
    // failed create leaves nothing behind.
    static Result<ProjectStore> create(const std::string& path, const UnitSet& units,
                                       const std::string& boundarySource);
    // Opens an existing project, migrating an older schema forward (in one transaction).
    // Errors: "io" (missing, unreadable), "format" (empty, not SQLite, or an SQLite file
    // that is not a project), "corrupt" (fails PRAGMA quick_check), "schema" (written by
    // a newer version). A file is a project when its application_id is kApplicationId
    // (store/Schema.h); user_version 0 with that id is an empty project, migrated to now.
    static Result<ProjectStore> open(const std::string& path);

    // A moved-from store may only be destroyed or assigned to.
    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ~ProjectStore();

    [[nodiscard]] const std::string& path() const;
    [[nodiscard]] int schemaVersion() const;
    Result<UnitSet> loadUnits() const;  // sorted by code, attribution restored
    Result<ProjectInfo> info() const;

    // A meta value ("app_version", "created_at", "simulated", "boundary_source",
    // "boundaries_as_of", "attribution", …); nullopt when the key is not set.
    Result<std::optional<std::string>> meta(const std::string& key) const;
    // Provenance, oldest first, and the rows an import refused, in input order.
    Result<std::vector<ImportRecord>> imports() const;
    Result<std::vector<RejectedRow>> rejectedRows(std::int64_t importId) const;

    // Runs `work` inside one transaction: commits when it returns success, rolls back
    // (leaving the file exactly as before) when it returns an Error or throws.
    Result<void> transaction(const std::function<Result<void>(Transaction&)>& work);

    // transaction() for loading many rows at once. When no other connection has the file
    // open, it runs with a rollback journal instead of the write-ahead log: the pages a
    // bulk load adds to the end of the file need no journal copy, so the rows are written
    // once, where through the log they are written twice (to the log, then at the
    // checkpoint). The promise is the same: an error, a throw or a killed process leaves
    // the file as it was (SQLite rolls a left-over journal back when the file is next
    // opened). Afterwards the file is back in WAL mode. When another connection has it
    // open, the work simply runs in WAL mode; while it runs in rollback mode, another
    // program opening the file may have to wait until it ends. Meant for appending rows
    // to tables without secondary indexes: the page cache is kept small meanwhile.
    Result<void> bulkTransaction(const std::function<Result<void>(Transaction&)>& work);

    // Raw handle for the store's own helpers (importers use Transaction instead).
    [[nodiscard]] sqlite3* handle() const;

private:
    struct Impl;
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace aitocracy::core
