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

}  // namespace

std::string fixestScript(const ScriptSpec& spec)
{
    const bool poisson = spec.model == est::Model::Poisson;
    std::string s = "# Replicates: " + spec.formulaText +
                    "\n# Run from this folder: Rscript replicate_fixest.R  (writes estimates.csv here)\n"
                    "# The small-sample rules are fixest's defaults, spelled out: K counts fixed effects\n"
                    "# not nested in a cluster, G/(G-1) with the smallest G, t with min(G)-1 df.\n"
                    "library(fixest)\n" +
                    rReadPanel(spec) + "model <- " + (poisson ? "fepois(" : "feols(") + spec.formulaText +
                    ",\n    data = panel, panel.id = ~" + spec.unitName + " + " + spec.timeName + ",\n    " +
                    vcovArgument(spec) +
                    ",\n    ssc = ssc(adj = TRUE, fixef.K = \"nested\", cluster.adj = TRUE, cluster.df = \"min\", "
                    "t.df = \"min\")";
    if (spec.dropSingletons) s += ",\n    fixef.rm = \"singleton\"";
    s += ")\nprint(summary(model))\nct <- coeftable(model)\n"
         "terms <- rownames(ct)\nestimates <- ct[, 1]\nstd_errors <- ct[, 2]\n" +
         rWriteEstimates();
    return s;
}

}  // namespace aitocracy::core::scripts
