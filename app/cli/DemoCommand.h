#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `demo`: build the simulated demonstration world into a new project.
void addDemoCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
