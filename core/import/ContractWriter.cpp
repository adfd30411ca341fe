#include "import/ContractWriter.h"

#include <algorithm>
#include <utility>

#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

constexpr int kColumns = 14;
constexpr std::size_t kUnresolvedListed = 100;
constexpr std::size_t kUnresolvedTracked = 100000;  // distinct buyers counted; beyond, rows only

// An INSERT of `rows` rows: one statement for many rows pays SQLite's per-statement work
// (start, cursors, halt, reset) once for all of them. SQLite numbers the rows one past the
// largest rowid, so the id index knows their rowids before they are inserted (the import
// is the only writer); insert() checks that it was so.
std::string insertSql(std::size_t rows)
{
    std::string sql =
        "INSERT INTO contracts (contract_id, import_id, signed_date, buyer, buyer_region_code, "
        "buyer_region_name, supplier, supplier_id, amount_yuan, title, unit_code, placement_rule, class, "
        "matched_keywords) VALUES ";
    for (std::size_t r = 0; r < rows; ++r)
        sql += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

}  // namespace

Result<ContractWriter> ContractWriter::open(Transaction& tx, std::int64_t importId, std::size_t maxRejectedRecorded,
                                            ContractImportReport& report)
{
    auto one = tx.prepare(insertSql(1));
    if (!one) return std::unexpected(one.error());
    auto many = tx.prepare(insertSql(kRowsPerInsert));
    if (!many) return std::unexpected(many.error());
    auto stored = tx.prepare("SELECT contract_id, import_id FROM contracts WHERE id = ?1");
    if (!stored) return std::unexpected(stored.error());
    ContractWriter writer(tx, std::move(*one), std::move(*many), std::move(*stored), importId, maxRejectedRecorded,
                          report);
    if (auto indexed = writer.indexStoredIds(); !indexed) return std::unexpected(indexed.error());
    return writer;
}

ContractWriter::ContractWriter(Transaction& tx, Statement insertOne, Statement insertMany, Statement storedRow,
                               std::int64_t importId, std::size_t maxRejected, ContractImportReport& report)
    : tx_(&tx),
      insertOne_(std::move(insertOne)),
      insertMany_(std::move(insertMany)),
      storedRow_(std::move(storedRow)),
      importId_(importId),
      maxRejected_(maxRejected),
      report_(&report)
{
}

Result<void> ContractWriter::indexStoredIds()
{
    auto select = tx_->prepare("SELECT id, contract_id FROM contracts");
    if (!select) return std::unexpected(select.error());
    while (true) {
        auto more = select->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        const std::int64_t rowid = select->columnInt(0);
        ids_.add(select->columnTextView(1), rowid);
        nextRowid_ = std::max(nextRowid_, rowid + 1);
    }
    return ok();
}

Result<void> ContractWriter::write(const ContractRow& row)
{
    ++report_->rowsRead;
    if (row.problem) return reject(row, *row.problem, row.problemKind, row.raw);
    const auto held =
        ids_.addUnlessHeld(row.idHash, nextRowid_, [&](std::int64_t rowid) { return rowHolds(rowid, row.id); });
    if (!lookup_) return std::exchange(lookup_, ok());
    if (held) return duplicate(row);
    ++nextRowid_;
    pending_.push_back(&row);
    count(row);
    return pending_.size() == kRowsPerInsert ? flush() : ok();
}

Result<void> ContractWriter::flush()
{
    std::size_t first = 0;
    for (; pending_.size() - first >= kRowsPerInsert; first += kRowsPerInsert)
        if (auto done = insert(insertMany_, first, kRowsPerInsert); !done) return done;
    for (; first < pending_.size(); ++first)
        if (auto done = insert(insertOne_, first, 1); !done) return done;
    pending_.clear();
    return ok();
}

