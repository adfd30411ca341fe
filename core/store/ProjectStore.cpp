#include "store/ProjectStore.h"

#include "store/FilePublish.h"
#include "store/ProjectFile.h"
#include "store/ProjectStoreImpl.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <sqlite3.h>

#include <exception>
#include <filesystem>
#include <system_error>

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr int kBulkCacheKiB = -8192;  // negative: KiB, as PRAGMA cache_size takes it

void rollbackIfOpen(sqlite3* db)
{
    // SQLite rolls back by itself after some errors (disk full, I/O); a second ROLLBACK
    // would then fail and hide the first error.
    if (sqlite3_get_autocommit(db) == 0) (void)execSql(db, "ROLLBACK");
}

}  // namespace

Result<ProjectStore> ProjectStore::create(const std::string& path, const UnitSet& units,
                                          const std::string& boundarySource)
{
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec)))
        return fail("exists", fs::path(path).filename().string() + " already exists", path);
    const std::string building = path + ".tmp";
    removeDatabaseFiles(building);  // left behind by a create that was killed
    removeDatabaseSideFiles(path);  // of a project deleted after a crash
    if (auto built = buildProjectFile(building, units, boundarySource); !built) {
        removeDatabaseFiles(building);
        built.error().context = path;
        return std::unexpected(std::move(built.error()));
    }
    if (auto moved = publishNew(building, path); !moved) {
        removeDatabaseFiles(building);
        return std::unexpected(std::move(moved.error()));
    }
    return open(path);
}

Result<ProjectStore> ProjectStore::open(const std::string& path)
{
    auto opened = openProjectFile(path);
    if (!opened) return std::unexpected(std::move(opened.error()));
    return ProjectStore(std::make_unique<Impl>(Impl{path, std::move(opened->connection), opened->schemaVersion}));
}

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;
ProjectStore::~ProjectStore() = default;  // Connection closes the handle

const std::string& ProjectStore::path() const { return impl_->path; }
int ProjectStore::schemaVersion() const { return impl_->schemaVersion; }
sqlite3* ProjectStore::handle() const { return impl_->connection.get(); }

Result<void> ProjectStore::transaction(const std::function<Result<void>(Transaction&)>& work)
{
    sqlite3* db = handle();
    if (sqlite3_get_autocommit(db) == 0)
        return fail("transaction", "a transaction is already running on this project", impl_->path);
    // IMMEDIATE takes the write lock now, so a concurrent writer makes us wait (busy
    // timeout) at the start instead of failing halfway through the work.
    if (auto begun = execSql(db, "BEGIN IMMEDIATE"); !begun) return begun;
    Result<void> outcome = ok();
    try {
        Transaction tx(db);  // destroyed before COMMIT: its cached statements are finalized
        outcome = work(tx);
    } catch (const std::exception& e) {
        outcome = fail("exception", std::string("the work threw: ") + e.what(), impl_->path);
    } catch (...) {
        outcome = fail("exception", "the work threw an unknown exception", impl_->path);
    }
    if (outcome && sqlite3_get_autocommit(db) != 0)
        outcome = fail("transaction", "the work ended the transaction itself (COMMIT or ROLLBACK)", impl_->path);
    if (!outcome) {
        rollbackIfOpen(db);
        return outcome;
    }
    if (auto committed = execSql(db, "COMMIT"); !committed) {
        rollbackIfOpen(db);
        return committed;
    }
    return ok();
}

Result<void> ProjectStore::bulkTransaction(const std::function<Result<void>(Transaction&)>& work)
{
    sqlite3* db = handle();
    // Leaving WAL mode needs an exclusive lock, which SQLite refuses at once (no busy
    // wait) while another connection has the file open; then the work runs in WAL mode.
    auto journal = queryText(db, "PRAGMA journal_mode = DELETE");
    const bool left = journal && journal->value_or("") == "delete";
    // A small page cache: appended pages are not read again, so they go to the file as
    // they fill (while the rows are still being made) instead of all at the commit.
    auto cache = queryInt(db, "PRAGMA cache_size");
    if (cache) (void)execSql(db, "PRAGMA cache_size = " + std::to_string(kBulkCacheKiB));
    auto outcome = transaction(work);
    if (cache) (void)execSql(db, "PRAGMA cache_size = " + std::to_string(*cache));
    // Failing here is harmless: the next open() switches to WAL again.
    if (left) (void)queryText(db, "PRAGMA journal_mode = WAL");
    return outcome;
}

}  // namespace aitocracy::core
