#include "import/ContractImportReport.h"

#include <nlohmann/json.hpp>

namespace aitocracy::core {
namespace {

using Json = nlohmann::ordered_json;

Json counts(const ContractImportReport& r)
{
    Json j;
    j["rows_read"] = r.rowsRead;
    j["stored"] = r.stored;
    j["rejected"] = r.rejected;
    j["duplicates_in_project"] = r.duplicatesInProject;
    j["rejected_by_kind"] = r.rejectedByKind;
    j["by_class"] = r.byClass;
    j["by_placement"] = r.byPlacement;
    return j;
}

}  // namespace

std::string ContractImportReport::countsJson() const
{
    return counts(*this).dump();
}

std::string ContractImportReport::toJson() const
{
    Json j;
    j["file"] = file;
    j["import_id"] = importId;
    j["bytes"] = bytes;
    j["sha256"] = sha256;
    j["encoding"] = {{"name", encoding}, {"confidence", encodingConfidence}, {"reason", encodingReason}};
    j["delimiter"] = delimiter;
    j["mapping"] = mapping;
    j["amount_multiplier"] = amountMultiplier;
    const Json counted = counts(*this);  // a named object: items() of a temporary would dangle
    for (const auto& [key, value] : counted.items()) j[key] = value;
    Json unresolved = Json::array();
    for (const auto& u : unresolvedBuyers)
        unresolved.push_back({{"buyer", u.buyer},
                              {"region_code", u.regionCode},
                              {"region_name", u.regionName},
                              {"why", u.why},
                              {"rows", u.rows}});
    j["unresolved_buyers"] = unresolved;
    Json refused = Json::array();
    for (const auto& r : rejectedRows)
        refused.push_back({{"line", r.line}, {"column", r.column}, {"reason", r.reason}});
    j["rejected_rows"] = refused;
    return j.dump();
}

}  // namespace aitocracy::core
