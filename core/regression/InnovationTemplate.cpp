// Analysis 3, contracts → innovation, on the firm × year panel: software output in the
// years around a firm's first public-security contract, one event-time series for a
// first contract won in a high-unrest quarter and one for a low-unrest quarter.
#include <algorithm>
#include <cmath>

#include "estimation/EventStudy.h"
#include "regression/TemplateParts.h"

namespace aitocracy::core::reg::detail {
namespace {

std::string softwareColumn(SoftwareOutcome software)
{
    switch (software) {
        case SoftwareOutcome::Government:
            return "software_government";
        case SoftwareOutcome::Commercial:
            return "software_commercial";
        case SoftwareOutcome::Total:
            break;
    }
    return "software_total";
}

// rel within the window: binned at its ends or missing outside; firms without such a
// contract (rel missing) at the reference, so that they serve as controls.
est::PanelColumn windowed(const est::PanelColumn& rel, const RegressionSpec& spec, const std::string& name)
{
    const auto lowest = static_cast<double>(-spec.leads), highest = static_cast<double>(spec.lags);
    std::vector<double> values(rel.values.size(), est::kMissing);
    for (std::size_t r = 0; r < values.size(); ++r) {
        const double v = rel.values[r];
        if (std::isnan(v))
            values[r] = spec.referencePeriod;
        else if (spec.binEndpoints)
            values[r] = std::clamp(v, lowest, highest);
        else if (v >= lowest && v <= highest)
            values[r] = v;
    }
    return est::makeColumn(name, std::move(values));
}

}  // namespace

Result<PreparedSpec> innovationTemplate(const RegressionSpec& spec, const est::PanelData& panel)
{
    const std::string y = softwareColumn(spec.software);
    const std::string neededFor = "the innovation analysis, which runs on the firm × year panel";
    if (auto c = requireColumn(panel, y, neededFor); !c) return std::unexpected(c.error());
    auto high = requireColumn(panel, "rel_high", neededFor);
    if (!high) return std::unexpected(high.error());
    auto low = requireColumn(panel, "rel_low", neededFor);
    if (!low) return std::unexpected(low.error());
    if (spec.provincePeriodFe)
        return fail("usage", "firms have no province: province × year fixed effects are not offered here");
    if (spec.cluster == ClusterChoice::Province)
        return fail("usage", "firms have no province: cluster by firm, firm and year, or none");
    if (spec.iv) return fail("usage", "the innovation analysis has no instrumented variant");
    if (auto w = checkWindow(spec); !w) return std::unexpected(w.error());
    auto controls = controlsPart(spec, panel);
    if (!controls) return std::unexpected(controls.error());
    auto fe = fixedEffectsPart(spec, panel);
    if (!fe) return std::unexpected(fe.error());

    PreparedSpec p;
    p.derivedColumns.push_back(windowed(**high, spec, "rel_high_w"));
    p.derivedColumns.push_back(windowed(**low, spec, "rel_low_w"));
    const std::string ref = std::to_string(spec.referencePeriod);
    p.formula = y + " ~ i(rel_high_w, ref = " + ref + ") + i(rel_low_w, ref = " + ref + ")" + *controls + *fe;
    for (const char* series : {"high", "low"})
        for (int k = -spec.leads; k <= spec.lags; ++k) {
            if (k == spec.referencePeriod) continue;
            const std::string term = "rel_" + std::string(series) + "_w::" + std::to_string(k);
            p.plotTerms.push_back({term, static_cast<double>(k), term, series});
        }
    p.referenceX = spec.referencePeriod;
    p.xLabel = periodWord(panel) + " relative to the first public-security contract";
    return p;
}

}  // namespace aitocracy::core::reg::detail
