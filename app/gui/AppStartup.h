#pragma once
// Everything main() does: command-line options, settings, language and fonts, the
// main window, loading the units, and the script helpers --screenshot / --quit-after.
//
//   aitocracy [--lang zh_CN|en] [--project FILE] [--screenshot FILE.png] [--quit-after MS]
#include <QCoreApplication>
#include <QString>

class QApplication;

namespace aitocracy::gui {

class AppStartup {
    Q_DECLARE_TR_FUNCTIONS(AppStartup)
public:
    // Runs the application; returns its exit code.
    static int run(QApplication& app);
};

}  // namespace aitocracy::gui