// The row's strings are bound in place (no copies): they stay put until the statement ran.
Result<void> ContractWriter::insert(Statement& statement, std::size_t first, std::size_t count)
{
    const auto firstRowid = nextRowid_ - static_cast<std::int64_t>(pending_.size());
    for (std::size_t k = 0; k < count; ++k) {
        const ContractRow& row = *pending_[first + k];
        const int p = static_cast<int>(k) * kColumns;
        statement.bindTextNoCopy(p + 1, row.id)
            .bindInt(p + 2, importId_)
            .bindTextNoCopy(p + 3, row.date)
            .bindTextNoCopy(p + 4, row.buyer)
            .bindTextNoCopy(p + 5, row.regionCode)
            .bindTextNoCopy(p + 6, row.regionName)
            .bindTextNoCopy(p + 7, row.supplier)
            .bindTextNoCopy(p + 8, row.supplierId)
            .bindOptionalDouble(p + 9, row.amountYuan)
            .bindTextNoCopy(p + 10, row.title)
            .bindTextNoCopy(p + 12, row.placement.rule)
            .bindTextNoCopy(p + 13, contractClassName(row.classification.cls))
            .bindTextNoCopy(p + 14, row.classification.matchedKeywords);
        if (row.placement.unitCode)
            statement.bindTextNoCopy(p + 11, *row.placement.unitCode);
        else
            statement.bindNull(p + 11);
    }
    if (auto ran = statement.run(); !ran) {
        Error e = ran.error();
        e.context = report_->file + ":" + std::to_string(pending_[first]->line);
        return std::unexpected(e);
    }
    if (const auto expected = firstRowid + static_cast<std::int64_t>(first + count) - 1;
        tx_->lastInsertId() != expected)
        return fail(
            "internal",
            "contract stored as row " + std::to_string(tx_->lastInsertId()) + ", expected " + std::to_string(expected),
            report_->file + ":" + std::to_string(pending_[first + count - 1]->line));
    return ok();
}

// Whether row `rowid` holds contract `id` (a row not inserted yet is looked at in memory);
// notes which import stored it. A failed read is kept for write() to return.
bool ContractWriter::rowHolds(std::int64_t rowid, std::string_view id)
{
    const std::int64_t firstPending = nextRowid_ - static_cast<std::int64_t>(pending_.size());
    if (rowid >= firstPending) {
        const bool holds = pending_[static_cast<std::size_t>(rowid - firstPending)]->id == id;
        if (holds) holderImport_ = importId_;
        return holds;
    }
    storedRow_.bindInt(1, rowid);
    auto found = storedRow_.step();
    const bool holds = found && *found && storedRow_.columnTextView(0) == id;
    if (holds) holderImport_ = storedRow_.columnInt(1);
    if (!found) lookup_ = std::unexpected(found.error());
    storedRow_.reset();
    return holds;
}

// The id is taken: by an earlier line of this file (a refused row) or by an earlier
// import (left as it is: re-importing changes nothing).
Result<void> ContractWriter::duplicate(const ContractRow& row)
{
    if (holderImport_ != importId_) {
        ++report_->duplicatesInProject;
        return ok();
    }
    return reject(
        row, ContractRejected{row.line, 0, "duplicate contract id " + row.id + " (an earlier row of this file has it)"},
        "duplicate_id", std::string());
}

Result<void> ContractWriter::reject(const ContractRow& row, const ContractRejected& problem, const std::string& kind,
                                    const std::string& raw)
{
    ++report_->rejected;
    ++report_->rejectedByKind[kind];
    if (report_->rejectedRows.size() >= maxRejected_) return ok();
    report_->rejectedRows.push_back(problem);
    return tx_->recordRejectedRow(importId_, problem.line, problem.column, problem.reason, raw.empty() ? row.id : raw);
}

void ContractWriter::count(const ContractRow& row)
{
    ++report_->stored;
    ++byClass_[static_cast<std::size_t>(row.classification.cls)];
    const std::string_view rule = row.placement.unitCode ? std::string_view(row.placement.rule) : "unresolved";
    auto placed = byPlacement_.find(rule);
    if (placed == byPlacement_.end()) placed = byPlacement_.emplace(rule, 0).first;
    ++placed->second;
    if (!row.placement.unitCode) noteUnresolved(row);
}

void ContractWriter::noteUnresolved(const ContractRow& row)
{
    std::string key = row.buyer + '\x1f' + row.regionCode + '\x1f' + row.regionName;
    auto it = unresolved_.find(key);
    if (it == unresolved_.end()) {
        if (unresolved_.size() >= kUnresolvedTracked) return;
        it = unresolved_
                 .emplace(std::move(key),
                          UnresolvedBuyer{row.buyer, row.regionCode, row.regionName, row.placement.detail, 0})
                 .first;
    }
    ++it->second.rows;
}

void ContractWriter::finish()
{
    for (const ContractClass c : kContractClasses)
        if (const auto n = byClass_[static_cast<std::size_t>(c)]; n > 0)
            report_->byClass[std::string(contractClassName(c))] = n;
    report_->byPlacement.insert(byPlacement_.begin(), byPlacement_.end());
    std::vector<UnresolvedBuyer> all;
    for (auto& [key, u] : unresolved_) all.push_back(std::move(u));
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.rows != b.rows ? a.rows > b.rows : a.buyer < b.buyer; });
    if (all.size() > kUnresolvedListed) all.resize(kUnresolvedListed);
    report_->unresolvedBuyers = std::move(all);
}

}  // namespace aitocracy::core
