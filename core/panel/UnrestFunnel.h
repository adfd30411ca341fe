#pragma once
// Where the GDELT rows went, from the files read to the events the panel's unrest column
// counts: a funnel a user reads top to bottom to see what each cleaning rule costs.
// Two parts. The import-time steps are the counts the importer recorded with each
// provenance record (what never reached the project); the stored-time steps apply the
// panel's cleaning options to the stored events, the way buildPanel counts them.
#include <cstdint>

#include "common/Error.h"
#include "panel/PanelBuilder.h"

namespace aitocracy::core {

class ProjectStore;

// Summed over the project's GDELT imports that finished (status ok); GdeltReport.h
// defines each count. rowsRead = rejected + notInCountry + the rows in the country, and
// the rows in the country = notProtest + notRootEvent + belowMinSources +
// belowMinArticles + outsideDates + kept; kept = placedInUnit + provinceOnly + unplaced
// = stored + duplicatesById.
struct ImportSteps {
    std::int64_t imports = 0;
    std::int64_t rowsRead = 0;
    std::int64_t rejected = 0;      // malformed rows
    std::int64_t notInCountry = 0;  // another ActionGeo_CountryCode than the import's (CH: China)
    // The rows in the country by how precisely GDELT located them (ActionGeo_Type):
    // 4 world city, 5 world ADM1 (province), 1 country; other: 0 (none) and the US types 2, 3.
    std::int64_t cityPrecision = 0, provincePrecision = 0, countryPrecision = 0, otherPrecision = 0;
    std::int64_t notProtest = 0;  // another root code or event code than the import kept
    std::int64_t notRootEvent = 0;
    std::int64_t belowMinSources = 0, belowMinArticles = 0;
    std::int64_t outsideDates = 0;
    std::int64_t kept = 0;
    std::int64_t placedInUnit = 0, provinceOnly = 0, unplaced = 0;
    std::int64_t duplicatesById = 0;  // already in the project
    std::int64_t stored = 0;
};

// The stored events, each counted in the first step that drops it, in this order:
//   outsideDays      the event day lies outside the panel's periods (only with from / to)
//   provinceOnly     no unit, but a province (the panel counts events placed in a unit)
//   unplaced         neither unit nor province
//   repeatReports    duplicate_of set (dropMergedReports)
//   otherRootCode    root code not in unrestRootCodes (when that is not empty)
//   notRootEvent     is_root_event = 0 (rootEventsOnly)
//   belowMinSources  num_sources < minSources
//   belowMinArticles num_articles < minArticles
// so stored = the sum of those steps + counted, and counted is what the panel's unrest
// column sums to over all its cells.
struct StoredSteps {
    std::int64_t stored = 0;
    std::int64_t outsideDays = 0;
    std::int64_t provinceOnly = 0, unplaced = 0;
    std::int64_t repeatReports = 0;
    std::int64_t otherRootCode = 0;
    std::int64_t notRootEvent = 0;
    std::int64_t belowMinSources = 0, belowMinArticles = 0;
    std::int64_t counted = 0;
};

struct UnrestFunnel {
    ImportSteps imported;
    StoredSteps panel;
};

// One scan of unrest_events and the GDELT imports' counts; writes nothing. Errors: those
// of panelDays when options.from or options.to is set, a provenance record whose counts
// are not JSON ("format"), the store's SQLite errors.
Result<UnrestFunnel> unrestFunnel(const ProjectStore& store, const PanelOptions& options);

}  // namespace aitocracy::core
