#include "EstimateCommand.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>
#include <memory>

#include "EstimateInputs.h"
#include "Output.h"
#include "estimation/Estimator.h"
#include "estimation/ResultFormat.h"
#include "report/CoefficientTable.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;
using namespace aitocracy::core::est;

enum class EstimateFormat { json, text, latex };

struct EstimateOptions {
    EstimateInputs inputs;
    EstimateFormat format = EstimateFormat::text;
    int repeat = 1;
};

int runEstimate(const EstimateOptions& o)
{
    auto request = resolveEstimateRequest(o.inputs);
    if (!request) return printError(request.error().describe());
    auto formula = parseFormula(request->formula, request->panel.columnNames());
    if (!formula) return printError(formula.error().describe());

    // --repeat: the whole estimation from the parsed data, N times, nothing cached
    // between runs; the median time is reported.
    std::vector<double> times;
    Result<EstimationResult> result = fail("usage", "--repeat must be at least 1");
    for (int i = 0; i < std::max(1, o.repeat); ++i) {
        result = estimate(request->panel, *formula, request->options);
        if (!result) return printError(result.error().describe());
        times.push_back(result->elapsedMs);
    }
    std::sort(times.begin(), times.end());
    result->elapsedMs =
        times.size() % 2 ? times[times.size() / 2] : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    result->formula = request->formula;
    switch (o.format) {
        case EstimateFormat::json:
            std::cout << toJson(*result) << '\n';
            break;
        case EstimateFormat::latex: {
            // One column titled by the outcome, with four decimals (what this format always printed).
            const std::string outcome = o.inputs.formula.substr(0, o.inputs.formula.find('~'));
            const auto first = outcome.find_first_not_of(' '), last = outcome.find_last_not_of(' ');
            report::TableOptions table;
            table.digits = 4;
            std::cout << report::latexTable(
                {{first == std::string::npos ? "" : outcome.substr(first, last - first + 1), &*result}}, table);
            break;
        }
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
    addEstimateInputOptions(*e, o->inputs);
    const std::map<std::string, EstimateFormat> formats{
        {"json", EstimateFormat::json}, {"text", EstimateFormat::text}, {"latex", EstimateFormat::latex}};
    e->add_option("--format", o->format, "json, text or latex")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
    e->add_option("--repeat", o->repeat, "run the estimation N times and report the median elapsed_ms");
    e->callback([o, &exitCode] { exitCode = runEstimate(*o); });
}

}  // namespace aitocracy::cli
