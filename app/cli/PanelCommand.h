#pragma once
namespace CLI {
class App;
}

namespace aitocracy::cli {
// `panel`: a project's prefecture × period panel (core/panel/PanelBuilder.h) written as
// the CSV `estimate --data` reads.
void addPanelCommand(CLI::App& app, int& exitCode);
}  // namespace aitocracy::cli
