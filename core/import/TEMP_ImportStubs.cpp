// TEMPORARY (branch gui-import): a minimal stand-in for ImportKind.cpp and FilePreview.cpp,
// which another helper writes; only so the import wizard can be built and tested. To be
// reverted before the real implementations are merged.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "import/ContractColumns.h"
#include "import/FilePreview.h"
#include "import/GdeltInput.h"
#include "import/ImportKind.h"
#include "import/TableLayout.h"
#include "tabular/CsvReader.h"

namespace aitocracy::core {
namespace {

constexpr std::pair<ImportKind, const char*> kNames[] = {
    {ImportKind::Gdelt, "gdelt"},     {ImportKind::Contracts, "contracts"},   {ImportKind::Firms, "firms"},
    {ImportKind::Software, "software"}, {ImportKind::Weather, "weather"}, {ImportKind::Covariates, "covariates"},
    {ImportKind::Boundaries, "boundaries"}};

std::string lower(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool isBoundaryName(const std::string& path)
{
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    return ext == ".shp" || ext == ".gpkg" || ext == ".geojson" || ext == ".json" || ext == ".kml" || ext == ".gml" ||
           ext == ".fgb";
}

std::string firstBytes(const std::string& path, std::size_t n)
{
    std::ifstream in(path, std::ios::binary);
    std::string s(n, '\0');
    in.read(s.data(), static_cast<std::streamsize>(n));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

std::vector<std::string> splitTabs(std::string_view line)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (true) {
        const auto at = line.find('\t', from);
        out.emplace_back(line.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) break;
        from = at + 1;
    }
    if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().pop_back();
    return out;
}

bool allMapped(const std::vector<FieldMapping>& m)
{
    return std::ranges::all_of(m, [](const FieldMapping& f) { return !f.required || f.column; });
}

Result<FilePreview> previewGdelt(const std::string& path, std::size_t maxRows)
{
    FilePreview p;
    p.file = path;
    p.bytes = std::filesystem::file_size(path);
    p.delimiter = '\t';
    p.headerInFile = false;
    auto input = GdeltInput::open(path);
    if (!input) return std::unexpected(input.error());
    auto block = input->nextBlock();
    if (!block) return std::unexpected(block.error());
    const std::string_view text = *block ? **block : std::string_view();
    std::size_t from = 0, sampled = 0;
    while (from < text.size() && p.rows.size() < maxRows) {
        const auto end = text.find('\n', from);
        const auto line = text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
        from = end == std::string_view::npos ? text.size() : end + 1;
        if (line.empty()) continue;
        p.rows.push_back(splitTabs(line));
        sampled = from;
    }
    std::size_t columns = 0;
    for (const auto& r : p.rows) columns = std::max(columns, r.size());
    for (std::size_t i = 1; i <= columns; ++i) p.header.push_back("field " + std::to_string(i));
    p.estimatedRows = sampled ? static_cast<std::int64_t>(double(p.bytes) * double(p.rows.size()) / double(sampled)) : 0;
    return p;
}

Result<FilePreview> previewBoundaries(const std::string& path, std::size_t maxRows)
{
    GDALAllRegister();
    FilePreview p;
    p.file = path;
    p.bytes = std::filesystem::is_regular_file(path) ? std::filesystem::file_size(path) : 0;
    std::unique_ptr<GDALDataset> ds(
        static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds || ds->GetLayerCount() == 0) return fail("format", "GDAL cannot open this file as a vector layer", path);
    OGRLayer* layer = ds->GetLayer(0);
    p.layer = layer->GetName();
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) p.header.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    p.estimatedRows = layer->GetFeatureCount();
    p.rowCountExact = true;
    layer->ResetReading();
    while (p.rows.size() < maxRows) {
        std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
        if (!f) break;
        std::vector<std::string> row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) row.emplace_back(f->GetFieldAsString(i));
        p.rows.push_back(std::move(row));
    }
    return p;
}

std::optional<std::size_t> columnNamed(const std::vector<std::string>& header, const std::string& name)
{
    const auto it = std::ranges::find(header, name);
    return it == header.end() ? std::nullopt : std::optional<std::size_t>(it - header.begin());
}

std::vector<FieldMapping> contractMapping(const std::vector<std::string>& header, std::map<std::string, std::string> explicitMap)
{
    std::erase_if(explicitMap, [&](const auto& e) { return !columnNamed(header, e.second); });
    const std::vector<std::string> required{"contract_id", "date", "buyer", "title"};
    // Pads the header with stand-ins for required fields the file may lack, trying the
    // fewest stand-ins first, because mapContractColumns refuses a partial mapping.
    for (int size = 0; size <= 4; ++size)
        for (unsigned subset = 0; subset < 16; ++subset) {
            if (std::popcount(subset) != size) continue;
            auto padded = header;
            auto map = explicitMap;
            for (std::size_t i = 0; i < 4; ++i)
                if (subset & (1u << i)) {
                    padded.push_back("\x01pad " + required[i]);
                    map[required[i]] = padded.back();
                }
            auto columns = mapContractColumns(padded, map);
            if (!columns) continue;
            std::vector<FieldMapping> out;
            for (std::size_t f = 0; f < kContractFieldCount; ++f) {
                const auto field = static_cast<ContractField>(f);
                FieldMapping m{std::string(contractFieldName(field)), false, columns->of(field)};
                m.required = std::ranges::find(required, m.field) != required.end();
                if (m.column && *m.column >= header.size()) m.column.reset();
                out.push_back(std::move(m));
            }
            return out;
        }
    return {};
}

}  // namespace

