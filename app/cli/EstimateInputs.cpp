#include "EstimateInputs.h"

#include <CLI/CLI.hpp>
#include <map>

#include "panel/PanelBuilder.h"
#include "panel/PanelEstimationData.h"
#include "panel/Periods.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {

using namespace aitocracy::core;
using namespace aitocracy::core::est;

void addEstimateInputOptions(CLI::App& e, EstimateInputs& o)
{
    e.add_option("--data", o.data, "panel CSV (header row, comma separated)");
    e.add_option("--panel", o.panel, "unit and time columns of --data: UNIT,TIME");
    e.add_option("--project", o.project, "a project: estimate on its panel (columns unit, period) instead of --data");
    e.add_option("--period", o.period, "with --project: day, week, month, quarter or year")->capture_default_str();
    e.add_option("--formula", o.formula, "fixest formula: y ~ l(x, -4:4) + w | unit + t")->required();
    e.add_option("--cluster", o.clusters, "cluster variable(s): pref, or pref+t for two-way");
    e.add_option("--model", o.model, "ols (default) or poisson");
    e.add_option("--vcov", o.vcov,
                 "iid, hetero or cluster (default: clustered by --cluster or the first fixed effect)");
    e.add_flag("--drop-singletons", o.dropSingletons, "drop singleton fixed-effect observations (reghdfe's default)");
}

Result<EstimationOptions> engineOptions(const EstimateInputs& o)
{
    EstimationOptions options;
    if (o.model == "poisson")
        options.model = Model::Poisson;
    else if (o.model != "ols")
        return fail("usage", "--model must be ols or poisson, not '" + o.model + "'");
    static const std::map<std::string, VcovType> vcovs{
        {"", VcovType::Default}, {"iid", VcovType::Iid}, {"hetero", VcovType::Hetero}, {"cluster", VcovType::Cluster}};
    const auto v = vcovs.find(o.vcov);
    if (v == vcovs.end()) return fail("usage", "--vcov must be iid, hetero or cluster, not '" + o.vcov + "'");
    options.vcov = v->second;
    if (!o.clusters.empty()) options.clusters = {o.clusters.back()};
    options.dropSingletons = o.dropSingletons;
    return options;
}

Result<PanelData> loadEstimateData(const EstimateInputs& o)
{
    if (o.project.empty() == o.data.empty())
        return fail("usage", "give either --data FILE --panel UNIT,TIME or --project FILE --period PERIOD");
    if (!o.project.empty()) {
        auto period = parsePeriodKind(o.period);
        if (!period) return std::unexpected(period.error());
        auto store = ProjectStore::open(o.project);
        if (!store) return std::unexpected(store.error());
        PanelOptions panelOptions;
        panelOptions.period = *period;
        auto built = buildPanel(*store, panelOptions);
        if (!built) return std::unexpected(built.error());
        return toEstimationData(*built);
    }
    const auto comma = o.panel.find(',');
    if (comma == std::string::npos) return fail("usage", "--panel takes UNIT,TIME (e.g. --panel pref,t)");
    return readPanelCsv(o.data, o.panel.substr(0, comma), o.panel.substr(comma + 1));
}

}  // namespace aitocracy::cli
