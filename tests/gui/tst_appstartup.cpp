// AppStartup end to end: runs the built `aitocracy` program with --project and
// --screenshot (offscreen), and with a missing built-in map.
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "MapStyle.h"
#include "SyntheticUnits.h"
#include "store/ProjectStore.h"

using namespace aitocracy;

namespace {
QString appPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/aitocracy");
}

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runApp(const QStringList& arguments, const QString& dataDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("AITOCRACY_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               dataDir + QStringLiteral("/config"));  // leave the user's settings alone
    process.setProcessEnvironment(env);
    process.start(appPath(), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int countNear(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == colour) ++n;
    return n;
}
}  // namespace

class TestAppStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(appPath()).isExecutable()) QSKIP("the aitocracy program is not built");
    }
    void screenshotOfProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("squares.aitocracy"));
        auto store = core::ProjectStore::create(project.toStdString(), *test::threeSquares(), "test squares");
        QVERIFY2(store.has_value(), store ? "" : store.error().describe().c_str());
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run run = runApp({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--project"), project,
                                QStringLiteral("--screenshot"), png},
                               dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("SCREENSHOT:")));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        QVERIFY(countNear(image, gui::MapStyle::land()) > image.width() * image.height() / 20);
    }
    void missingBuiltinMapIsAClearError()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run run =
            runApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), png}, dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("scripts/setup.sh")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(png));
    }
    void quitAfterEndsTheProgram()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("squares.aitocracy"));
        QVERIFY(core::ProjectStore::create(project.toStdString(), *test::threeSquares(), "test squares").has_value());
        const Run run = runApp(
            {QStringLiteral("--project"), project, QStringLiteral("--quit-after"), QStringLiteral("500")}, dir.path());
        QCOMPARE(run.exitCode, 0);
    }
    void badProjectIsAClearError()
    {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("not-a-project.aitocracy"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not SQLite");
        file.close();
        const Run run = runApp(
            {QStringLiteral("--project"), bogus, QStringLiteral("--quit-after"), QStringLiteral("20000")}, dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not-a-project.aitocracy")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
