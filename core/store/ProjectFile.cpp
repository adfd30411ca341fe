#include "store/ProjectFile.h"

#include "geo/CodeCrosswalk.h"
#include "store/Migrator.h"
#include "store/PlaceTable.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/Statement.h"
#include "store/Timestamp.h"
#include "store/UnitTable.h"

#include <sqlite3.h>

#include <filesystem>
#include <vector>

#ifndef AITOCRACY_VERSION
#define AITOCRACY_VERSION "0.0.0"
#endif

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

std::string fileNameOf(const std::string& path) { return fs::path(path).filename().string(); }

// `error` (from the first read of the file) restated for people: what the file is not.
Error firstReadError(Error error, const std::string& path)
{
    const auto name = fileNameOf(path);
    if (error.code == "format")
        error.message = name + " is not an Aitocracy Explorer project: it is not an SQLite database (" +
                        error.message + ")";
    else if (error.code == "corrupt")
        error.message = name + " is damaged and cannot be read (" + error.message + ")";
    else
        error.message = name + ": " + error.message;
    error.context = path;
    return error;
}

Result<void> checkFile(const std::string& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) return fail("io", fileNameOf(path) + " does not exist", path);
    if (!fs::is_regular_file(status)) return fail("io", fileNameOf(path) + " is not a regular file", path);
    // SQLite would take an empty file for an empty database; say what it really is.
    if (fs::file_size(path, ec) == 0 && !ec)
        return fail("format", fileNameOf(path) + " is empty: it is not an Aitocracy Explorer project", path);
    return ok();
}

Result<int> checkIdentityAndVersion(sqlite3* db, const std::string& path)
{
    auto appId = queryInt(db, "PRAGMA application_id");
    if (!appId) return std::unexpected(firstReadError(std::move(appId.error()), path));
    if (*appId != kApplicationId)
        return fail("format", fileNameOf(path) + " is an SQLite database but not an Aitocracy Explorer project", path);
    auto version = queryInt(db, "PRAGMA user_version");
    if (!version) return std::unexpected(firstReadError(std::move(version.error()), path));
    if (*version > currentSchemaVersion())
        return fail("schema",
                    fileNameOf(path) + " was written by a newer version of Aitocracy Explorer (schema " +
                        std::to_string(*version) + "; this version reads up to " +
                        std::to_string(currentSchemaVersion()) + ")",
                    path);
    if (*version < 0) return fail("corrupt", fileNameOf(path) + " has an invalid schema version", path);
    return static_cast<int>(*version);
}

// quick_check's findings on one line: rows may themselves hold several lines, and the
// "*** in database main ***" banner says nothing to a user.
std::string summarize(const std::vector<std::string>& problems)
{
    std::string out;
    for (const auto& row : problems) {
        std::size_t start = 0;
        while (start <= row.size()) {
            auto end = row.find('\n', start);
            if (end == std::string::npos) end = row.size();
            const auto line = row.substr(start, end - start);
            if (!line.empty() && !line.starts_with("***")) out += (out.empty() ? "" : "; ") + line;
            start = end + 1;
        }
    }
    if (out.size() > 300) out = out.substr(0, 300) + " …";
    return out.empty() ? "no result" : out;
}

Result<void> checkIntegrity(sqlite3* db, const std::string& path)
{
    // quick_check: every page and record readable and well-formed, without the index
    // cross-check of integrity_check, which would cost minutes on a large project.
    auto problems = queryTextColumn(db, "PRAGMA quick_check(5)");
    if (!problems) return std::unexpected(firstReadError(std::move(problems.error()), path));
    if (problems->size() != 1 || problems->front() != "ok")
        return fail("corrupt",
                    fileNameOf(path) + " is damaged and cannot be read (SQLite quick_check: " +
                        summarize(*problems) + ")",
                    path);
    return ok();
}

Result<void> enableJournalAndKeys(sqlite3* db)
{
    // WAL lets the GUI read while an import writes. Some file systems (network shares)
    // cannot do WAL; SQLite then keeps the rollback journal, which is just as safe, so
    // that result is accepted rather than refusing to open the project.
    if (auto mode = queryText(db, "PRAGMA journal_mode = WAL"); !mode)
        return std::unexpected(std::move(mode.error()));
    if (auto done = execSql(db, "PRAGMA foreign_keys = ON"); !done) return done;
    auto keys = queryInt(db, "PRAGMA foreign_keys");
    if (!keys) return std::unexpected(std::move(keys.error()));
    if (*keys != 1) return fail("sqlite", "could not enable foreign keys");
    return ok();
}

