#include "ScriptCommand.h"

#include <CLI/CLI.hpp>
#include <memory>

#include "EstimateInputs.h"
#include "Output.h"
#include "scripts/ReplicationScript.h"

namespace aitocracy::cli {
namespace {

using namespace aitocracy::core;

struct ScriptOptions {
    EstimateInputs inputs;
    std::string language, out;
};

int runScript(const ScriptOptions& o)
{
    auto language = scripts::parseScriptLanguage(o.language);
    if (!language) return printError(language.error().describe());
    auto request = resolveEstimateRequest(o.inputs);
    if (!request) return printError(request.error().describe());
    auto files = scripts::writeReplicationScript(request->panel, request->formula, request->options, *language, o.out);
    if (!files) return printError(files.error().describe());
    std::cout << files->script << '\n' << "panel.csv sha256 " << files->panelSha256 << '\n';
    return 0;
}

}  // namespace

void addScriptCommand(CLI::App& app, int& exitCode)
{
    auto o = std::make_shared<ScriptOptions>();
    auto* s =
        app.add_subcommand("script", "Write a replication folder: panel CSV, SHA-256 and an R, Stata or base-R script");
    addEstimateInputOptions(*s, o->inputs);
    s->add_option("--lang", o->language, "r (fixest), stata (reghdfe) or base-r (lm + dummies, OLS only)")->required();
    s->add_option("--out", o->out, "the folder to create (must not exist)")->required();
    s->callback([o, &exitCode] { exitCode = runScript(*o); });
}

}  // namespace aitocracy::cli
