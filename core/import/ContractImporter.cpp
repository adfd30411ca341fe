#include "import/ContractImporter.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_map>

#include "common/Sha256.h"
#include "contracts/ProjectRules.h"
#include "import/ContractRowQueue.h"
#include "store/DeferredIndexes.h"
#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInsertSql =
    "INSERT INTO contracts (contract_id, import_id, signed_date, buyer, buyer_region_code, buyer_region_name, "
    "supplier, supplier_id, "
    "amount_yuan, title, unit_code, placement_rule, class, matched_keywords) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (contract_id) DO NOTHING";
constexpr const char* kOwnerSql = "SELECT import_id FROM contracts WHERE contract_id = ?1";

constexpr std::size_t kUnresolvedListed = 100;
constexpr std::size_t kUnresolvedTracked = 100000;  // distinct buyers counted; beyond, rows only

// The options as stored with the import's provenance, to redo it.
std::string settingsJson(const ContractImportOptions& options, const ContractImportReport& report)
{
    nlohmann::ordered_json j;
    j["encoding"] = report.encoding;
    j["encoding_given"] = options.encoding.has_value();
    j["mapping"] = report.mapping;
    return j.dump();
}

// Reads the file on its own thread into batches of prepared rows.
Result<void> produceRows(CsvReader& reader, const ContractRowReader& rows, const CancelToken* cancel,
                         ContractRowQueue& queue)
{
    CsvRecord record;
    ContractRowQueue::Batch batch;
    std::size_t sinceCheck = 0;
    while (true) {
        auto more = reader.next(record);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        batch.emplace_back();
        rows.read(record, batch.back());
        if (batch.size() == ContractRowQueue::kBatchRows) {
            if (!queue.push(std::move(batch))) return ok();  // the consumer stopped and says why
            batch = {};
        }
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (cancel && cancel->cancelled()) return ok();  // the consumer sees it too
        }
    }
    if (!batch.empty()) queue.push(std::move(batch));
    return ok();
}

// Stores the rows of one import and keeps the report's counts.
class ContractWriter {
public:
    ContractWriter(Transaction& tx, Statement insert, Statement owner, std::int64_t importId, std::size_t maxRejected,
                   ContractImportReport& r)
        : tx_(tx),
          insert_(std::move(insert)),
          owner_(std::move(owner)),
          importId_(importId),
          maxRejected_(maxRejected),
          r_(r)
    {
    }

    Result<void> write(const ContractRow& row)
    {
        ++r_.rowsRead;
        if (row.problem) return reject(row, *row.problem, row.problemKind, row.raw);
        insert_.bindText(1, row.id)
            .bindInt(2, importId_)
            .bindText(3, row.date)
            .bindText(4, row.buyer)
            .bindText(5, row.regionCode)
            .bindText(6, row.regionName)
            .bindText(7, row.supplier)
            .bindText(8, row.supplierId)
            .bindOptionalDouble(9, row.amountYuan)
            .bindText(10, row.title)
            .bindOptionalText(11, row.placement.unitCode)
            .bindText(12, row.placement.rule)
            .bindText(13, contractClassName(row.classification.cls))
            .bindText(14, row.classification.matchedKeywords);
        if (auto ran = insert_.run(); !ran) {
            Error e = ran.error();
            e.context = r_.file + ":" + std::to_string(row.line);
            return std::unexpected(e);
        }
        if (sqlite3_changes(tx_.handle()) == 0) return duplicate(row);
        ++r_.stored;
        ++r_.byClass[std::string(contractClassName(row.classification.cls))];
        ++r_.byPlacement[row.placement.unitCode ? row.placement.rule : "unresolved"];
        if (!row.placement.unitCode) noteUnresolved(row);
        return ok();
    }

    void finish()
    {
        std::vector<UnresolvedBuyer> all;
        for (auto& [key, u] : unresolved_) all.push_back(std::move(u));
        std::sort(all.begin(), all.end(),
                  [](const auto& a, const auto& b) { return a.rows != b.rows ? a.rows > b.rows : a.buyer < b.buyer; });
        if (all.size() > kUnresolvedListed) all.resize(kUnresolvedListed);
        r_.unresolvedBuyers = std::move(all);
    }

private:
    // The id is taken: by an earlier line of this file (a refused row) or by an earlier
    // import (left as it is: re-importing changes nothing).
    Result<void> duplicate(const ContractRow& row)
    {
        owner_.bindText(1, row.id);
        auto found = owner_.step();
        if (!found) return std::unexpected(found.error());
        const std::int64_t ownerImport = *found ? owner_.columnInt(0) : 0;
        owner_.reset();
        if (ownerImport != importId_) {
            ++r_.duplicatesInProject;
            return ok();
        }
        return reject(
            row,
            ContractRejected{row.line, 0, "duplicate contract id " + row.id + " (an earlier row of this file has it)"},
            "duplicate_id", std::string());
    }

