#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `import contracts`, `export contracts`, and `rules show|set` (the project's contract
// classification rules; setting them re-classifies the stored contracts).
void addContractCommands(CLI::App& app, CLI::App& import, CLI::App& exporter, int& exitCode);
}  // namespace aitocracy::cli
