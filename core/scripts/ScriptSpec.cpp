#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {
Result<ScriptSpec> resolveScriptSpec(const est::PanelData& panel, const std::string& formulaText,
                                     const est::EstimationOptions& options)
{
    auto formula = est::parseFormula(formulaText, panel.columnNames());
    if (!formula) return std::unexpected(formula.error());
    ScriptSpec spec;
    spec.formulaText = formulaText;
    spec.formula = std::move(*formula);
    spec.model = options.model;
    spec.dropSingletons = options.dropSingletons;
    spec.unitName = panel.unitName;
    spec.timeName = panel.timeName;
    spec.timeStep = panel.timeStep;
    for (const auto& column : panel.columns)
        if (column.name == panel.unitName || (column.name != panel.timeName && !column.isNumeric()))
            spec.stringColumns.push_back(column.name);
    for (const auto& term : spec.formula.terms)
        for (const auto& factor : term.factors)
            if (factor.kind == est::Factor::Kind::Dummies)
                if (const est::PanelColumn* column = panel.column(factor.var.name))
                    spec.dummyLevels[factor.var.name] = column->levels;
    if (!options.rowMask.empty()) {
        if (options.rowMask.size() != panel.rows())
            return fail("usage", "the sample mask has " + std::to_string(options.rowMask.size()) + " flags for a panel of " +
                                     std::to_string(panel.rows()) + " rows");
        if (panel.column(kSampleColumn))
            return fail("data", std::string("the panel has a column '") + kSampleColumn +
                                    "' already; the scripts mark the chosen sample with that name");
        spec.sampleColumn = kSampleColumn;
    }

    const auto dims = est::clusterDimensions(options.clusters);
    spec.vcov = options.vcov;
    if (spec.vcov == est::VcovType::Default)
        spec.vcov = !dims.empty() || !spec.formula.fixedEffects.empty() ? est::VcovType::Cluster : est::VcovType::Iid;
    if (spec.vcov != est::VcovType::Cluster) return spec;
    if (dims.size() > 2) return fail("usage", "at most two cluster dimensions (e.g. --cluster pref+t)");
    if (dims.empty()) {
        if (spec.formula.fixedEffects.empty())
            return fail("usage", "clustered standard errors need --cluster VAR (the formula has no fixed effect)");
        const auto& first = spec.formula.fixedEffects.front();
        spec.clusters.push_back({first.name(), first.vars});
        return spec;
    }
    for (const auto& dim : dims) {
        if (!panel.column(dim)) return fail("data", "unknown cluster variable '" + dim + "'");
        spec.clusters.push_back({dim, {dim}});
    }
    return spec;
}

}  // namespace aitocracy::core::scripts
