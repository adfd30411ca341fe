// detectImportKind (ImportKind.h): GDELT by the importer's own layout tests on the raw
// first line, the researcher's tables by the header CsvReader reads and the column
// matching the importers use, boundaries by extension or by GDAL.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "geo/BoundaryLayerSample.h"
#include "import/ContractColumns.h"
#include "import/FileSample.h"
#include "import/GdeltCsvHeader.h"
#include "import/GdeltRow.h"
#include "import/ImportKind.h"
#include "import/TableColumns.h"
#include "tabular/CsvReader.h"

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 7> kBoundaryExtensions{".shp", ".gpkg", ".geojson", ".json",
                                                              ".kml", ".gml",  ".fgb"};
constexpr std::size_t kNamesShown = 12;

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < kNamesShown; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > kNamesShown) out += ", …";
    return out;
}

std::string delimiterName(char delimiter)
{
    return delimiter == '\t' ? "tab-separated" : "comma-separated";  // the two CsvReader chooses from
}

// The first line of the text, as GdeltFileScan takes it (no '\r').
std::string_view firstLine(std::string_view text)
{
    std::string_view line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

std::string gdeltVersion(int fields)
{
    if (fields == 61) return "a GDELT 2.0 event file";
    if (fields == 58) return "a GDELT 1.0 event file";
    return "a GDELT 1.0 event file from before April 2013 (no SOURCEURL)";
}

// A GDELT event file by its first line, or nullopt when the line is not GDELT's.
std::optional<FileDetection> detectGdelt(std::string_view text)
{
    const std::string_view line = firstLine(text);
    auto csv = GdeltCsvHeader::detect(line);
    if (!csv)
        return FileDetection{
            std::nullopt,
            "the header starts with GLOBALEVENTID like a GDELT export from BigQuery, but " + csv.error().message};
    if (*csv)
        return FileDetection{ImportKind::Gdelt, "comma-separated, a header of " +
                                                    std::to_string((*csv)->columnCount()) +
                                                    " GDELT column names starting GLOBALEVENTID: a GDELT events "
                                                    "export from BigQuery"};
    const int fields = static_cast<int>(std::count(line.begin(), line.end(), '\t')) + 1;
    if (!gdeltLayout(fields)) return std::nullopt;
    std::string reason = "tab-separated, " + std::to_string(fields) + " columns: " + gdeltVersion(fields);
    GdeltRowView row;
    if (const auto problem = parseGdeltRow(line, row))
        reason += " (the importer refuses its first row: column " + std::to_string(problem->column) + ", " +
                  problem->reason + ")";
    return FileDetection{ImportKind::Gdelt, reason};
}

// How well a header fits one kind of table.
struct Fit {
    ImportKind kind;
    std::vector<std::string> found;    // header names of the required fields found, in field order
    std::vector<std::string> missing;  // required fields not found
};

Fit contractsFit(const std::vector<std::string>& header)
{
    Fit fit{ImportKind::Contracts, {}, {}};
    const auto match = matchContractColumns(header, {});
    for (std::size_t f = 0; f < kContractFieldCount; ++f) {
        const auto field = static_cast<ContractField>(f);
        if (!contractFieldRequired(field)) continue;
        if (const auto c = match.columns.of(field))
            fit.found.push_back(header[*c]);
        else
            fit.missing.emplace_back(contractFieldName(field));
    }
    return fit;
}

Fit tableFit(ImportKind kind, const std::vector<std::string>& header)
{
    Fit fit{kind, {}, {}};
    const TableLayout& layout = tableLayout(*tableKindOf(kind));
    const auto match = matchFieldColumns(layout.fields, header, {});
    for (std::size_t f = 0; f < layout.fields.size(); ++f) {
        if (match.columns[f])
            fit.found.push_back(header[*match.columns[f]]);
        else
            fit.missing.emplace_back(layout.fields[f].name);
    }
    return fit;
}

std::string tableName(ImportKind kind)
{
    return kind == ImportKind::Contracts ? "a contracts table" : "a " + std::string(importKindName(kind)) + " table";
}

FileDetection detectTable(const CsvReader& reader)
{
    const auto& header = reader.header();
    const std::string shape = delimiterName(reader.delimiter()) + ", " + std::to_string(header.size()) +
                              (header.size() == 1 ? " column" : " columns");
    // Contracts first: their required names (an id, a date, a buyer, a title) are the most
    // specific, and a contracts table may hold columns a smaller table also needs.
    std::vector<Fit> fits{contractsFit(header)};
    for (const auto kind : {ImportKind::Software, ImportKind::Weather, ImportKind::Covariates, ImportKind::Firms})
        fits.push_back(tableFit(kind, header));
    for (const Fit& fit : fits)
        if (fit.missing.empty())
            return {fit.kind, shape + ", header names " + joined(fit.found) + ": " + tableName(fit.kind)};
    std::string reason = shape + " (" + (header.empty() ? std::string("no names") : joined(header)) +
                         "): not recognised: neither a GDELT event file (57, 58 or 61 tab-separated columns, or "
                         "a BigQuery export whose header starts with GLOBALEVENTID) nor a header naming the "
                         "columns of a contracts, software, weather, covariates or firms table";
    const auto closest = std::max_element(fits.begin(), fits.end(), [](const Fit& a, const Fit& b) {
        return a.found.size() * b.missing.size() < b.found.size() * a.missing.size();  // by the share found
    });
    if (closest->found.size() >= 2)  // one name in common (a "code", a "name") says little
        reason += "; closest: " + tableName(closest->kind) + ", which also needs " + joined(closest->missing);
    return {std::nullopt, reason};
}

std::string lowerExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

}  // namespace

