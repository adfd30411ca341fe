#pragma once
// Which project the program opens when it starts. Kept apart from AppStartup so that
// the order of preference can be tested without starting the program.
#include <QString>

namespace aitocracy::gui {

struct StartupSources {
    QString commandLine;   // --project FILE, or empty
    bool mapOnly = false;  // --map-only: the bare map whatever else is known
    QString lastProject;   // AppSettings::lastProject()
    QString demoProject;   // core::sim::defaultDemoProjectPath()
};

// --project wins (even when its file is missing: the user asked for it, and opening it
// says what is wrong); then the project open when the program last closed, when its
// file is still there; then the demonstration world, when setup has built it. Empty:
// the bare built-in map.
[[nodiscard]] QString chooseStartupProject(const StartupSources& sources);

}  // namespace aitocracy::gui
