#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `figure`: the map or the timeline of a project's panel as a PNG, SVG or PDF file, the
// same picture the application exports, for reproducible figures.
void addFigureCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
