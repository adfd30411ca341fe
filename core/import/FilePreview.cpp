// previewFile (FilePreview.h): each kind read by the code its importer reads it with —
// CsvReader for the researcher's tables, GDELT's line and field splitting on the raw
// bytes (of a ZIP's member), GDAL for boundary layers.
#include "import/FilePreview.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "geo/BoundaryLayerSample.h"
#include "import/FileSample.h"
#include "import/GdeltColumnNames.h"
#include "import/GdeltCsvHeader.h"
#include "import/GdeltRow.h"
#include "tabular/CsvReader.h"
#include "tabular/Utf8.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

std::int64_t scaled(std::int64_t records, std::uint64_t totalBytes, std::uint64_t sampleBytes)
{
    if (sampleBytes == 0) return records;
    return std::llround(static_cast<double>(records) * static_cast<double>(totalBytes) /
                        static_cast<double>(sampleBytes));
}

Result<FilePreview> previewTable(const std::string& path, std::optional<TextEncoding> encoding, std::size_t maxRows)
{
    FilePreview p;
    p.file = path;
    auto reader = CsvReader::open(path, CsvReaderOptions{encoding, std::nullopt});
    if (!reader) return std::unexpected(reader.error());
    std::error_code ec;
    p.bytes = fs::file_size(path, ec);
    p.encoding = reader->encoding().encoding;
    p.encodingReason = reader->encoding().reason;
    p.encodingConfidence = reader->encoding().confidence;
    p.delimiter = reader->delimiter();
    p.header = reader->header();
    // The reader's first read is the sample its encoding was detected from; the records
    // that come out before it reads again are the sample's.
    const auto sampleBytes = static_cast<std::uint64_t>(reader->bytesRead());
    std::int64_t inSample = 0, total = 0;
    bool pastSample = false, atEnd = false;
    CsvRecord rec;
    while (!pastSample || p.rows.size() < maxRows) {
        auto more = reader->next(rec);
        if (!more) return std::unexpected(more.error());
        if (!*more) {
            atEnd = true;
            break;
        }
        ++total;
        pastSample = pastSample || static_cast<std::uint64_t>(reader->bytesRead()) != sampleBytes;
        if (!pastSample) ++inSample;
        if (p.rows.size() < maxRows) p.rows.emplace_back(rec.fields.begin(), rec.fields.end());
    }
    p.rowCountExact = atEnd;
    p.estimatedRows = atEnd ? total : scaled(inSample, p.bytes, sampleBytes);
    return p;
}

std::vector<std::string> tabFields(std::string_view line)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        std::string field;
        appendUtf8Sanitized(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start),
                            field, nullptr);
        fields.push_back(std::move(field));
        if (tab == std::string_view::npos) return fields;
        start = tab + 1;
    }
}

Result<FilePreview> previewGdelt(const std::string& path, std::size_t maxRows)
{
    auto sample = readFileSample(path);
    if (!sample) return std::unexpected(sample.error());
    FilePreview p;
    p.file = path;
    p.bytes = sample->fileBytes;
    p.member = sample->member;
    p.encoding = TextEncoding::Utf8;
    p.encodingReason = "GDELT writes UTF-8; the importer stores the bytes as they are";
    std::string_view text = sample->bytes;
    if (text.empty()) return fail("format", "the file is empty", path);
    // Whole lines only, unless the sample is the whole text.
    const std::size_t end = sample->complete() ? text.size() : text.rfind('\n') + 1;
    if (end == 0)
        return fail("format",
                    "no line end in the first " + std::to_string(text.size()) + " bytes: not a GDELT event file", path);
    text = text.substr(0, end);

    std::string_view first = text.substr(0, text.find('\n'));
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    auto csv = GdeltCsvHeader::detect(first);
    if (!csv) return fail(csv.error().code, csv.error().message, path + ":1");
    const bool headerRow = csv->has_value();
    if (headerRow) {
        p.delimiter = ',';
        splitGdeltCsvLine(first, p.header);
        const std::size_t nl = text.find('\n');
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    } else {
        p.delimiter = '\t';
        p.headerInFile = false;
    }
    std::int64_t records = 0;
    int widest = 0;  // the widest GDELT layout among the rows shown: 1.0 files mix 57 and 58 columns
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        ++records;
        if (p.rows.size() >= maxRows) continue;
        std::vector<std::string> fields;
        if (headerRow)
            splitGdeltCsvLine(line, fields);
        else
            fields = tabFields(line);
        if (!headerRow && gdeltLayout(static_cast<int>(fields.size())))
            widest = std::max(widest, static_cast<int>(fields.size()));
        p.rows.push_back(std::move(fields));
    }
    if (!headerRow) {
        if (widest == 0)
            return fail("format",
                        "not a GDELT event file: its first rows have no GDELT layout (57, 58 or 61 tab-separated "
                        "columns, or a header row starting GLOBALEVENTID)",
                        path);
        p.header = gdeltColumnNames(widest);
    }
    p.rowCountExact = sample->complete();
    p.estimatedRows = p.rowCountExact ? records : scaled(records, sample->textBytes, end);
    return p;
}

Result<FilePreview> previewBoundaries(const std::string& path, std::size_t maxRows)
{
    auto layer = sampleBoundaryLayer(path, maxRows);
    if (!layer) return std::unexpected(layer.error());
    FilePreview p;
    p.file = path;
    std::error_code ec;
    p.bytes = fs::file_size(path, ec);
    p.encodingReason = "GDAL decodes the layer's attributes to UTF-8";
    p.header = std::move(layer->fields);
    p.layer = std::move(layer->layer);
    p.rows = std::move(layer->rows);
    p.estimatedRows = layer->features;
    p.rowCountExact = true;
    return p;
}

}  // namespace

Result<FilePreview> previewFile(const std::string& path, ImportKind kind, std::optional<TextEncoding> encoding,
                                std::size_t maxRows)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) return fail("io", "no such file", path);
    if (!fs::is_regular_file(path, ec)) return fail("io", "not a file", path);
    switch (kind) {
        case ImportKind::Gdelt:
            return previewGdelt(path, maxRows);
        case ImportKind::Boundaries:
            return previewBoundaries(path, maxRows);
        default:
            return previewTable(path, encoding, maxRows);
    }
}

}  // namespace aitocracy::core
