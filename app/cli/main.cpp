// aitocracy-cli: headless geography and project commands (imports, estimation and
// export join as their issues land).
#include "GeoCommands.h"
#include "ProjectCommands.h"

#include <CLI/CLI.hpp>

int main(int argc, char** argv)
{
    CLI::App app{"Aitocracy Explorer command line"};
    app.set_version_flag("--version", AITOCRACY_VERSION);
    app.require_subcommand(1);
    int exitCode = 0;
    aitocracy::cli::addGeoCommands(app, exitCode);
    aitocracy::cli::addProjectCommands(app, exitCode);
    CLI11_PARSE(app, argc, argv);
    return exitCode;
}
