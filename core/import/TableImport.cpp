#include "import/TableImport.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/Sha256.h"
#include "import/TableColumns.h"
#include "import/TableRowReader.h"
#include "import/TableWriter.h"
#include "store/Transaction.h"
#include "tabular/CsvReader.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kCancelCheckRows = 1024;

std::string settingsJson(const TableImportOptions& options, const TableImportReport& report)
{
    nlohmann::ordered_json s{{"encoding", options.encoding ? std::string(encodingName(*options.encoding)) : "detect"},
                             {"map", nlohmann::ordered_json(options.columnMap)},
                             {"columns", nlohmann::ordered_json(report.mapping)},
                             {"max_rejected_recorded", options.maxRejectedRecorded}};
    return s.dump();
}

// The reader's problems start with "column N: "; 0 when they do not.
std::int64_t problemColumn(const std::string& problem)
{
    constexpr std::string_view prefix = "column ";
    if (!problem.starts_with(prefix)) return 0;
    std::int64_t column = 0;
    for (std::size_t i = prefix.size(); i < problem.size() && problem[i] >= '0' && problem[i] <= '9'; ++i)
        column = column * 10 + (problem[i] - '0');
    return column;
}

// A record whose fields do not line up with the header would put values in the wrong
// fields. Extra empty fields (a trailing separator) are harmless.
std::optional<TableCellProblem> shapeProblem(const CsvRecord& rec, std::size_t headerSize)
{
    if (rec.problem) return TableCellProblem{problemColumn(*rec.problem), *rec.problem};
    const std::size_t n = rec.fields.size();
    if (n < headerSize)
        return TableCellProblem{
            static_cast<std::int64_t>(n) + 1,
            "too few fields: " + std::to_string(n) + " where the header has " + std::to_string(headerSize)};
    for (std::size_t c = headerSize; c < n; ++c)
        if (!rec.fields[c].empty())
            return TableCellProblem{static_cast<std::int64_t>(c) + 1,
                                    "too many fields: " + std::to_string(n) + " where the header has " +
                                        std::to_string(headerSize) + " (a separator inside an unquoted value?)"};
    return std::nullopt;
}

}  // namespace

Result<TableImportReport> importTable(ProjectStore& store, TableKind kind, const std::string& path,
                                      const TableImportOptions& options, const CancelToken* cancel)
{
    const TableLayout& layout = tableLayout(kind);
    CsvReaderOptions readerOptions;
    readerOptions.encoding = options.encoding;
    auto reader = CsvReader::open(path, readerOptions);
    if (!reader) return std::unexpected(reader.error());
    auto columns = resolveTableColumns(layout, reader->header(), options.columnMap, path);
    if (!columns) return std::unexpected(columns.error());
    auto sha = sha256OfFile(path);
    if (!sha) return std::unexpected(sha.error());
    std::error_code ec;
    const auto bytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file size: " + ec.message(), path);

    TableImportReport report;
    report.file = path;
    report.kind = std::string(tableKindName(kind));
    report.bytes = static_cast<std::int64_t>(bytes);
    report.sha256 = *sha;
    report.encoding = std::string(encodingName(reader->encoding().encoding));
    report.encodingReason = reader->encoding().reason;
    for (std::size_t f = 0; f < layout.fields.size(); ++f)
        report.mapping[std::string(layout.fields[f].name)] = reader->header()[(*columns)[f]];
    const std::size_t headerSize = reader->header().size();

    auto status = store.transaction([&](Transaction& tx) -> Result<void> {
        ImportRecord record;
        record.kind = report.kind;
        record.fileName = fs::path(path).filename().string();
        record.fileSize = report.bytes;
        record.sha256 = report.sha256;
        record.settingsJson = settingsJson(options, report);
        auto importId = tx.recordImport(record);
        if (!importId) return std::unexpected(importId.error());
        report.importId = *importId;

        std::optional<TableUnitCodes> units;
        if (kind == TableKind::Weather || kind == TableKind::Covariates) {
            auto loaded = TableUnitCodes::load(tx);
            if (!loaded) return std::unexpected(loaded.error());
            units = std::move(*loaded);
        }
        const TableRowReader rows(layout, *columns, units ? &*units : nullptr);
        auto writer = TableWriter::prepare(tx, layout, *importId);
        if (!writer) return std::unexpected(writer.error());

        auto reject = [&](const CsvRecord& rec, const TableCellProblem& p) -> Result<void> {
            ++report.rejected;
            if (report.rejectedRows.size() >= options.maxRejectedRecorded) return ok();
            report.rejectedRows.push_back({rec.line, p.column, p.reason});
            return tx.recordRejectedRow(*importId, rec.line, p.column, p.reason, std::string(rec.text));
        };
        CsvRecord rec;
        for (;;) {
            if (cancel && report.rowsRead % kCancelCheckRows == 0) {
                cancel->reportProgress(static_cast<std::uint64_t>(reader->bytesRead()), bytes, report.rowsRead);
                if (cancel->cancelled()) return fail("cancelled", "the import was cancelled", path);
            }
            auto more = reader->next(rec);
            if (!more) return std::unexpected(more.error());
            if (!*more) break;
            ++report.rowsRead;
            if (auto bad = shapeProblem(rec, headerSize)) {
                if (auto r = reject(rec, *bad); !r) return r;
                continue;
            }
            auto row = rows.read(rec.fields);
            if (!row) {
                if (auto r = reject(rec, row.error()); !r) return r;
                continue;
            }
            auto written = writer->write(row->values);
            if (!written) {
                Error e = written.error();
                e.context = path + ":" + std::to_string(rec.line);
                return std::unexpected(e);
            }
            switch (written->outcome) {
                case TableWrite::Outcome::Stored:
                    ++report.stored;
                    break;
                case TableWrite::Outcome::Duplicate:
                    ++report.duplicates;
                    break;
                case TableWrite::Outcome::Refused: {
                    const auto column = static_cast<std::int64_t>((*columns)[written->field]) + 1;
                    if (auto r = reject(rec, {column, written->reason}); !r) return r;
                    continue;
                }
            }
            if (row->recoded) ++report.recoded;
        }
        return tx.finishImport(*importId, import_status::ok, report.countsJson());
    });
    if (!status) return std::unexpected(status.error());
    if (cancel) cancel->reportProgress(bytes, bytes, report.rowsRead);
    return report;
}

}  // namespace aitocracy::core
