#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `import gdelt`: GDELT event files (plain, .zip or folders) into a project, with the
// filters of core::GdeltSettings; prints the import report. Also `export events`: the
// project's unrest events as CSV. The other importers hang their subcommands under the
// same `import` and `export` (ContractCommands.h, TableCommands.h).
void addImportCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
