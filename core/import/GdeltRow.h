#pragma once
// One GDELT event row as the importer uses it, parsed from a tab-separated line whose
// layout is decided by its own field count: real GDELT 1.0 files mix 57-field rows
// (back-file, before SOURCEURL existed) with 58-field rows; GDELT 2.0 rows have 61.
//
// Parsing fills a GdeltRowView (views into the line, numbers checked and read): most
// rows are dropped by the filters, so only the kept ones become an owned GdeltRow.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace aitocracy::core {

struct GdeltRowView {
    int layout = 0;  // 57, 58 or 61 (the field count); 0 for a CSV export with a header row
    std::int64_t globalEventId = 0;
    std::string_view sqlDate;  // YYYYMMDD, a calendar date
    bool isRootEvent = false;
    std::string_view eventCode, eventBaseCode, eventRootCode;  // "014" keeps its zero
    std::int64_t numMentions = 0, numSources = 0, numArticles = 0;
    int geoType = 0;  // ActionGeo_Type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1
    std::string_view geoFullName, geoCountry, geoAdm1, geoFeatureId;
    std::string_view lat, lon;  // checked to be numbers or empty
    std::string_view dateAdded, sourceUrl;
};

struct GdeltRow {
    int layout = 0;
    std::int64_t globalEventId = 0;
    std::string eventDate;  // SQLDATE as ISO "2016-03-05"
    bool isRootEvent = false;
    std::string eventCode, eventBaseCode, eventRootCode;
    std::int64_t numMentions = 0, numSources = 0, numArticles = 0;
    int geoType = 0;
    std::string geoFullName, geoCountry, geoAdm1, geoFeatureId;
    std::optional<double> lat, lon;
    std::string dateAdded;  // as written: YYYYMMDD (1.0) or YYYYMMDDHHMMSS (2.0)
    std::string sourceUrl;  // empty for 57-field rows

    explicit GdeltRow(const GdeltRowView& view);
};

// Why a line was refused: the 1-based field (0 = the whole line) and a reason.
struct GdeltRowProblem {
    int column = 0;
    std::string reason;
};

// 1-based positions of the fields the importer reads; 0 = not in the input.
struct GdeltFieldPositions {
    int id = 0, sqlDate = 0, isRootEvent = 0, eventCode = 0, eventBaseCode = 0, eventRootCode = 0;
    int numMentions = 0, numSources = 0, numArticles = 0;
    int geoType = 0, fullName = 0, country = 0, adm1 = 0, lat = 0, lon = 0, featureId = 0, dateAdded = 0, sourceUrl = 0;
};

// The layout of a tab-separated row with `fieldCount` fields; nullptr when GDELT has none.
const GdeltFieldPositions* gdeltLayout(int fieldCount);
GdeltRowProblem wrongFieldCount(int fieldCount);

// Reads the fields (fields[0] is GDELT's field 1) at `positions` into `row`. A field
// beyond fields.size() reads as empty. Returns the problem when a key field
// (GLOBALEVENTID, SQLDATE, IsRootEvent, codes, counts, ActionGeo_Type, lat/lon) is malformed.
std::optional<GdeltRowProblem> parseGdeltFields(std::span<const std::string_view> fields,
                                                const GdeltFieldPositions& positions, GdeltRowView& row);

// Parses one line (without its line end; a trailing '\r' is tolerated) into `row`; the
// views point into `line`. Only the ActionGeo block is read: actor and other geo blocks
// are not stored.
std::optional<GdeltRowProblem> parseGdeltRow(std::string_view line, GdeltRowView& row);

}  // namespace aitocracy::core
