#include "import/GdeltReport.h"

#include <nlohmann/json.hpp>

namespace aitocracy::core {
namespace {

using Json = nlohmann::ordered_json;

Json countsJson(const GdeltCounts& c)
{
    Json byLayout = Json::object(), byGeo = Json::object();
    for (const auto& [layout, n] : c.rowsByLayout) byLayout[layout == 0 ? std::string("csv") : std::to_string(layout)] = n;
    for (const auto& [type, n] : c.countryRowsByGeoType) byGeo[std::to_string(type)] = n;
    return Json{{"rows_read", c.rowsRead},
                {"rows_by_layout", byLayout},
                {"rejected", c.rejected},
                {"country_rows_by_geo_type", byGeo},
                {"other_country", c.otherCountry},
                {"dropped_root_code", c.droppedRootCode},
                {"dropped_event_code", c.droppedEventCode},
                {"dropped_not_root_event", c.droppedNotRoot},
                {"dropped_min_sources", c.droppedMinSources},
                {"dropped_min_articles", c.droppedMinArticles},
                {"dropped_date", c.droppedDate},
                {"kept", c.kept},
                {"placed_in_unit", c.placedInUnit},
                {"province_only", c.provinceOnly},
                {"unplaced", c.unplaced},
                {"stored", c.stored},
                {"duplicates_by_id", c.duplicatesById},
                {"merged_same_day_unit_code", c.mergedReports}};
}

}  // namespace

void GdeltCounts::add(const GdeltCounts& o)
{
    rowsRead += o.rowsRead;
    for (const auto& [k, n] : o.rowsByLayout) rowsByLayout[k] += n;
    rejected += o.rejected;
    for (const auto& [k, n] : o.countryRowsByGeoType) countryRowsByGeoType[k] += n;
    otherCountry += o.otherCountry;
    droppedRootCode += o.droppedRootCode;
    droppedEventCode += o.droppedEventCode;
    droppedNotRoot += o.droppedNotRoot;
    droppedMinSources += o.droppedMinSources;
    droppedMinArticles += o.droppedMinArticles;
    droppedDate += o.droppedDate;
    kept += o.kept;
    placedInUnit += o.placedInUnit;
    provinceOnly += o.provinceOnly;
    unplaced += o.unplaced;
    stored += o.stored;
    duplicatesById += o.duplicatesById;
    mergedReports += o.mergedReports;
}

std::string GdeltCounts::toJson() const { return countsJson(*this).dump(); }

std::string GdeltReport::toJson() const
{
    Json fileList = Json::array(), rejected = Json::array();
    for (const auto& f : this->files)
        fileList.push_back(Json{{"file", f.file}, {"import_id", f.importId}, {"bytes", f.bytes}, {"sha256", f.sha256}, {"counts", countsJson(f.counts)}});
    for (const auto& r : rejectedRows) rejected.push_back(Json{{"file", r.file}, {"line", r.line}, {"column", r.column}, {"reason", r.reason}});
    return Json{{"total", countsJson(total)}, {"files", fileList}, {"rejected_rows", rejected}}.dump();
}

}  // namespace aitocracy::core
