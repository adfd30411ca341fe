#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `script`: a replication folder (panel CSV, its SHA-256, an R/fixest, Stata or base-R
// script) for the specification `estimate` would run with the same options.
void addScriptCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
