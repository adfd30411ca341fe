#pragma once
// A table's secondary indexes dropped for a bulk load and created again at its end:
// building an index by sorting once is many times cheaper than updating it at a random
// place for every inserted row (most of a million-row import's time otherwise). Used
// inside the import's transaction, so a rollback brings the indexes back as they were.
// Indexes that enforce a constraint (UNIQUE, PRIMARY KEY) are kept: inserts rely on them.
#include <string>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

class Transaction;

class DeferredIndexes {
public:
    static Result<DeferredIndexes> drop(Transaction& tx, const std::string& table);
    Result<void> restore(Transaction& tx);

private:
    std::vector<std::string> createSql_;
};

}  // namespace aitocracy::core
