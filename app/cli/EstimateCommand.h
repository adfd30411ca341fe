#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `estimate`: a regression on a panel CSV (ESTIMATION.md, "Command line").
void addEstimateCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
