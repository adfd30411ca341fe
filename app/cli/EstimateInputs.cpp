#include "EstimateInputs.h"

#include <CLI/CLI.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "panel/PanelBuilder.h"
#include "panel/PanelEstimationData.h"
#include "panel/Periods.h"
#include "regression/SpecPreparation.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {

using namespace aitocracy::core;
using namespace aitocracy::core::est;

namespace {

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
        o.cleaning.applyTo(panelOptions);
        auto built = buildPanel(*store, panelOptions);
        if (!built) return std::unexpected(built.error());
        return toEstimationData(*built);
    }
    const auto comma = o.panel.find(',');
    if (comma == std::string::npos) return fail("usage", "--panel takes UNIT,TIME (e.g. --panel pref,t)");
    return readPanelCsv(o.data, o.panel.substr(0, comma), o.panel.substr(comma + 1));
}

Result<reg::RegressionSpec> readSpec(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("io", "cannot read the specification", path);
    std::ostringstream text;
    text << in.rdbuf();
    auto spec = reg::specFromJson(text.str());
    if (!spec) {
        spec.error().context = path + (spec.error().context.empty() ? "" : ": " + spec.error().context);
        return std::unexpected(spec.error());
    }
    return spec;
}

}  // namespace

void addEstimateInputOptions(CLI::App& e, EstimateInputs& o)
{
    e.add_option("--data", o.data, "panel CSV (header row, comma separated)");
    e.add_option("--panel", o.panel, "unit and time columns of --data: UNIT,TIME");
    e.add_option("--project", o.project, "a project: estimate on its panel (columns unit, period) instead of --data");
    e.add_option("--period", o.period, "with --project: day, week, month, quarter or year")->capture_default_str();
    e.add_option("--formula", o.formula, "fixest formula: y ~ l(x, -4:4) + w | unit + t");
    e.add_option(
        "--spec", o.spec,
        "a saved specification (JSON) instead of --formula: its template's formula, clusters, model and sample");
    e.add_option("--cluster", o.clusters, "cluster variable(s): pref, or pref+t for two-way");
    e.add_option("--model", o.model, "ols (default) or poisson");
    e.add_option("--vcov", o.vcov,
                 "iid, hetero or cluster (default: clustered by --cluster or the first fixed effect)");
    e.add_flag("--drop-singletons", o.dropSingletons, "drop singleton fixed-effect observations (reghdfe's default)");
    addCleaningOptions(e, o.cleaning);  // with --project
}

Result<EstimateRequest> resolveEstimateRequest(const EstimateInputs& o)
{
    if (o.formula.empty() == o.spec.empty()) return fail("usage", "give either --formula or --spec");
    if (!o.spec.empty() && (!o.clusters.empty() || o.model != "ols" || !o.vcov.empty()))
        return fail("usage",
                    "--spec states the clusters, the model and the variance: drop --cluster, --model and --vcov");
    if (o.spec.empty()) {
        auto options = engineOptions(o);
        if (!options) return std::unexpected(options.error());
        auto panel = loadEstimateData(o);
        if (!panel) return std::unexpected(panel.error());
        return EstimateRequest{std::move(*panel), o.formula, std::move(*options)};
    }
    auto spec = readSpec(o.spec);
    if (!spec) return std::unexpected(spec.error());
    auto panel = loadEstimateData(o);
    if (!panel) return std::unexpected(panel.error());
    auto prepared = reg::prepareSpecOn(*spec, *panel);
    if (!prepared) return std::unexpected(prepared.error());
    prepared->options.dropSingletons = o.dropSingletons;
    return EstimateRequest{std::move(*panel), prepared->formula, std::move(prepared->options)};
}

}  // namespace aitocracy::cli
