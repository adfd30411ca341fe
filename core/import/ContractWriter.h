#pragma once
// Stores the rows of one contracts import, inside its transaction, and keeps the report's
// counts. Built for a million rows a run: rows are inserted 32 to a statement with their
// strings bound in place, and a contract id is kept once through an in-memory index of
// the project's ids (ContractIdIndex) instead of a UNIQUE index: the import is the only
// writer while its transaction runs, so the ids it read at the start plus those it stores
// are all there are.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/Error.h"
#include "import/ContractIdIndex.h"
#include "import/ContractImportReport.h"
#include "import/ContractRow.h"
#include "store/Statement.h"

namespace aitocracy::core {

class Transaction;

class ContractWriter {
public:
    // Prepares the statements and indexes the ids of the contracts the project holds.
    static Result<ContractWriter> open(Transaction& tx, std::int64_t importId, std::size_t maxRejectedRecorded,
                                       ContractImportReport& report);

    // Stores `row`, refuses it (with its line and reason) or counts it as a contract the
    // project already holds. Rows to store are inserted 32 at a time, the rest at the next
    // flush(): until its row is inserted, `row` must stay as it is.
    Result<void> write(const ContractRow& row);
    // Readies the id index for `row`, to be written a few rows later.
    void prefetch(const ContractRow& row) const { ids_.prefetch(row.idHash); }
    // Inserts the rows written since the last flush.
    Result<void> flush();
    // Puts the counts and the unresolved buyers into the report.
    void finish();

private:
    static constexpr std::size_t kRowsPerInsert = 32;

    ContractWriter(Transaction& tx, Statement insertOne, Statement insertMany, Statement storedRow,
                   std::int64_t importId, std::size_t maxRejected, ContractImportReport& report);
    Result<void> indexStoredIds();
    Result<void> insert(Statement& statement, std::size_t first, std::size_t count);
    bool rowHolds(std::int64_t rowid, std::string_view id);
    Result<void> duplicate(const ContractRow& row);
    Result<void> reject(const ContractRow& row, const ContractRejected& problem, const std::string& kind,
                        const std::string& raw);
    void count(const ContractRow& row);
    void noteUnresolved(const ContractRow& row);

    Transaction* tx_;
    Statement insertOne_, insertMany_, storedRow_;
    std::int64_t importId_;
    std::size_t maxRejected_;
    ContractImportReport* report_;

    ContractIdIndex ids_;
    // Rows written but not inserted yet; SQLite will give them the rowids
    // nextRowid_ - size … nextRowid_ - 1 (one past the largest, in turn).
    std::vector<const ContractRow*> pending_;
    std::int64_t nextRowid_ = 1;
    Result<void> lookup_ = ok();     // a failed read of a stored row, for write() to return
    std::int64_t holderImport_ = 0;  // the import that stored the id last found

    // Counted per row without building a string key; into the report by finish().
    std::array<std::int64_t, kContractClasses.size()> byClass_{};
    std::map<std::string, std::int64_t, std::less<>> byPlacement_;
    std::unordered_map<std::string, UnresolvedBuyer> unresolved_;
};

}  // namespace aitocracy::core
