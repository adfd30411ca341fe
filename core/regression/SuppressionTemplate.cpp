// Analysis 2, AI → suppression: does the weather move unrest less where the AI stock is
// larger? Unrest on the weather shock, the lagged stock and their product.
#include "estimation/Formula.h"
#include "regression/TemplateParts.h"

namespace aitocracy::core::reg::detail {

Result<PreparedSpec> suppressionTemplate(const RegressionSpec& spec, const est::PanelData& panel)
{
    std::string y;
    switch (spec.outcome) {
        case OutcomeScale::Count:
            y = "unrest";
            break;
        case OutcomeScale::Log1p:
            y = "log1p_unrest";
            break;
        case OutcomeScale::ZScore:
            y = "z_unrest";
            break;
        case OutcomeScale::Amount:
            return fail("usage", "unrest has no amount scale: use count, log1p or zscore");
    }
    if (auto c = requireColumn(panel, y, "the outcome"); !c) return std::unexpected(c.error());
    if (auto c = requireColumn(panel, spec.weatherShock, "the weather shock"); !c) return std::unexpected(c.error());
    if (auto c = requireColumn(panel, "log_ai_stock", "the AI stock"); !c) return std::unexpected(c.error());
    if (spec.stockLag < 1)
        return fail("usage", "the AI stock must be lagged by one period at least (stockLag " +
                                 std::to_string(spec.stockLag) +
                                 "): the current period's purchases respond to its unrest");
    auto controls = controlsPart(spec, panel);
    if (!controls) return std::unexpected(controls.error());
    auto fe = fixedEffectsPart(spec, panel);
    if (!fe) return std::unexpected(fe.error());

    // log_ai_stock already counts only contracts signed before the period.
    const std::string stock = est::VarRef{"log_ai_stock", spec.stockLag - 1}.label();
    const std::string& shock = spec.weatherShock;
    const std::string interaction = shock + ":" + stock;
    PreparedSpec p;
    // Written in the order the estimator reports: main effects, controls, then the product.
    p.formula = y + " ~ " + shock + " + " + stock + *controls + " + " + interaction + *fe;
    p.plotTerms.push_back({shock, 0, shock, {}});
    p.plotTerms.push_back({interaction, 1, shock + " × " + stock, {}});
    return p;
}

}  // namespace aitocracy::core::reg::detail
