#pragma once
// Writes the rows of one table import into the project and tells what became of each:
// stored, already there with the same values (a re-import), or refused because the key
// is taken by different values, repeats a key of the same file, or (software) names a
// firm the project does not have.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

#include "common/Error.h"
#include "import/TableLayout.h"
#include "import/TableValue.h"
#include "store/Statement.h"

namespace aitocracy::core {

class Transaction;

struct TableWrite {
    enum class Outcome { Stored, Duplicate, Refused };
    Outcome outcome = Outcome::Stored;
    std::size_t field = 0;  // Refused: the field at fault (index into the layout's fields)
    std::string reason;     // Refused: for people
};

class TableWriter {
public:
    static Result<TableWriter> prepare(Transaction& tx, const TableLayout& layout, std::int64_t importId);

    Result<TableWrite> write(const TableValues& values);

private:
    TableWriter(const TableLayout& layout, std::int64_t importId, Statement insert, Statement select,
                std::optional<Statement> firm);
    [[nodiscard]] std::string describeKey(const TableValues& values) const;
    Result<TableWrite> compareWithStored(const TableValues& values);

    const TableLayout* layout_;
    std::int64_t importId_;
    Statement insert_, select_;
    std::optional<Statement> firm_;  // software: does the firm exist?
    // Hashes of the keys of this file's rows that met a row of an earlier import, to tell
    // a key repeated within the file from a re-import. Rows this import stored are told
    // by their import_id instead, so the set stays empty unless the file was seen before.
    std::unordered_set<std::size_t> metEarlier_;
};

}  // namespace aitocracy::core
