#include "import/TableReport.h"

#include <nlohmann/json.hpp>

namespace aitocracy::core {
namespace {

using Json = nlohmann::ordered_json;

void addCounts(Json& out, const TableImportReport& r)
{
    out["rows_read"] = r.rowsRead;
    out["stored"] = r.stored;
    out["duplicates"] = r.duplicates;
    out["rejected"] = r.rejected;
    out["recoded"] = r.recoded;
}

}  // namespace

std::string TableImportReport::countsJson() const
{
    Json out = Json::object();
    addCounts(out, *this);
    return out.dump();
}

std::string TableImportReport::toJson() const
{
    Json out = Json::object();
    out["file"] = file;
    out["kind"] = kind;
    out["import_id"] = importId;
    out["bytes"] = bytes;
    out["sha256"] = sha256;
    out["encoding"] = encoding;
    out["encoding_reason"] = encodingReason;
    Json columns = Json::object();
    for (const auto& [field, column] : mapping) columns[field] = column;
    out["mapping"] = columns;
    addCounts(out, *this);
    Json rows = Json::array();
    for (const auto& r : rejectedRows) {
        Json row = Json::object();
        row["line"] = r.line;
        row["column"] = r.column;
        row["reason"] = r.reason;
        rows.push_back(row);
    }
    out["rejected_rows"] = rows;
    return out.dump();
}

}  // namespace aitocracy::core
