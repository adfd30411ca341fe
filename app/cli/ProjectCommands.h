#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `new` and `info`.
void addProjectCommands(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