Result<void> insertMeta(sqlite3* db, const std::string& key, const std::string& value)
{
    auto insert = Statement::prepare(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
    if (!insert) return std::unexpected(std::move(insert.error()));
    insert->bindText(1, key).bindText(2, value);
    return insert->run();
}

// Every project carries the 2013–2020 code changes, so that imported rows with old
// codes (contracts keep the code valid when they were signed) find their unit.
Result<void> insertCodeCrosswalk(sqlite3* db)
{
    auto insert = Statement::prepare(db, "INSERT INTO code_crosswalk (old_code, new_code, effective_date, name_zh, kind, source) "
                                         "VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert) return std::unexpected(std::move(insert.error()));
    for (const CodeChange& c : codeChanges()) {
        insert->reset();
        insert->bindText(1, c.oldCode).bindText(2, c.newCode).bindText(3, c.date).bindText(4, c.nameZh).bindText(5, c.kind).bindText(6, c.source);
        if (auto done = insert->run(); !done) return done;
    }
    return ok();
}

Result<void> writeContent(sqlite3* db, const UnitSet& units, const std::string& boundarySource)
{
    const std::pair<const char*, std::string> meta[] = {
        {"app_version", AITOCRACY_VERSION},
        {"created_at", isoUtcNow()},
        {"simulated", "0"},
        {"boundary_source", boundarySource},
        {"attribution", units.attribution},
    };
    for (const auto& [key, value] : meta)
        if (auto done = insertMeta(db, key, value); !done) return done;
    if (auto done = insertCodeCrosswalk(db); !done) return done;
    if (auto done = insertPlaces(db, units.places); !done) return done;
    return insertUnits(db, units);
}

}  // namespace

Result<OpenedProject> openProjectFile(const std::string& path)
{
    if (auto file = checkFile(path); !file) return std::unexpected(std::move(file.error()));
    auto connection = Connection::open(path, Connection::Mode::OpenExisting);
    if (!connection) return std::unexpected(firstReadError(std::move(connection.error()), path));
    sqlite3* db = connection->get();

    auto version = checkIdentityAndVersion(db, path);
    if (!version) return std::unexpected(std::move(version.error()));
    if (auto intact = checkIntegrity(db, path); !intact) return std::unexpected(std::move(intact.error()));
    if (*version >= 1) {
        auto hasMeta = tableExists(db, "meta");
        if (!hasMeta) return std::unexpected(firstReadError(std::move(hasMeta.error()), path));
        if (!*hasMeta)
            return fail("format", fileNameOf(path) + " is not an Aitocracy Explorer project (no meta table)", path);
    }
    if (auto setUp = enableJournalAndKeys(db); !setUp) return std::unexpected(firstReadError(std::move(setUp.error()), path));
    auto migrated = migrate(db);
    if (!migrated) {
        migrated.error().message = fileNameOf(path) + ": " + migrated.error().message;
        return std::unexpected(std::move(migrated.error()));
    }
    return OpenedProject{std::move(*connection), *migrated};
}

Result<void> buildProjectFile(const std::string& path, const UnitSet& units, const std::string& boundarySource)
{
    auto connection = Connection::open(path, Connection::Mode::CreateNew);
    if (!connection) return std::unexpected(std::move(connection.error()));
    sqlite3* db = connection->get();
    if (auto done = execSql(db, "PRAGMA foreign_keys = ON; PRAGMA application_id = " +
                                    std::to_string(kApplicationId));
        !done)
        return done;
    if (auto migrated = migrate(db); !migrated) return std::unexpected(std::move(migrated.error()));

    if (auto begun = execSql(db, "BEGIN IMMEDIATE"); !begun) return begun;
    if (auto written = writeContent(db, units, boundarySource); !written) {
        (void)execSql(db, "ROLLBACK");
        return written;
    }
    if (auto committed = execSql(db, "COMMIT"); !committed) return committed;
    // Switch to WAL last: the mode is recorded in the file header, and the connection is
    // closed right after, which checkpoints and removes the -wal file before the rename.
    if (auto mode = queryText(db, "PRAGMA journal_mode = WAL"); !mode)
        return std::unexpected(std::move(mode.error()));
    connection->close();
    return ok();
}

}  // namespace aitocracy::core
