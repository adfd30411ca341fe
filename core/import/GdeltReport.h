#pragma once
// What a GDELT import did, for the user and for the provenance record: every row read is
// accounted for (rejected, filtered out by a named rule, or kept; kept rows are placed
// in a unit, only in a province, or unplaced; stored or a duplicate).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aitocracy::core {

struct GdeltRejected {
    std::string file;
    std::int64_t line = 0;  // 1-based
    int column = 0;         // 1-based field, 0 = the whole line
    std::string reason;
};

struct GdeltCounts {
    std::int64_t rowsRead = 0;                      // lines with content
    std::map<int, std::int64_t> rowsByLayout;      // 57, 58, 61 → rows; 0 = CSV export with a header ("csv" in JSON)
    std::int64_t rejected = 0;
    std::map<int, std::int64_t> countryRowsByGeoType;  // rows in the settings' country, by ActionGeo_Type
    std::int64_t otherCountry = 0;                 // dropped: ActionGeo_CountryCode differs
    std::int64_t droppedRootCode = 0, droppedEventCode = 0, droppedNotRoot = 0, droppedMinSources = 0,
                 droppedMinArticles = 0, droppedDate = 0;
    std::int64_t kept = 0;           // passed every filter
    std::int64_t placedInUnit = 0;   // type 4 inside a unit of the project
    std::int64_t provinceOnly = 0;   // type 5 (or a type 4 outside every unit) with a known province
    std::int64_t unplaced = 0;       // kept but neither unit nor province (country-level, no location)
    std::int64_t stored = 0;         // new rows written
    std::int64_t duplicatesById = 0; // GLOBALEVENTID already in the project (or twice in the input)
    std::int64_t mergedReports = 0;  // rows newly marked duplicate_of by the same-day-unit-code rule (total only)

    void add(const GdeltCounts& other);
    [[nodiscard]] std::string toJson() const;
};

struct GdeltFileReport {
    std::string file;
    std::int64_t importId = 0;
    std::uint64_t bytes = 0;
    std::string sha256;
    GdeltCounts counts;
};

struct GdeltReport {
    GdeltCounts total;
    std::vector<GdeltFileReport> files;
    std::vector<GdeltRejected> rejectedRows;  // the first settings.maxRejectedRecorded

    // The whole report as one JSON object ({"total":{…},"files":[…],"rejected_rows":[…]}).
    [[nodiscard]] std::string toJson() const;
};

}  // namespace aitocracy::core
