#include "import/GdeltRow.h"

#include <array>
#include <charconv>

namespace aitocracy::core {
namespace {

constexpr GdeltFieldPositions positions(int geoType, int fullName, int country, int adm1, int lat, int lon,
                                        int featureId, int dateAdded, int sourceUrl)
{
    return GdeltFieldPositions{1,       2,        26,      27,   28,  29,  32,        33,        34,
                               geoType, fullName, country, adm1, lat, lon, featureId, dateAdded, sourceUrl};
}
constexpr GdeltFieldPositions kGdelt1NoUrl = positions(50, 51, 52, 53, 54, 55, 56, 57, 0);
constexpr GdeltFieldPositions kGdelt1 = positions(50, 51, 52, 53, 54, 55, 56, 57, 58);
constexpr GdeltFieldPositions kGdelt2 = positions(52, 53, 54, 55, 57, 58, 59, 60, 61);

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Plain digits (the form every GDELT count has) are read by hand; anything else goes to
// from_chars, which decides exactly as before (signs, overflow).
bool parseInt(std::string_view s, std::int64_t& out)
{
    if (!s.empty() && s.size() <= 18) {
        std::int64_t v = 0;
        std::size_t i = 0;
        for (; i < s.size() && isDigit(s[i]); ++i) v = v * 10 + (s[i] - '0');
        if (i == s.size()) {
            out = v;
            return true;
        }
    }
    if (s.empty()) return false;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

// Empty is "no value" (GDELT leaves lat/lon empty for type 0 rows). "-12.345" is checked
// by hand; other forms go to from_chars, which the conversion of kept rows uses too.
bool isOptionalNumber(std::string_view s)
{
    if (s.empty()) return true;
    std::size_t i = s[0] == '-' ? 1 : 0;
    const std::size_t intStart = i;
    while (i < s.size() && isDigit(s[i])) ++i;
    bool simple = i > intStart;
    if (simple && i < s.size() && s[i] == '.') {
        const std::size_t fracStart = ++i;
        while (i < s.size() && isDigit(s[i])) ++i;
        simple = i > fracStart;
    }
    if (simple && i == s.size()) return true;
    double v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

std::optional<double> toOptionalDouble(std::string_view s)
{
    double v = 0;
    if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) return std::nullopt;
    return v;
}

bool isCalendarDate(std::int64_t ymd)
{
    const auto y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    if (m < 1 || m > 12 || d < 1) return false;
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[static_cast<std::size_t>(m - 1)] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

const GdeltFieldPositions* gdeltLayout(int fieldCount)
{
    return fieldCount == 57 ? &kGdelt1NoUrl : fieldCount == 58 ? &kGdelt1 : fieldCount == 61 ? &kGdelt2 : nullptr;
}

GdeltRowProblem wrongFieldCount(int fieldCount)
{
    return {0, std::to_string(fieldCount) + " fields; a GDELT event row has 57, 58 (GDELT 1.0) or 61 (GDELT 2.0)"};
}

std::optional<GdeltRowProblem> parseGdeltRow(std::string_view line, GdeltRowView& row)
{
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    constexpr int kMax = 61;
    std::array<std::string_view, kMax> f{};
    int count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        ++count;
        if (count <= kMax)
            f[static_cast<std::size_t>(count - 1)] =
                line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    const GdeltFieldPositions* layout = gdeltLayout(count);
    if (!layout) return wrongFieldCount(count);
    row.layout = count;
    return parseGdeltFields(std::span<const std::string_view>(f.data(), static_cast<std::size_t>(count)), *layout, row);
}

std::optional<GdeltRowProblem> parseGdeltFields(std::span<const std::string_view> f, const GdeltFieldPositions& p,
                                                GdeltRowView& row)
{
    auto at = [&](int i) {
        return i >= 1 && static_cast<std::size_t>(i) <= f.size() ? f[static_cast<std::size_t>(i - 1)]
                                                                 : std::string_view();
    };
    if (!parseInt(at(p.id), row.globalEventId)) return GdeltRowProblem{p.id, "GLOBALEVENTID is not an integer"};
    row.sqlDate = at(p.sqlDate);
    std::int64_t ymd = 0;
    if (row.sqlDate.size() != 8 || !parseInt(row.sqlDate, ymd))
        return GdeltRowProblem{p.sqlDate, "SQLDATE is not YYYYMMDD"};
    if (!isCalendarDate(ymd)) return GdeltRowProblem{p.sqlDate, "SQLDATE is not a calendar date"};
    const std::string_view root = at(p.isRootEvent);
    if (root != "0" && root != "1") return GdeltRowProblem{p.isRootEvent, "IsRootEvent is not 0 or 1"};
    row.isRootEvent = root == "1";
    row.eventCode = at(p.eventCode);
    row.eventBaseCode = at(p.eventBaseCode);
    row.eventRootCode = at(p.eventRootCode);
    if (row.eventCode.empty() || row.eventRootCode.empty())
        return GdeltRowProblem{p.eventCode, "EventCode or EventRootCode is empty"};
    if (!parseInt(at(p.numMentions), row.numMentions))
        return GdeltRowProblem{p.numMentions, "NumMentions is not an integer"};
    if (!parseInt(at(p.numSources), row.numSources))
        return GdeltRowProblem{p.numSources, "NumSources is not an integer"};
    if (!parseInt(at(p.numArticles), row.numArticles))
        return GdeltRowProblem{p.numArticles, "NumArticles is not an integer"};
    std::int64_t geoType = 0;
    if (!at(p.geoType).empty() && (!parseInt(at(p.geoType), geoType) || geoType < 0 || geoType > 5))
        return GdeltRowProblem{p.geoType, "ActionGeo_Type is not 0-5"};
    row.geoType = static_cast<int>(geoType);
    row.geoFullName = at(p.fullName);
    row.geoCountry = at(p.country);
    row.geoAdm1 = at(p.adm1);
    row.lat = at(p.lat);
    row.lon = at(p.lon);
    if (!isOptionalNumber(row.lat)) return GdeltRowProblem{p.lat, "ActionGeo_Lat is not a number"};
    if (!isOptionalNumber(row.lon)) return GdeltRowProblem{p.lon, "ActionGeo_Long is not a number"};
    row.geoFeatureId = at(p.featureId);
    row.dateAdded = at(p.dateAdded);
    row.sourceUrl = p.sourceUrl ? at(p.sourceUrl) : std::string_view();
    return std::nullopt;
}

GdeltRow::GdeltRow(const GdeltRowView& v)
    : layout(v.layout),
      globalEventId(v.globalEventId),
      eventDate(std::string(v.sqlDate.substr(0, 4)) + '-' + std::string(v.sqlDate.substr(4, 2)) + '-' +
                std::string(v.sqlDate.substr(6, 2))),
      isRootEvent(v.isRootEvent),
      eventCode(v.eventCode),
      eventBaseCode(v.eventBaseCode),
      eventRootCode(v.eventRootCode),
      numMentions(v.numMentions),
      numSources(v.numSources),
      numArticles(v.numArticles),
      geoType(v.geoType),
      geoFullName(v.geoFullName),
      geoCountry(v.geoCountry),
      geoAdm1(v.geoAdm1),
      geoFeatureId(v.geoFeatureId),
      lat(toOptionalDouble(v.lat)),
      lon(toOptionalDouble(v.lon)),
      dateAdded(v.dateAdded),
      sourceUrl(v.sourceUrl)
{
}

}  // namespace aitocracy::core
