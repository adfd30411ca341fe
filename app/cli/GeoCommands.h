#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `geo build` and `geo locate`.
void addGeoCommands(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