std::string_view importKindName(ImportKind kind)
{
    for (const auto& [k, name] : kNames)
        if (k == kind) return name;
    return {};
}

std::optional<ImportKind> importKindFromName(std::string_view name)
{
    for (const auto& [k, n] : kNames)
        if (name == n) return k;
    return std::nullopt;
}

Result<FileDetection> detectImportKind(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return fail("io", "no such file", path);
    if (isBoundaryName(path)) return FileDetection{ImportKind::Boundaries, "a boundary file (by its extension)"};
    const std::string head = firstBytes(path, 1 << 20);
    if (head.empty()) return fail("format", "the file is empty", path);
    if (head.starts_with("PK\x03\x04")) return FileDetection{ImportKind::Gdelt, "a ZIP archive (GDELT event files come zipped)"};
    if (head.starts_with("GLOBALEVENTID,")) return FileDetection{ImportKind::Gdelt, "a GDELT CSV export (GLOBALEVENTID header)"};
    const auto fields = splitTabs(std::string_view(head).substr(0, head.find('\n'))).size();
    if (fields == 57 || fields == 58 || fields == 61)
        return FileDetection{ImportKind::Gdelt, "tab-separated lines of " + std::to_string(fields) + " fields (GDELT events)"};
    auto csv = CsvReader::open(path);
    if (!csv) return std::unexpected(csv.error());
    for (const ImportKind kind : {ImportKind::Contracts, ImportKind::Software, ImportKind::Firms, ImportKind::Weather,
                                  ImportKind::Covariates}) {
        const auto mapping = mapImportColumns(kind, csv->header(), {});
        if (!mapping.empty() && allMapped(mapping))
            return FileDetection{kind, "its header names the " + std::string(importKindName(kind)) + " columns"};
    }
    return FileDetection{std::nullopt, "the header matches no known table"};
}

Result<FilePreview> previewFile(const std::string& path, ImportKind kind, std::optional<TextEncoding> encoding,
                                std::size_t maxRows)
{
    if (kind == ImportKind::Boundaries) return previewBoundaries(path, maxRows);
    if (kind == ImportKind::Gdelt && !firstBytes(path, 14).starts_with("GLOBALEVENTID,")) return previewGdelt(path, maxRows);
    auto csv = CsvReader::open(path, {encoding, std::nullopt});
    if (!csv) return std::unexpected(csv.error());
    FilePreview p;
    p.file = path;
    p.bytes = std::filesystem::file_size(path);
    p.encoding = csv->encoding().encoding;
    p.encodingReason = csv->encoding().reason;
    p.encodingConfidence = csv->encoding().confidence;
    p.delimiter = csv->delimiter();
    p.header = csv->header();
    CsvRecord rec;
    std::int64_t records = 0;
    while (true) {
        auto more = csv->next(rec);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        ++records;
        if (p.rows.size() < maxRows) p.rows.emplace_back(rec.fields.begin(), rec.fields.end());
        if (records >= 10000) break;
    }
    p.rowCountExact = records < 10000;
    p.estimatedRows = p.rowCountExact || csv->bytesRead() == 0
                          ? records
                          : static_cast<std::int64_t>(double(p.bytes) * double(records) / double(csv->bytesRead()));
    return p;
}

std::vector<FieldMapping> mapImportColumns(ImportKind kind, const std::vector<std::string>& header,
                                           const std::map<std::string, std::string>& columnMap)
{
    switch (kind) {
        case ImportKind::Gdelt:
            return {};
        case ImportKind::Contracts:
            return contractMapping(header, columnMap);
        case ImportKind::Boundaries: {
            std::vector<FieldMapping> out{{"code", true, {}}, {"name", true, {}}, {"name_en", false, {}}, {"province", false, {}}};
            const std::map<std::string, std::vector<std::string>> guesses{
                {"code", {"code", "adcode", "gb", "id"}},
                {"name", {"name", "name_zh", "名称"}},
                {"name_en", {"name_en", "english"}},
                {"province", {"province", "province_code", "省"}}};
            for (auto& m : out) {
                if (auto it = columnMap.find(m.field); it != columnMap.end()) m.column = columnNamed(header, it->second);
                for (const auto& g : guesses.at(m.field))
                    for (std::size_t i = 0; i < header.size() && !m.column; ++i)
                        if (lower(header[i]) == g) m.column = i;
            }
            return out;
        }
        default: {
            const TableKind table = kind == ImportKind::Firms      ? TableKind::Firms
                                    : kind == ImportKind::Software ? TableKind::Software
                                    : kind == ImportKind::Weather  ? TableKind::Weather
                                                                   : TableKind::Covariates;
            std::vector<FieldMapping> out;
            for (const auto& field : tableLayout(table).fields) {
                FieldMapping m{std::string(field.name), true, {}};
                if (auto it = columnMap.find(m.field); it != columnMap.end()) m.column = columnNamed(header, it->second);
                for (std::size_t i = 0; i < header.size() && !m.column; ++i) {
                    const std::string key = tableHeaderKey(header[i]);
                    if (key == tableHeaderKey(field.name) ||
                        std::ranges::any_of(field.aliases, [&](std::string_view a) { return key == tableHeaderKey(a); }))
                        m.column = i;
                }
                out.push_back(std::move(m));
            }
            return out;
        }
    }
    return {};
}

}  // namespace aitocracy::core
