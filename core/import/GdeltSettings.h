#pragma once
// The GDELT importer's cleaning rules. Defaults are the study's: protests (CAMEO root 14)
// located in China (FIPS CH), root events only. Each rule's effect is counted in the
// report, and the settings are stored with the import's provenance to redo it.
#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core {

struct GdeltSettings {
    // ActionGeo_CountryCode to keep (FIPS 10-4); empty keeps every country. Hong Kong
    // (HK), Macau (MC) and Taiwan (TW) have their own codes, so "CH" never takes them.
    std::string country = "CH";
    std::vector<std::string> rootCodes{"14"};  // EventRootCode values kept; empty = all
    std::vector<std::string> eventCodes;        // EventCode values kept; empty = all
    bool rootEventsOnly = true;                 // IsRootEvent == 1
    std::int64_t minSources = 0;                // NumSources >= minSources
    std::int64_t minArticles = 0;               // NumArticles >= minArticles
    std::string fromDate, toDate;               // ISO, inclusive, on SQLDATE; empty = open
    // Marks reports of one event (same day, unit and EventCode) as duplicates of the one
    // with the lowest GLOBALEVENTID (duplicate_of), across everything the project holds.
    bool mergeSameDayUnitCode = false;
    std::size_t maxRejectedRecorded = 1000;     // rejected rows stored with line numbers

    // {"country":"CH","root_codes":["14"],...}
    [[nodiscard]] std::string toJson() const;
};

}  // namespace aitocracy::core
