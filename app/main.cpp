// The Aitocracy Explorer desktop program: builds the main window, nothing else.
#include <QApplication>

#include "AppStartup.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    return aitocracy::gui::AppStartup::run(app);
}