    Result<void> reject(const ContractRow& row, const ContractRejected& problem, const std::string& kind,
                        const std::string& raw)
    {
        ++r_.rejected;
        ++r_.rejectedByKind[kind];
        if (r_.rejectedRows.size() >= maxRejected_) return ok();
        r_.rejectedRows.push_back(problem);
        return tx_.recordRejectedRow(importId_, problem.line, problem.column, problem.reason,
                                     raw.empty() ? row.id : raw);
    }

    void noteUnresolved(const ContractRow& row)
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

    Transaction& tx_;
    Statement insert_, owner_;
    std::int64_t importId_;
    std::size_t maxRejected_;
    ContractImportReport& r_;
    std::unordered_map<std::string, UnresolvedBuyer> unresolved_;
};

}  // namespace

Result<ContractImportReport> importContracts(ProjectStore& store, const std::string& path,
                                             const ContractImportOptions& options, const CancelToken* cancel)
{
    ContractImportReport report;
    report.file = fs::path(path).filename().string();
    std::error_code ec;
    report.bytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file", path);
    auto sha = std::async(std::launch::async, [&path] { return sha256OfFile(path); });

    auto reader = CsvReader::open(path, CsvReaderOptions{options.encoding, std::nullopt});
    if (!reader) return std::unexpected(reader.error());
    report.encoding = std::string(encodingName(reader->encoding().encoding));
    report.encodingConfidence = reader->encoding().confidence;
    report.encodingReason = reader->encoding().reason;
    report.delimiter = reader->delimiter() == '\t' ? "tab" : std::string(1, reader->delimiter());
    auto columns = mapContractColumns(reader->header(), options.columnMap);
    if (!columns) {
        Error e = columns.error();
        e.context = path + ":1";
        return std::unexpected(e);
    }
    report.mapping = columns->describe(reader->header());
    report.amountMultiplier = columns->amountMultiplier;
    auto resolver = BuyerResolver::load(store.handle());
    if (!resolver) return std::unexpected(resolver.error());
    auto rules = loadProjectRules(store.handle());
    if (!rules) return std::unexpected(rules.error());
    const ContractClassifier classifier(*rules);
    const ContractRowReader rowReader(*columns, reader->header().size(), report.encoding, *resolver, classifier);

    auto hash = sha.get();
    if (!hash) return std::unexpected(hash.error());
    report.sha256 = *hash;

    auto status = store.transaction([&](Transaction& tx) -> Result<void> {
        ImportRecord record;
        record.kind = import_kind::contracts;
        record.fileName = report.file;
        record.fileSize = static_cast<std::int64_t>(report.bytes);
        record.sha256 = report.sha256;
        record.settingsJson = settingsJson(options, report);
        auto importId = tx.recordImport(record);
        if (!importId) return std::unexpected(importId.error());
        report.importId = *importId;
        auto indexes = DeferredIndexes::drop(tx, "contracts");
        if (!indexes) return std::unexpected(indexes.error());
        auto insert = tx.prepare(kInsertSql);
        if (!insert) return std::unexpected(insert.error());
        auto owner = tx.prepare(kOwnerSql);
        if (!owner) return std::unexpected(owner.error());
        ContractWriter writer(tx, std::move(*insert), std::move(*owner), *importId, options.maxRejectedRecorded,
                              report);

        // Reading, checking, placing and classifying run on a thread of their own while
        // this one stores: the two halves cost about the same.
        ContractRowQueue queue;
        Result<void> produced = ok();
        std::thread producer([&] {
            produced = produceRows(*reader, rowReader, cancel, queue);
            queue.close();
        });
        Result<void> written = ok();
        while (auto batch = queue.pop()) {
            for (const ContractRow& row : *batch)
                if (written = writer.write(row); !written) break;
            if (written && cancel && cancel->cancelled())
                written = fail("cancelled", "the import was cancelled; the project is unchanged");
            if (!written) {
                queue.stop();
                break;
            }
        }
        producer.join();
        if (!written) return written;
        if (!produced) return produced;
        if (cancel && cancel->cancelled())
            return fail("cancelled", "the import was cancelled; the project is unchanged");
        writer.finish();
        if (auto restored = indexes->restore(tx); !restored) return restored;
        return tx.finishImport(*importId, import_status::ok, report.countsJson());
    });
    if (!status) return std::unexpected(status.error());
    return report;
}

}  // namespace aitocracy::core
