#include "regression/SpecPreparation.h"

#include <unordered_set>

#include "estimation/Formula.h"
#include "estimation/EventStudy.h"
#include "regression/TemplateParts.h"

namespace aitocracy::core::reg {

Result<PreparedSpec> prepareSpec(const RegressionSpec& spec, const est::PanelData& panel)
{
    Result<PreparedSpec> prepared = PreparedSpec{};
    switch (spec.analysis) {
        case Analysis::UnrestToProcurement:
            prepared = detail::procurementTemplate(spec, panel);
            break;
        case Analysis::AiSuppression:
            prepared = detail::suppressionTemplate(spec, panel);
            break;
        case Analysis::ContractsInnovation:
            prepared = detail::innovationTemplate(spec, panel);
            break;
        case Analysis::Free:
            prepared->formula = spec.formula;
            break;
    }
    if (!prepared) return prepared;

    // The formula against the panel and the derived columns: a free formula's error keeps
    // the parser's message and column (the form underlines it there).
    std::vector<std::string> names = panel.columnNames();
    for (const auto& c : prepared->derivedColumns) names.push_back(c.name);
    auto formula = est::parseFormula(prepared->formula, names);
    if (!formula) return std::unexpected(formula.error());
    if (spec.model == est::Model::Poisson && formula->isIv())
        return fail("usage", "IV with a Poisson model is not supported");

    prepared->options.model = spec.model;
    if (auto v = detail::setVariance(spec, panel, prepared->options); !v) return std::unexpected(v.error());
    auto mask = detail::sampleMask(spec, panel);
    if (!mask) return std::unexpected(mask.error());
    prepared->options.rowMask = std::move(*mask);
    return prepared;
}

std::vector<PlotTerm> plotTermsOf(const PreparedSpec& prepared, const est::EstimationResult& result)
{
    std::vector<PlotTerm> terms;
    if (prepared.plotTerms.empty()) {
        for (std::size_t j = 0; j < result.coefficients.size(); ++j)
            terms.push_back({result.coefficients[j].term, static_cast<double>(j), result.coefficients[j].term, {}});
        return terms;
    }
    std::unordered_set<std::string> present;
    for (const auto& c : result.coefficients) present.insert(c.term);
    for (const auto& t : prepared.plotTerms)
        if (present.contains(t.term)) terms.push_back(t);
    return terms;
}

std::vector<std::string> formulaVariables(const est::PanelData& panel)
{
    return panel.columnNames();
}

Result<PreparedSpec> prepareSpecOn(const RegressionSpec& spec, est::PanelData& panel)
{
    auto prepared = prepareSpec(spec, panel);
    if (!prepared) return prepared;
    for (auto& column : prepared->derivedColumns) est::setColumn(panel, std::move(column));
    prepared->derivedColumns.clear();
    return prepared;
}

}  // namespace aitocracy::core::reg
