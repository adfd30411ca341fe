#pragma once
// What one table import did, for the user and the provenance record: every data row read
// is stored, a duplicate of a row the project already holds with the same values, or
// rejected with its line, column and reason.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aitocracy::core {

struct TableRejected {
    std::int64_t line = 0;    // 1-based line where the record starts
    std::int64_t column = 0;  // 1-based column, 0 = the whole record
    std::string reason;
};

struct TableImportReport {
    std::string file;  // the path as given
    std::string kind;  // "firms", "software", "weather", "covariates"
    std::int64_t importId = 0;
    std::int64_t bytes = 0;
    std::string sha256;
    std::string encoding;                        // "UTF-8" or "GB18030", as read
    std::string encodingReason;                  // "given", or why the detector chose it
    std::map<std::string, std::string> mapping;  // field -> header column used

    std::int64_t rowsRead = 0;    // data records (the header and empty lines not counted)
    std::int64_t stored = 0;      // new rows written
    std::int64_t duplicates = 0;  // already in the project with the same values: unchanged
    std::int64_t rejected = 0;
    std::int64_t recoded = 0;  // stored or duplicate rows whose prefecture_code named a county, district or old code
    std::vector<TableRejected> rejectedRows;  // the first TableImportOptions::maxRejectedRecorded

    // {"rows_read":…,"stored":…,"duplicates":…,"rejected":…,"recoded":…} (imports.counts_json).
    [[nodiscard]] std::string countsJson() const;
    // The whole report as one JSON object: file, kind, import_id, bytes, sha256, encoding,
    // encoding_reason, mapping, the counts, rejected_rows [{line, column, reason}].
    [[nodiscard]] std::string toJson() const;
};

}  // namespace aitocracy::core
