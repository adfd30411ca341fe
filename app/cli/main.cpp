// aitocracy-cli: headless geography, project, estimation and demonstration-world commands.
#include "DemoCommand.h"
#include "EstimateCommand.h"
#ifdef AITOCRACY_CLI_FIGURES
#include "FigureCommand.h"
#endif
#include "GeoCommands.h"
#include "ImportCommand.h"
#include "PanelCommand.h"
#include "ProjectCommands.h"
#include "ScriptCommand.h"

#include <CLI/CLI.hpp>

int main(int argc, char** argv)
{
    CLI::App app{"Aitocracy Explorer command line"};
    app.set_version_flag("--version", AITOCRACY_VERSION);
    app.require_subcommand(1);
    int exitCode = 0;
    aitocracy::cli::addGeoCommands(app, exitCode);
    aitocracy::cli::addProjectCommands(app, exitCode);
    aitocracy::cli::addEstimateCommand(app, exitCode);
    aitocracy::cli::addDemoCommand(app, exitCode);
    aitocracy::cli::addImportCommand(app, exitCode);
    aitocracy::cli::addPanelCommand(app, exitCode);
    aitocracy::cli::addScriptCommand(app, exitCode);
#ifdef AITOCRACY_CLI_FIGURES
    aitocracy::cli::addFigureCommand(app, exitCode);
#endif
    CLI11_PARSE(app, argc, argv);
    return exitCode;
}
