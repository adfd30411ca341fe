#pragma once
// Imports one of the researcher's own tables (DATA.md §4: firms, software output, daily
// weather, prefecture covariates) from a CSV or tab-separated file, UTF-8 or GB18030,
// into a project, in one transaction: a missing column, an unreadable file or a cancel
// leaves the project exactly as it was. A bad row is not an error: it is rejected with
// its line, column and reason (in the report and in import_rejects), and the rest is
// stored. Re-importing a file changes no data: rows already stored with the same values
// are counted as duplicates; a row whose key is stored with other values is rejected.
// Every import writes a provenance row (imports: kind, file name, size, SHA-256, counts,
// settings).
#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "import/TableKind.h"
#include "import/TableReport.h"
#include "store/ProjectStore.h"
#include "tabular/TextEncoding.h"

namespace aitocracy::core {

struct TableImportOptions {
    std::optional<TextEncoding> encoding;          // unset: detected from the file
    std::map<std::string, std::string> columnMap;  // canonical field -> header name (--map)
    std::size_t maxRejectedRecorded = 1000;        // rejected rows kept in the report and the project
};

// Columns are found by their DATA.md §4 names or common (Chinese) aliases, in any case;
// `options.columnMap` overrides. Rows: firms (firm_id, name, is_ai as 1/0, true/false,
// yes/no, 是/否); software (firm_id of a firm in the project, year, three counts >= 0);
// weather (prefecture_code, date, rain_mm, temp_c; empty cell = NULL); covariates
// (prefecture_code, period, name, value). A prefecture code may be a unit's, a county's
// or district's within it, or an older code of it.
// Errors (context: the file): "io" (cannot read), "format" (empty, no header, a field
// without a column: the message lists the expected and the found columns), "parse" (a
// quoted field never closed), "cancelled", store errors.
Result<TableImportReport> importTable(ProjectStore& store, TableKind kind, const std::string& path,
                                      const TableImportOptions& options, const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core
