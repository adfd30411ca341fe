#pragma once
// From a specification and a panel to what the estimator runs: the fixest formula the form
// shows ("every template shows the formula it runs"), the derived columns to add to the
// panel first, the estimation options (model, clusters, the user's sample as a row mask)
// and the layout of the coefficient plot.
//
// The prefecture × period panel (toEstimationData: unit "unit", time "period") serves
// analyses 1 and 2 and the free formula; analysis 3 runs on the firm × year panel (unit
// "firm", time "year") with software_total / _government / _commercial and rel_high /
// rel_low (years relative to the firm's first public-security contract won in a high- /
// low-unrest quarter; missing for firms without one). Unit and time names are read from
// the panel, so a panel CSV with other names works too.
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/PanelData.h"
#include "regression/RegressionSpec.h"

namespace aitocracy::core::reg {

// One coefficient of the plot: its name in the result, where it goes on the x axis
// (periods relative to the event, or 0, 1, 2 … for unordered terms), what the axis says
// there, and which series it belongs to (analysis 3 draws a high- and a low-unrest
// series over the same relative years; empty for a single series).
struct PlotTerm {
    std::string term;
    double x = 0;
    std::string label;
    std::string series;
    bool operator==(const PlotTerm&) const = default;
};

struct PreparedSpec {
    std::string formula;                           // fixest syntax, as estimated and as written to scripts
    std::vector<est::PanelColumn> derivedColumns;  // add to the panel (est::setColumn) before estimating
    est::EstimationOptions options;                // model, vcov, clusters, rowMask
    // The plotted coefficients, in plot order. Empty for a free formula: every coefficient
    // of the result is plotted (plotTermsOf).
    std::vector<PlotTerm> plotTerms;
    std::optional<double> referenceX;  // event designs: the omitted period (a hollow point at 0)
    std::string xLabel;                // "Quarters relative to unrest", or empty for unordered terms
};

// Templates (T = treatment column, FE = the chosen fixed effects, C = controls):
//  1. distributed lags   Y ~ l(T, -leads:lags) + C | unit + period        (province^period with provincePeriodFe)
//     event study        Y ~ i(event_time, ref = r) + C | FE, event_time from the binary
//                        unrest_event (T ≥ threshold): periods since the unit's first event
//                        over the whole panel, endpoints binned or rows outside dropped,
//                        never-treated units at r (relativeTimeColumn)
//     IV                 Y ~ C | FE | T ~ instruments: the contemporaneous treatment
//                        instrumented by the weather columns (leads and lags are not used)
//  2. suppression        U ~ S + K + C + S:K | FE with U unrest on the outcome's scale,
//                        S the weather shock, K the lagged log AI stock (RegressionSpec::stockLag)
//  3. innovation         software_X ~ i(rel_high_w, ref = r) + i(rel_low_w, ref = r) + C | firm + year,
//                        rel_*_w = rel_* in the window [-leads, lags] (binned or dropped
//                        outside), firms without such a contract at r; OLS or Poisson
//  4. free               the formula as typed; parse errors keep the parser's message and column
// Sample: firstPeriod / lastPeriod / excludedUnits become options.rowMask (empty when the
// sample is the whole panel). Clusters: Unit → the unit variable, Province → province,
// TwoWay → unit + period, None → heteroskedasticity-robust.
// Errors: "usage" (an unknown period label or unit code, a reference period outside the
// window, a choice the analysis does not offer), "data" (a column the template needs is
// not in the panel), "formula" (free formula).
Result<PreparedSpec> prepareSpec(const RegressionSpec& spec, const est::PanelData& panel);

// prepareSpec, then its derived columns added to `panel` (and left out of the result): for
// a caller that estimates or writes a script on its own copy of the panel.
Result<PreparedSpec> prepareSpecOn(const RegressionSpec& spec, est::PanelData& panel);

// The plot's terms for an estimated result: the prepared ones the result holds (a level
// absent from the sample or a collinear regressor has no coefficient), or for a free
// formula every coefficient at x = 0, 1, 2 … labelled by its name.
std::vector<PlotTerm> plotTermsOf(const PreparedSpec& prepared, const est::EstimationResult& result);

// The names a formula may use on this panel (for completion): every column, in order.
std::vector<std::string> formulaVariables(const est::PanelData& panel);

}  // namespace aitocracy::core::reg
