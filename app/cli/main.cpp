// aitocracy-cli: headless geography, project, import and estimation commands.
#include <CLI/CLI.hpp>

int main(int argc, char** argv)
{
    CLI::App app{"Aitocracy Explorer command line"};
    app.require_subcommand(1);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