Result<FileDetection> detectImportKind(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) return fail("io", "no such file", path);
    if (!fs::is_regular_file(path, ec)) return fail("io", "not a file", path);
    const auto size = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file size: " + ec.message(), path);
    if (size == 0) return fail("format", "the file is empty", path);
    const std::string ext = lowerExtension(path);
    if (std::find(kBoundaryExtensions.begin(), kBoundaryExtensions.end(), ext) != kBoundaryExtensions.end())
        return FileDetection{ImportKind::Boundaries, "a " + ext + " file: a boundary layer"};

    auto sample = readFileSample(path);
    if (!sample) {
        if (sample.error().code == "io") return std::unexpected(sample.error());
        return FileDetection{std::nullopt, "a ZIP archive that cannot be read: " + sample.error().message};
    }
    if (!sample->member.empty()) {
        const std::string member = "ZIP member " + sample->member + ": ";
        if (sample->bytes.empty()) return FileDetection{std::nullopt, member + "empty"};
        if (auto gdelt = detectGdelt(sample->bytes)) {
            gdelt->reason = member + gdelt->reason;
            return *gdelt;
        }
        return FileDetection{std::nullopt, member +
                                               "not a GDELT event file (57, 58 or 61 tab-separated columns, "
                                               "or a BigQuery export whose header starts with GLOBALEVENTID)"};
    }
    if (auto gdelt = detectGdelt(sample->bytes)) return *gdelt;
    auto reader = CsvReader::open(path);
    FileDetection detected =
        reader ? detectTable(*reader) : FileDetection{std::nullopt, "not a text table: " + reader.error().message};
    if (detected.kind) return detected;
    // A boundary format GDAL knows under another extension (a GeoPackage named .sqlite).
    if (auto layer = sampleBoundaryLayer(path, 0); layer && layer->polygonal && layer->features > 0)
        return FileDetection{ImportKind::Boundaries, "GDAL reads it as a layer of " + layer->geometryType + " (" +
                                                         layer->layer + ", " + std::to_string(layer->features) +
                                                         " features): a boundary layer"};
    return detected;
}

}  // namespace aitocracy::core
