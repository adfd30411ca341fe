#include "StartupProject.h"

#include <QFileInfo>

namespace aitocracy::gui {

QString chooseStartupProject(const StartupSources& sources)
{
    if (!sources.commandLine.isEmpty()) return sources.commandLine;
    if (sources.mapOnly) return {};
    if (!sources.lastProject.isEmpty() && QFileInfo(sources.lastProject).isFile()) return sources.lastProject;
    if (!sources.demoProject.isEmpty() && QFileInfo(sources.demoProject).isFile()) return sources.demoProject;
    return {};
}

}  // namespace aitocracy::gui
