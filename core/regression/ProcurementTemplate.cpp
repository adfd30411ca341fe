// Analysis 1, unrest → public-security AI procurement, on the prefecture × period panel.
#include "estimation/EventStudy.h"
#include "estimation/Formula.h"
#include "regression/TemplateParts.h"

namespace aitocracy::core::reg::detail {
namespace {

constexpr const char* kEventColumn = "unrest_event";
constexpr const char* kEventTime = "event_time";

std::string outcomeColumn(OutcomeScale scale)
{
    switch (scale) {
        case OutcomeScale::Log1p:
            return "log1p_contracts_ai_public_security";
        case OutcomeScale::ZScore:
            return "z_contracts_ai_public_security";
        case OutcomeScale::Amount:
            return "amount_ai_public_security";
        case OutcomeScale::Count:
            break;
    }
    return "contracts_ai_public_security";
}

// l(T, -2:4); the treatment itself for an empty window.
std::string lagTerms(const std::string& t, int leads, int lags)
{
    if (leads == 0 && lags == 0) return t;
    return "l(" + t + ", " + std::to_string(-leads) + ":" + std::to_string(lags) + ")";
}

// Periods since each unit's first event, computed over the whole panel: an event before
// the chosen first period still dates the unit's treatment.
Result<est::PanelColumn> eventTime(const RegressionSpec& spec, const est::PanelData& panel,
                                   const est::PanelColumn& event)
{
    est::PanelData view;  // what relativeTimeColumn reads: the panel's index and the event
    view.unitName = panel.unitName;
    view.timeName = panel.timeName;
    view.unitLevels = panel.unitLevels;
    view.unit = panel.unit;
    view.time = panel.time;
    view.timeStep = panel.timeStep;
    view.columns = {event};
    est::RelativeTimeOptions o;
    o.eventColumn = event.name;
    o.name = kEventTime;
    o.lowest = -spec.leads;
    o.highest = spec.lags;
    o.binEndpoints = spec.binEndpoints;
    o.neverTreatedValue = spec.referencePeriod;
    return est::relativeTimeColumn(view, o);
}

}  // namespace

Result<PreparedSpec> procurementTemplate(const RegressionSpec& spec, const est::PanelData& panel)
{
    PreparedSpec p;
    const std::string y = outcomeColumn(spec.outcome);
    if (auto c = requireColumn(panel, y, "the outcome"); !c) return std::unexpected(c.error());
    const std::string source = spec.treatment == TreatmentScale::ZScore ? "z_unrest" : "unrest";
    if (auto c = requireColumn(panel, source, "the treatment"); !c) return std::unexpected(c.error());
    auto controls = controlsPart(spec, panel);
    if (!controls) return std::unexpected(controls.error());
    auto fe = fixedEffectsPart(spec, panel);
    if (!fe) return std::unexpected(fe.error());

    std::string t = source;
    if (spec.treatment == TreatmentScale::Binary || spec.design == DesignKind::EventStudy) {
        auto event = est::binaryEventColumn(panel, source, spec.threshold, kEventColumn);
        if (!event) return std::unexpected(event.error());
        p.derivedColumns.push_back(std::move(*event));
        t = kEventColumn;
    }

    if (spec.iv) {
        if (spec.design != DesignKind::DistributedLags)
            return fail("usage",
                        "the instrumented treatment is offered with the distributed-lag design, not the event study");
        if (spec.instruments.empty())
            return fail("usage", "IV needs at least one instrument (a weather column such as rain_sum)");
        std::string instruments;
        for (const auto& name : spec.instruments) {
            if (auto c = requireColumn(panel, name, "an instrument"); !c) return std::unexpected(c.error());
            instruments += (instruments.empty() ? "" : " + ") + name;
        }
        // fixest's right-hand side is `1` when only the IV part follows.
        p.formula = y + " ~ " + (controls->empty() ? std::string("1") : controls->substr(3)) + *fe + " | " + t + " ~ " +
                    instruments;
        p.plotTerms.push_back({"fit_" + t, 0, t + " (instrumented)", {}});
        return p;
    }

    if (spec.design == DesignKind::DistributedLags) {
        if (spec.leads < 0 || spec.lags < 0)
            return fail("usage", "leads and lags count periods and cannot be negative (leads " +
                                     std::to_string(spec.leads) + ", lags " + std::to_string(spec.lags) + ")");
        p.formula = y + " ~ " + lagTerms(t, spec.leads, spec.lags) + *controls + *fe;
        for (int k = -spec.leads; k <= spec.lags; ++k) {
            const std::string term = est::VarRef{t, k}.label();
            p.plotTerms.push_back({term, static_cast<double>(k), term, {}});
        }
        p.xLabel = periodWord(panel) + " relative to unrest";
        return p;
    }

    if (auto w = checkWindow(spec); !w) return std::unexpected(w.error());
    auto rel = eventTime(spec, panel, p.derivedColumns.back());
    if (!rel) return std::unexpected(rel.error());
    p.derivedColumns.push_back(std::move(*rel));
    p.formula = y + " ~ i(" + kEventTime + ", ref = " + std::to_string(spec.referencePeriod) + ")" + *controls + *fe;
    for (int k = -spec.leads; k <= spec.lags; ++k) {
        if (k == spec.referencePeriod) continue;
        const std::string term = std::string(kEventTime) + "::" + std::to_string(k);
        p.plotTerms.push_back({term, static_cast<double>(k), term, {}});
    }
    p.referenceX = spec.referencePeriod;
    p.xLabel = periodWord(panel) + " relative to the first unrest event";
    return p;
}

}  // namespace aitocracy::core::reg::detail
