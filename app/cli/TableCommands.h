#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `import firms|software|weather|covariates`: the researcher's own tables into a project.
void addTableCommands(CLI::App& import, int& exitCode);
}  // namespace aitocracy::cli
