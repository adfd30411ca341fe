#include "AppStartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

#include "AppSettings.h"
#include "Localization.h"
#include "LogCategories.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "StartupProject.h"
#include "sim/DemoWorld.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {

struct Options {
    QString language, project, screenshot;
    bool mapOnly = false;
    int quitAfterMs = -1;
    [[nodiscard]] bool scripted() const { return !screenshot.isEmpty() || quitAfterMs >= 0; }
};

// The language must be known before the parser is built, so that --help is translated.
QString peekLanguageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang"_s && i + 1 < arguments.size()) return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="_s)) return arguments[i].mid(7);
    }
    return {};
}

Options parseOptions(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AppStartup::tr("Aitocracy Explorer: a map of China's prefecture-level units."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        u"lang"_s, AppStartup::tr("User interface language: zh_CN or en (default: the system's)."), u"language"_s);
    const QCommandLineOption project(
        u"project"_s, AppStartup::tr("Open this project file (default: the project open when the program last closed, else the demonstration world)."), u"file"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, AppStartup::tr("Save the main window as a PNG once the map is loaded, then quit."), u"file"_s);
    const QCommandLineOption quitAfter(u"quit-after"_s, AppStartup::tr("Quit after this many milliseconds."), u"ms"_s);
    const QCommandLineOption mapOnly(u"map-only"_s, AppStartup::tr("Show the built-in map without opening a project."));
    parser.addOptions({lang, project, screenshot, quitAfter, mapOnly});
    parser.process(app);

    Options o;
    o.language = parser.value(lang);
    o.project = parser.value(project);
    o.screenshot = parser.value(screenshot);
    o.mapOnly = parser.isSet(mapOnly);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterMs < 0) parser.showHelp(2);
    }
    return o;
}

void saveScreenshot(MainWindow& window, const QString& file)
{
    if (window.grab().save(file, "PNG")) {
        std::printf("SCREENSHOT:%s\n", qUtf8Printable(file));
    } else {
        std::fprintf(stderr, "could not write %s\n", qUtf8Printable(file));
        QCoreApplication::exit(1);
        return;
    }
    std::fflush(stdout);
    QCoreApplication::quit();
}

}  // namespace

int AppStartup::run(QApplication& app)
{
    QApplication::setOrganizationName(u"Aitocracy"_s);
    QApplication::setApplicationName(u"aitocracy-explorer"_s);
    QApplication::setApplicationVersion(QStringLiteral(AITOCRACY_GUI_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/aitocracy.svg"_s));

    AppSettings settings;
    const QString language =
        Localization::resolveLanguage(peekLanguageOption(QCoreApplication::arguments()), settings.language());
    Localization::install(app, language);
    Localization::pinFonts(language);
    const Options options = parseOptions(app);
    QApplication::setApplicationDisplayName(tr("Aitocracy Explorer"));
    qCInfo(lcApp) << "language" << language;

    MainWindow window(&settings);
    if (!options.screenshot.isEmpty()) window.resize(1280, 800);  // the same picture whatever the screen
    ProjectSession* session = window.projectSession();
    if (!options.screenshot.isEmpty())
        QObject::connect(session, &ProjectSession::unitsLoaded, &window, [&window, file = options.screenshot] {
            QTimer::singleShot(300, &window, [&window, file] { saveScreenshot(window, file); });
        });
    if (options.scripted())
        QObject::connect(session, &ProjectSession::openFailed, &window,
                         [](const QString&, const QString& message, const QString& hint) {
                             std::fprintf(stderr, "%s\n%s\n", qUtf8Printable(message), qUtf8Printable(hint));
                             QCoreApplication::exit(1);
                         });
    const QString project = chooseStartupProject({options.project, options.mapOnly, settings.lastProject(),
                                                  QString::fromStdString(core::sim::defaultDemoProjectPath())});
    if (project.isEmpty())
        session->openBuiltinMap();
    else
        session->openProject(project);
    if (options.quitAfterMs >= 0) QTimer::singleShot(options.quitAfterMs, &app, &QCoreApplication::quit);

    window.show();
    const int code = QApplication::exec();
    if (session->isLoading()) qCInfo(lcApp) << "quitting while the map is still loading";
    return code;
}

}  // namespace aitocracy::gui
