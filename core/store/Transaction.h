#pragma once
// What ProjectStore::transaction hands to its work function: the way importers and
// other writers put rows into the project. Everything done through it commits together
// or not at all; the store owns BEGIN/COMMIT/ROLLBACK, so don't issue them here.
#include "common/Error.h"
#include "store/ImportRecord.h"
#include "store/Statement.h"

#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;

namespace aitocracy::core {

class Transaction {
public:
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction() = default;

    // Runs one or more SQL statements without parameters.
    Result<void> exec(const std::string& sql);

    // A prepared statement for bound inserts; prepare once, then bind + run() per row.
    // Finalize it (let it go out of scope) before the work function returns.
    Result<Statement> prepare(const std::string& sql);

    // Writes a provenance row and returns its id (record.id is ignored). Rows that the
    // import brings should carry that id in their import_id column.
    Result<std::int64_t> recordImport(const ImportRecord& record);

    // Sets the SHA-256 of an import's file, when it is known only after the rows (an
    // importer that hashes the file while it reads it).
    Result<void> setImportSha256(std::int64_t importId, const std::string& sha256);

    // Marks an import finished: status (import_status), counts, finished_at = now.
    Result<void> finishImport(std::int64_t importId, const std::string& status,
                              const std::string& countsJson);

    // Records an input row the importer refused. `rawText` is cut at
    // RejectedRow::kMaxRawBytes.
    Result<void> recordRejectedRow(std::int64_t importId, std::int64_t line, std::int64_t column,
                                   const std::string& reason, const std::string& rawText);

    // Sets a meta key (e.g. "simulated" = "1", "boundaries_as_of" = "2020-12-31").
    Result<void> setMeta(const std::string& key, const std::string& value);

    // rowid of the last INSERT on this connection.
    [[nodiscard]] std::int64_t lastInsertId() const;

    [[nodiscard]] sqlite3* handle() const { return db_; }

private:
    friend class ProjectStore;
    explicit Transaction(sqlite3* db) : db_(db) {}

    sqlite3* db_;
    std::optional<Statement> insertReject_;  // reused: importers may reject many rows
};

}  // namespace aitocracy::core
