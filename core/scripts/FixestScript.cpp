#include "scripts/FixestScript.h"

#include "scripts/RText.h"

namespace aitocracy::core::scripts {
namespace {

// The variance stated explicitly (fixest's default would cluster by the first fixed
// effect, which is also ours, but a reader should not need to know that).
std::string vcovArgument(const ScriptSpec& spec)
{
    switch (spec.vcov) {
        case est::VcovType::Iid:
            return "vcov = \"iid\"";
        case est::VcovType::Hetero:
            return "vcov = \"hetero\"";
        default:
            break;
    }
    std::string out = "cluster = ~";
    for (std::size_t c = 0; c < spec.clusters.size(); ++c) out += (c ? " + " : "") + spec.clusters[c].name;
    return out;
}

// The chosen sample as 0/1 weights: fixest drops rows of weight 0 like rows with a missing
// value, after building l()/f() on the whole panel. `subset =` would cut the panel before
// the lags are built (fixest issue #670), so an excluded period could not supply the lag
// of the first included one, as it does in the application and in Stata's `if`.
std::string sampleArgument(const ScriptSpec& spec)
{
    if (spec.sampleColumn.empty()) return {};
    return ",\n    weights = ~" + spec.sampleColumn;
}

}  // namespace

std::string fixestScript(const ScriptSpec& spec)
{
    const bool poisson = spec.model == est::Model::Poisson;
    std::string s = "# Replicates: " + spec.formulaText +
                    "\n# Run from this folder: Rscript replicate_fixest.R  (writes estimates.csv here)\n"
                    "# The small-sample rules are fixest's defaults, spelled out: K counts fixed effects\n"
                    "# not nested in a cluster, G/(G-1) with the smallest G, t with min(G)-1 df.\n"
                    "library(fixest)\n" +
                    rReadPanel(spec) +
                    (spec.sampleColumn.empty()
                         ? std::string()
                         : "# The chosen sample enters as 0/1 weights: rows of weight 0 leave the estimation after\n"
                           "# l()/f() are built on the whole panel (subset = would cut the panel first).\n") +
                    "model <- " + (poisson ? "fepois(" : "feols(") + spec.formulaText +
                    ",\n    data = panel, panel.id = ~" + spec.unitName + " + " + spec.timeName + ",\n    " +
                    vcovArgument(spec) + sampleArgument(spec) +
                    ",\n    ssc = ssc(adj = TRUE, fixef.K = \"nested\", cluster.adj = TRUE, cluster.df = \"min\", "
                    "t.df = \"min\")";
    if (spec.dropSingletons) s += ",\n    fixef.rm = \"singleton\"";
    s += ")\nprint(summary(model))\nct <- coeftable(model)\n"
         "terms <- rownames(ct)\nestimates <- ct[, 1]\nstd_errors <- ct[, 2]\n" +
         rWriteEstimates();
    return s;
}

}  // namespace aitocracy::core::scripts
