#pragma once
// The first rows of a file to import, decoded as the importer would read them, with the
// column mapping the importer would use: what the import wizard shows before any work.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"
#include "import/ImportKind.h"
#include "tabular/TextEncoding.h"

namespace aitocracy::core {

struct FilePreview {
    std::string file;
    std::uint64_t bytes = 0;             // the file's size
    std::string member;                  // the ZIP member shown; "" for a plain file
    TextEncoding encoding = TextEncoding::Utf8;
    std::string encodingReason;          // "given" when chosen by the caller, else the detector's reason
    double encodingConfidence = 1;
    char delimiter = ',';                // '\t' for GDELT's own files
    // The column names: the file's header row, GDELT's documented names for a headerless
    // event file (headerInFile false), a boundary layer's field names.
    std::vector<std::string> header;
    bool headerInFile = true;
    std::string layer;                   // boundaries: the layer shown
    std::vector<std::vector<std::string>> rows;  // up to maxRows records (features), UTF-8
    // Records in the whole file: counted when the sample is the whole file (exact), else
    // estimated from the sample's mean bytes per record.
    std::int64_t estimatedRows = 0;
    bool rowCountExact = false;
};

// `encoding` applies to the researcher's text tables; GDELT files are read as the UTF-8
// GDELT writes, and GDAL decodes boundary layers itself.
// Errors: "io", "format" (empty file, a boundary file GDAL cannot open: the message says so).
Result<FilePreview> previewFile(const std::string& path, ImportKind kind, std::optional<TextEncoding> encoding,
                                std::size_t maxRows = 50);

// One field the user may map to a column of the file.
struct FieldMapping {
    std::string field;                  // canonical name: "contract_id", "date", … (DATA.md §3, §4); boundaries: "code", "name", "name_en", "province"
    bool required = false;
    std::optional<std::size_t> column;  // 0-based index into the header; nullopt: not found
};

// The fields of `kind` and the column each takes in `header` when the importer applies
// `columnMap` (field → header name; wins over the known names and aliases, an entry naming
// no column of the header is ignored). Never an Error: a required field left without a
// column is how the wizard knows it cannot start yet. Empty for GDELT (fixed layouts).
std::vector<FieldMapping> mapImportColumns(ImportKind kind, const std::vector<std::string>& header,
                                           const std::map<std::string, std::string>& columnMap);

}  // namespace aitocracy::core
