#pragma once
// The prefecture × period panel of a project's stored rows: what the map, the timelines,
// the prefecture table and the estimator read. Built straight into the columns: events
// grouped by unit and period in SQLite, contracts and weather in one scan each
// (PanelGrid.h says why); see buildPanel for the columns.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "panel/Panel.h"

namespace aitocracy::core {

class ProjectStore;

struct PanelOptions {
    PeriodKind period = PeriodKind::Quarter;
    // ISO days; empty: the first / last day of the stored dated rows (events, contracts,
    // weather). The periods holding them are counted whole, so that a partly covered
    // first or last period never looks like a quiet one.
    std::string from, to;
    double rainThresholdMm = 10;  // rain_days counts days with at least this much rain
    // CAMEO root codes counted as unrest (14 = PROTEST); empty: every stored event.
    std::vector<std::string> unrestRootCodes{"14"};
    // Leave out rows that repeat another report of the same event (duplicate_of set).
    bool dropMergedReports = true;
    // Count only events GDELT marks as the root event of their article (is_root_event = 1);
    // the importer keeps only those by default, but a user may have imported with it off.
    bool rootEventsOnly = false;
    // Count only events reported by at least this many sources / articles (num_sources,
    // num_articles): a thinly reported event is more often a mis-coded one.
    std::int64_t minSources = 0, minArticles = 0;

    bool operator==(const PanelOptions&) const = default;
};

// Rows: every unit of the project, by code; periods: those covering [from, to]. Columns:
//   unrest                       placed events passing the options' cleaning rules
//   contracts_<class>            placed contracts signed in the period, for each of the four classes
//   amount_<class>               their total amount in yuan (undisclosed amounts add nothing)
//   ai_stock                     public-security AI contracts signed before the period
//                                (all earlier ones, also those before `from`): STUDY.md's lagged stock
//   log_ai_stock                 log(1 + ai_stock), the form the study and the demonstration world use
//   rain_sum, rain_mean,         the period's rain (mm) summed and averaged over the days with a value,
//   rain_days, temp_mean         days with rain ≥ the threshold, mean temperature; NaN without weather
//   log1p_<x>, z_<x>             for unrest, contracts_* and amount_*: log(1 + x), and x standardized
//                                over the observed unit-periods (sample standard deviation; NaN when x is constant)
// unrest, contracts_* and amount_* (and so their log1p_/z_) are NaN in periods wholly outside
// the days their source's stored rows span (events; contracts), and throughout when the
// source has no rows: outside its coverage a source observed nothing, which is not zero.
//   province                     the unit's stored province code as a number (340000 for 340100), for
//                                province and province^period in formulas; NaN when the code is not a number
//   <covariate name>             one per stored covariate: its value where the covariate's period
//                                equals the panel's period label, else NaN ("covariate_<name>" when
//                                the name is taken by a column above, or is "unit" or "period")
// Firms and their software output are not located in prefectures, so they are not part
// of this panel (the innovation analysis is firm by year).
// Errors: "usage" (bad dates, from after to), "empty" (no dated rows and no from/to),
// "cancelled", and the store's SQLite errors.
Result<Panel> buildPanel(const ProjectStore& store, const PanelOptions& options, const CancelToken* cancel = nullptr);

// The first and last day (ISO) the panel of `options` covers: the whole periods holding
// [from, to], from and to defaulting to the span of the stored dated rows. Same errors.
Result<std::pair<std::string, std::string>> panelDays(const ProjectStore& store, const PanelOptions& options);

}  // namespace aitocracy::core
