#include "import/GdeltRow.h"

#include "common/Dates.h"

#include <array>
#include <charconv>

namespace aitocracy::core {
namespace {

constexpr GdeltFieldPositions positions(int geoType, int fullName, int country, int adm1, int lat, int lon, int featureId, int dateAdded,
                                       int sourceUrl)
{
    return GdeltFieldPositions{1, 2, 26, 27, 28, 29, 32, 33, 34, geoType, fullName, country, adm1, lat, lon, featureId, dateAdded, sourceUrl};
}
constexpr GdeltFieldPositions kGdelt1NoUrl = positions(50, 51, 52, 53, 54, 55, 56, 57, 0);
constexpr GdeltFieldPositions kGdelt1 = positions(50, 51, 52, 53, 54, 55, 56, 57, 58);
constexpr GdeltFieldPositions kGdelt2 = positions(52, 53, 54, 55, 57, 58, 59, 60, 61);

bool parseInt(std::string_view s, std::int64_t& out)
{
    if (s.empty()) return false;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

// Empty is "no value" (GDELT leaves lat/lon empty for type 0 rows).
bool parseOptionalDouble(std::string_view s, std::optional<double>& out)
{
    out.reset();
    if (s.empty()) return true;
    double v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return false;
    out = v;
    return true;
}

}  // namespace

std::optional<GdeltRowProblem> parseGdeltRow(std::string_view line, GdeltRow& row)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    constexpr int kMax = 61;
    std::array<std::string_view, kMax> f{};
    int count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        ++count;
        if (count <= kMax) f[static_cast<std::size_t>(count - 1)] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    const GdeltFieldPositions* layout = count == 57 ? &kGdelt1NoUrl : count == 58 ? &kGdelt1 : count == 61 ? &kGdelt2 : nullptr;
    if (!layout) return GdeltRowProblem{0, std::to_string(count) + " fields; a GDELT event row has 57, 58 (GDELT 1.0) or 61 (GDELT 2.0)"};
    row.layout = count;
    return parseGdeltFields(std::span<const std::string_view>(f.data(), static_cast<std::size_t>(count)), *layout, row);
}

std::optional<GdeltRowProblem> parseGdeltFields(std::span<const std::string_view> f, const GdeltFieldPositions& p, GdeltRow& row)
{
    auto at = [&](int i) { return i >= 1 && static_cast<std::size_t>(i) <= f.size() ? f[static_cast<std::size_t>(i - 1)] : std::string_view(); };
    if (!parseInt(at(p.id), row.globalEventId)) return GdeltRowProblem{p.id, "GLOBALEVENTID is not an integer"};
    const std::string_view d = at(p.sqlDate);
    std::int64_t ymd = 0;
    if (d.size() != 8 || !parseInt(d, ymd)) return GdeltRowProblem{p.sqlDate, "SQLDATE is not YYYYMMDD"};
    const int y = static_cast<int>(ymd / 10000), m = static_cast<int>(ymd / 100 % 100), day = static_cast<int>(ymd % 100);
    if (m < 1 || m > 12 || day < 1 || day > 31 || civilFromDays(daysFromCivil(y, m, day)).day != day)
        return GdeltRowProblem{p.sqlDate, "SQLDATE is not a calendar date"};
    row.eventDate = std::string(d.substr(0, 4)) + '-' + std::string(d.substr(4, 2)) + '-' + std::string(d.substr(6, 2));
    const std::string_view root = at(p.isRootEvent);
    if (root != "0" && root != "1") return GdeltRowProblem{p.isRootEvent, "IsRootEvent is not 0 or 1"};
    row.isRootEvent = root == "1";
    row.eventCode = at(p.eventCode);
    row.eventBaseCode = at(p.eventBaseCode);
    row.eventRootCode = at(p.eventRootCode);
    if (row.eventCode.empty() || row.eventRootCode.empty()) return GdeltRowProblem{p.eventCode, "EventCode or EventRootCode is empty"};
    if (!parseInt(at(p.numMentions), row.numMentions)) return GdeltRowProblem{p.numMentions, "NumMentions is not an integer"};
    if (!parseInt(at(p.numSources), row.numSources)) return GdeltRowProblem{p.numSources, "NumSources is not an integer"};
    if (!parseInt(at(p.numArticles), row.numArticles)) return GdeltRowProblem{p.numArticles, "NumArticles is not an integer"};
    std::int64_t geoType = 0;
    if (!at(p.geoType).empty() && (!parseInt(at(p.geoType), geoType) || geoType < 0 || geoType > 5))
        return GdeltRowProblem{p.geoType, "ActionGeo_Type is not 0-5"};
    row.geoType = static_cast<int>(geoType);
    row.geoFullName = at(p.fullName);
    row.geoCountry = at(p.country);
    row.geoAdm1 = at(p.adm1);
    if (!parseOptionalDouble(at(p.lat), row.lat)) return GdeltRowProblem{p.lat, "ActionGeo_Lat is not a number"};
    if (!parseOptionalDouble(at(p.lon), row.lon)) return GdeltRowProblem{p.lon, "ActionGeo_Long is not a number"};
    row.geoFeatureId = at(p.featureId);
    row.dateAdded = at(p.dateAdded);
    row.sourceUrl = p.sourceUrl ? std::string(at(p.sourceUrl)) : std::string();
    return std::nullopt;
}

}  // namespace aitocracy::core
