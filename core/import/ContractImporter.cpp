#include "import/ContractImporter.h"

#include <filesystem>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/Sha256.h"
#include "contracts/ProjectRules.h"
#include "import/ContractRowQueue.h"
#include "import/ContractWriter.h"
#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPrefetchAhead = 8;  // rows

// The options as stored with the import's provenance, to redo it.
std::string settingsJson(const ContractImportOptions& options, const ContractImportReport& report)
{
    nlohmann::ordered_json j;
    j["encoding"] = report.encoding;
    j["encoding_given"] = options.encoding.has_value();
    j["mapping"] = report.mapping;
    return j.dump();
}

// Reads the file on its own thread into batches of prepared rows, reporting the bytes and
// records read where it polls for a cancel.
Result<void> produceRows(CsvReader& reader, const ContractRowReader& rows, const CancelToken* cancel,
                         std::uint64_t bytesTotal, ContractRowQueue& queue)
{
    CsvRecord record;
    ContractRowQueue::Batch batch = queue.emptyBatch();
    std::size_t sinceCheck = 0;
    std::int64_t records = 0;
    while (true) {
        auto more = reader.next(record);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        rows.read(record, batch.rows[batch.used++]);
        ++records;
        if (batch.used == batch.rows.size()) {
            if (!queue.push(std::move(batch))) return ok();  // the consumer stopped and says why
            batch = queue.emptyBatch();
        }
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (cancel) {
                cancel->reportProgress(static_cast<std::uint64_t>(reader.bytesRead()), bytesTotal, records);
                if (cancel->cancelled()) return ok();  // the consumer sees it too
            }
        }
    }
    if (batch.used > 0) queue.push(std::move(batch));
    return ok();
}

}  // namespace

Result<ContractImportReport> importContracts(ProjectStore& store, const std::string& path,
                                             const ContractImportOptions& options, const CancelToken* cancel)
{
    ContractImportReport report;
    report.file = fs::path(path).filename().string();
    std::error_code ec;
    report.bytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file", path);
    // The file's SHA-256 is computed alongside the import and recorded at its end.
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

    auto status = store.bulkTransaction([&](Transaction& tx) -> Result<void> {
        ImportRecord record;
        record.kind = import_kind::contracts;
        record.fileName = report.file;
        record.fileSize = static_cast<std::int64_t>(report.bytes);
        record.settingsJson = settingsJson(options, report);
        auto importId = tx.recordImport(record);
        if (!importId) return std::unexpected(importId.error());
        report.importId = *importId;
        auto writer = ContractWriter::open(tx, *importId, options.maxRejectedRecorded, report);
        if (!writer) return std::unexpected(writer.error());

        // Reading, checking, placing and classifying run on a thread of their own while
        // this one stores: the two halves cost about the same.
        ContractRowQueue queue;
        Result<void> produced = ok();
        std::thread producer([&] {
            produced = produceRows(*reader, rowReader, cancel, report.bytes, queue);
            queue.close();
        });
        Result<void> written = ok();
        while (auto batch = queue.pop()) {
            for (std::size_t i = 0; i < batch->used && written; ++i) {
                if (i + kPrefetchAhead < batch->used) writer->prefetch(batch->rows[i + kPrefetchAhead]);
                written = writer->write(batch->rows[i]);
            }
            if (written) written = writer->flush();  // before the rows go back to the producer
            queue.recycle(std::move(*batch));
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
        writer->finish();
        auto hash = sha.get();
        if (!hash) return std::unexpected(hash.error());
        report.sha256 = *hash;
        if (auto recorded = tx.setImportSha256(*importId, report.sha256); !recorded) return recorded;
        return tx.finishImport(*importId, import_status::ok, report.countsJson());
    });
    if (!status) return std::unexpected(status.error());
    if (cancel) cancel->reportProgress(report.bytes, report.bytes, report.rowsRead);
    return report;
}

}  // namespace aitocracy::core
