#include "EstimateCommand.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>
#include <memory>

#include "Output.h"
#include "estimation/Estimator.h"
#include "estimation/ResultFormat.h"
#include "panel/PanelBuilder.h"
#include "panel/PanelEstimationData.h"
#include "panel/Periods.h"
#include "store/ProjectStore.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;
using namespace aitocracy::core::est;

enum class EstimateFormat { json, text, latex };

struct EstimateOptions {
    std::string data, panel, formula;
    std::string project, period = "quarter";
    std::vector<std::string> clusters;
    std::string model = "ols", vcov;
    EstimateFormat format = EstimateFormat::text;
    int repeat = 1;
    bool dropSingletons = false;
};

Result<EstimationOptions> engineOptions(const EstimateOptions& o)
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

// The data: a panel CSV (--data, --panel UNIT,TIME) or a project's panel built at
// --period (columns "unit" and "period" then name the unit and the time).
Result<PanelData> loadData(const EstimateOptions& o)
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

int runEstimate(const EstimateOptions& o)
{
    auto options = engineOptions(o);
    if (!options) return printError(options.error().describe());
    auto panel = loadData(o);
    if (!panel) return printError(panel.error().describe());
    auto formula = parseFormula(o.formula, panel->columnNames());
    if (!formula) return printError(formula.error().describe());

    // --repeat: the whole estimation from the parsed data, N times, nothing cached
    // between runs; the median time is reported.
    std::vector<double> times;
    Result<EstimationResult> result = fail("usage", "--repeat must be at least 1");
    for (int i = 0; i < std::max(1, o.repeat); ++i) {
        result = estimate(*panel, *formula, *options);
        if (!result) return printError(result.error().describe());
        times.push_back(result->elapsedMs);
    }
    std::sort(times.begin(), times.end());
    result->elapsedMs =
        times.size() % 2 ? times[times.size() / 2] : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    result->formula = o.formula;
    switch (o.format) {
        case EstimateFormat::json:
            std::cout << toJson(*result) << '\n';
            break;
        case EstimateFormat::latex:
            std::cout << toLatex(*result);
            break;
        case EstimateFormat::text:
            std::cout << toText(*result);
            break;
    }
    return 0;
}

}  // namespace

void addEstimateCommand(CLI::App& app, int& exitCode)
{
    auto o = std::make_shared<EstimateOptions>();
    auto* e = app.add_subcommand("estimate", "Estimate a regression with fixed effects on a panel");
    e->add_option("--data", o->data, "panel CSV (header row, comma separated)");
    e->add_option("--panel", o->panel, "unit and time columns of --data: UNIT,TIME");
    e->add_option("--project", o->project, "a project: estimate on its panel (columns unit, period) instead of --data");
    e->add_option("--period", o->period, "with --project: day, week, month, quarter or year")->capture_default_str();
    e->add_option("--formula", o->formula, "fixest formula: y ~ l(x, -4:4) + w | unit + t")->required();
    e->add_option("--cluster", o->clusters, "cluster variable(s): pref, or pref+t for two-way");
    e->add_option("--model", o->model, "ols (default) or poisson");
    e->add_option("--vcov", o->vcov,
                  "iid, hetero or cluster (default: clustered by --cluster or the first fixed effect)");
    const std::map<std::string, EstimateFormat> formats{
        {"json", EstimateFormat::json}, {"text", EstimateFormat::text}, {"latex", EstimateFormat::latex}};
    e->add_option("--format", o->format, "json, text or latex")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
    e->add_option("--repeat", o->repeat, "run the estimation N times and report the median elapsed_ms");
    e->add_flag("--drop-singletons", o->dropSingletons, "drop singleton fixed-effect observations (reghdfe's default)");
    e->callback([o, &exitCode] { exitCode = runEstimate(*o); });
}

}  // namespace aitocracy::cli
