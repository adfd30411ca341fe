#include "import/GdeltCsvHeader.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace aitocracy::core {
namespace {

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

bool splitGdeltCsvLine(std::string_view line, std::vector<std::string>& fields)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fields.clear();
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return !quoted;
}

bool GdeltCsvHeader::split(std::string_view line)
{
    const bool closed = splitGdeltCsvLine(line, fields_);
    views_.assign(fields_.begin(), fields_.end());
    return closed;
}

Result<std::optional<GdeltCsvHeader>> GdeltCsvHeader::detect(std::string_view firstLine)
{
    constexpr std::string_view kFirst = "GLOBALEVENTID,";
    const std::string_view start = firstLine.substr(0, kFirst.size());
    if (!sameName(start, kFirst) && !sameName(firstLine.substr(0, kFirst.size() + 1), "\"GLOBALEVENTID\""))
        return std::optional<GdeltCsvHeader>();
    GdeltCsvHeader h;
    if (!h.split(firstLine)) return fail("format", "the header row has an unclosed quote");
    h.columns_ = h.fields_.size();
    auto find = [&](std::string_view name) {
        for (std::size_t i = 0; i < h.fields_.size(); ++i)
            if (sameName(h.fields_[i], name)) return static_cast<int>(i + 1);
        return 0;
    };
    GdeltFieldPositions& p = h.positions_;
    const std::pair<const char*, int*> needed[] = {{"GLOBALEVENTID", &p.id},
                                                   {"SQLDATE", &p.sqlDate},
                                                   {"IsRootEvent", &p.isRootEvent},
                                                   {"EventCode", &p.eventCode},
                                                   {"EventBaseCode", &p.eventBaseCode},
                                                   {"EventRootCode", &p.eventRootCode},
                                                   {"NumMentions", &p.numMentions},
                                                   {"NumSources", &p.numSources},
                                                   {"NumArticles", &p.numArticles},
                                                   {"ActionGeo_Type", &p.geoType},
                                                   {"ActionGeo_CountryCode", &p.country}};
    for (const auto& [name, slot] : needed)
        if ((*slot = find(name)) == 0)
            return fail("format",
                        std::string("the header row has no column ") + name + " (a GDELT events CSV export needs it)");
    p.fullName = find("ActionGeo_FullName");
    p.adm1 = find("ActionGeo_ADM1Code");
    p.lat = find("ActionGeo_Lat");
    p.lon = find("ActionGeo_Long");
    p.featureId = find("ActionGeo_FeatureID");
    p.dateAdded = find("DATEADDED");
    p.sourceUrl = find("SOURCEURL");
    return std::optional<GdeltCsvHeader>(std::move(h));
}

std::optional<GdeltRowProblem> GdeltCsvHeader::parse(std::string_view line, GdeltRowView& row)
{
    if (!split(line)) return GdeltRowProblem{0, "a quoted field is not closed"};
    if (fields_.size() != columns_)
        return GdeltRowProblem{
            0, std::to_string(fields_.size()) + " fields; the header row has " + std::to_string(columns_)};
    row.layout = 0;
    return parseGdeltFields(views_, positions_, row);
}

}  // namespace aitocracy::core
