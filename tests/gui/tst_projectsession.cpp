// Projects in the GUI: File → New Project (the built-in map alone, a copy of the
// demonstration world, a cancelled build that leaves nothing), Save As (the copy holds
// what the original holds and becomes the open project; never onto the open file),
// opening a file that is not a project (the open project stays; a message says why),
// the recent list (order, cap, missing files, Clear Recent), Close Project, and the
// choice of the project opened on start.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../core/HandPanelProject.h"
#include "AppSettings.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MapView.h"
#include "NewProjectDialog.h"
#include "ProjectActions.h"
#include "ProjectCreator.h"
#include "ProjectSession.h"
#include "StartupProject.h"
#include "SyntheticUnits.h"
#include "geo/BuiltinGeography.h"
#include "store/ProjectStore.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

core::ProjectInfo infoOf(const QString& path)
{
    auto store = core::ProjectStore::open(path.toStdString());
    if (!store) qFatal("cannot open %s: %s", qPrintable(path), store.error().describe().c_str());
    auto info = store->info();
    if (!info) qFatal("no info: %s", info.error().describe().c_str());
    return *info;
}

QString errorBoxText(const QWidget& window)
{
    const auto* box = window.findChild<QMessageBox*>(QStringLiteral("projectErrorBox"));
    return box && box->isVisible() ? box->text() + u'\n' + box->informativeText() : QString();
}

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

}  // namespace

class TestProjectSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Localization::install(*qApp, QStringLiteral("en")); }
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        settings_ = std::make_unique<AppSettings>(file(QStringLiteral("settings.ini")));
    }
    void cleanup()
    {
        settings_.reset();
        dir_.reset();
    }

    void newEmptyProjectHoldsTheBuiltinMap()
    {
        auto builtin = core::loadBuiltinGeography();
        if (!builtin) QSKIP("the built-in map is not built");
        NewProjectDialog dialog;
        dialog.setKind(NewProjectKind::BuiltinMap);
        dialog.setPath(file(QStringLiteral("mine")));
        QCOMPARE(dialog.targetPath(), file(QStringLiteral("mine.aitocracy")));
        dialog.create();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(dialog.createdPath(), file(QStringLiteral("mine.aitocracy")));
        const core::ProjectInfo info = infoOf(dialog.createdPath());
        QCOMPARE(info.counts.at("units"), std::int64_t(builtin->units.size()));
        QCOMPARE(info.counts.at("unrest_events"), std::int64_t(0));
        QCOMPARE(info.counts.at("contracts"), std::int64_t(0));
        QVERIFY(!info.simulated);
        QCOMPARE(info.boundarySource, std::string("builtin"));
    }

    void newProjectRefusesBadPlaces()
    {
        const QString taken = file(QStringLiteral("taken.aitocracy"));
        writeText(taken, "anything");
        QVERIFY(NewProjectDialog::problemWith(taken).contains(QStringLiteral("already exists")));
        QVERIFY(NewProjectDialog::problemWith(file(QStringLiteral("nowhere/x.aitocracy"))).contains(QStringLiteral("does not exist")));
        QVERIFY(NewProjectDialog::problemWith(dir_->path()).contains(QStringLiteral("is a folder")));
        QVERIFY(NewProjectDialog::problemWith(QString()).contains(QStringLiteral("Choose where")));
        QVERIFY(NewProjectDialog::problemWith(file(QStringLiteral("free.aitocracy"))).isEmpty());

        NewProjectDialog dialog;
        dialog.setPath(file(QStringLiteral("taken")));  // the extension is added, then the name is taken
        dialog.create();
        QVERIFY(!dialog.creator()->isBusy());
        const auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
        QVERIFY(problem && !problem->isHidden());
        QVERIFY(problem->text().contains(QStringLiteral("taken.aitocracy already exists")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));  // still open, nothing made
    }

    void newDemoProjectCopiesTheReadyWorld()
    {
        const QString ready = file(QStringLiteral("ready-world.aitocracy"));
        (void)test::handProject(ready.toStdString());
        NewProjectDialog dialog;
        dialog.creator()->setDemoSource(ready);
        dialog.setKind(NewProjectKind::DemoWorld);
        dialog.setPath(file(QStringLiteral("my world.aitocracy")));
        dialog.create();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(infoOf(dialog.createdPath()), infoOf(ready));
        QCOMPARE(infoOf(dialog.createdPath()).counts.at("unrest_events"), std::int64_t(9));  // HandPanelProject.h
    }

    // Without a ready-made world the dialog builds one; Cancel stops it and leaves no file.
    void cancelledDemoBuildLeavesNothing()
    {
        if (!core::loadBuiltinGeography()) QSKIP("the built-in map is not built");
        NewProjectDialog dialog;
        dialog.creator()->setDemoSource(file(QStringLiteral("no-ready-world.aitocracy")));
        dialog.setKind(NewProjectKind::DemoWorld);
        dialog.setPath(file(QStringLiteral("world.aitocracy")));
        dialog.show();
        QSignalSpy cancelled(dialog.creator(), &ProjectCreator::cancelled);
        dialog.create();
        QVERIFY(dialog.creator()->isBusy());
        QCOMPARE(dialog.creator()->stepsTotal(), 5);
        dialog.reject();  // Cancel while it works: the dialog waits for the work to stop
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 60000);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.createdPath().isEmpty());
        QCOMPARE(QDir(dir_->path()).entryList({QStringLiteral("world.aitocracy*")}, QDir::Files), QStringList());
    }

    void saveAsSwitchesToTheCopy()
    {
        const QString original = file(QStringLiteral("original.aitocracy"));
        (void)test::handProject(original.toStdString());
        MainWindow window(settings_.get());
        window.projectSession()->openProject(original);
        QTRY_COMPARE(window.projectPath(), original);
        QCOMPARE(window.windowTitle(), QStringLiteral("original — Aitocracy Explorer"));

        const QString copy = file(QStringLiteral("copy.aitocracy"));
        QSignalSpy saving(window.projectSession(), &ProjectSession::savingChanged);
        window.projectSession()->saveCopyAs(copy, false);
        QVERIFY(!window.projectActions()->saveAsAction()->isEnabled());  // one copy at a time
        QTRY_COMPARE(window.projectPath(), copy);
        QCOMPARE(saving.size(), 2);
        QVERIFY(window.projectActions()->saveAsAction()->isEnabled());
        QCOMPARE(window.windowTitle(), QStringLiteral("copy — Aitocracy Explorer"));
        QCOMPARE(infoOf(copy), infoOf(original));
        QCOMPARE(infoOf(copy).counts.at("contracts"), std::int64_t(10));  // HandPanelProject.h
        QCOMPARE(settings_->recentProjects(), (QStringList{copy, original}));
        QCOMPARE(settings_->lastProject(), copy);
        QVERIFY(errorBoxText(window).isEmpty());
    }

    void saveAsNeverReplacesTheOpenProject()
    {
        const QString original = file(QStringLiteral("original.aitocracy"));
        (void)test::handProject(original.toStdString());
        const auto before = infoOf(original);
        MainWindow window(settings_.get());
        window.show();
        window.projectSession()->openProject(original);
        QTRY_COMPARE(window.projectPath(), original);
        window.projectSession()->saveCopyAs(dir_->path() + QStringLiteral("/./original.aitocracy"), true);
        QTRY_VERIFY(errorBoxText(window).contains(QStringLiteral("the open project itself")));
        QCOMPARE(window.projectPath(), original);
        QCOMPARE(infoOf(original), before);
    }

    void openingANonProjectKeepsTheOpenOne()
    {
        const QString original = file(QStringLiteral("original.aitocracy"));
        (void)test::handProject(original.toStdString());
        const QString notes = file(QStringLiteral("notes.aitocracy"));
        writeText(notes, "these are notes, not a project");
        MainWindow window(settings_.get());
        window.show();
        window.projectSession()->openProject(original);
        QTRY_COMPARE(window.projectPath(), original);
        QTRY_VERIFY(window.mapView()->units() != nullptr);

        window.projectSession()->openProject(notes);
        QTRY_VERIFY(errorBoxText(window).contains(QStringLiteral("notes.aitocracy could not be opened.")));
        QVERIFY(errorBoxText(window).contains(QStringLiteral("original.aitocracy stays open.")));
        QCOMPARE(window.projectPath(), original);
        QCOMPARE(window.windowTitle(), QStringLiteral("original — Aitocracy Explorer"));
        QCOMPARE(window.mapView()->units()->units.size(), std::size_t(2));
        QCOMPARE(settings_->recentProjects(), QStringList{original});
        QCOMPARE(settings_->lastProject(), original);
    }

    void recentListKeepsTenMostRecentFirst()
    {
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << file(QStringLiteral("p%1.aitocracy").arg(i));
            writeText(paths.back(), "x");
            settings_->addRecentProject(paths.back());
        }
        QStringList expected;
        for (int i = 11; i >= 2; --i) expected << paths[i];
        QCOMPARE(settings_->recentProjects(), expected);
        settings_->addRecentProject(paths[5]);  // moves to the front, no duplicate
        expected.removeAll(paths[5]);
        expected.prepend(paths[5]);
        QCOMPARE(settings_->recentProjects(), expected);
        QCOMPARE(settings_->recentProjects().size(), AppSettings::kMaxRecent);
    }

    void recentMenuShowsMissingFilesDisabled()
    {
        const QString there = file(QStringLiteral("there.aitocracy"));
        (void)test::handProject(there.toStdString());
        const QString gone = file(QStringLiteral("gone.aitocracy"));
        writeText(gone, "x");
        settings_->addRecentProject(gone);
        settings_->addRecentProject(there);
        QFile::remove(gone);
        MainWindow window(settings_.get());
        QMenu* recent = window.projectActions()->recentMenu();
        window.projectActions()->fillRecentMenu();
        const QList<QAction*> actions = recent->actions();
        QVERIFY(actions.size() >= 4);  // two files, a separator, Clear Recent
        QVERIFY(actions[0]->text().contains(QStringLiteral("there.aitocracy")) && actions[0]->isEnabled());
        QVERIFY(actions[1]->text().contains(QStringLiteral("gone.aitocracy")));
        QVERIFY(actions[1]->text().endsWith(QStringLiteral("(file not found)")));
        QVERIFY(!actions[1]->isEnabled());

        actions[0]->trigger();  // opens it
        QTRY_COMPARE(window.projectPath(), there);

        QAction* clear = recent->actions().constLast();
        QCOMPARE(clear->text(), QStringLiteral("&Clear Recent"));
        clear->trigger();
        QVERIFY(settings_->recentProjects().isEmpty());
        QVERIFY(!recent->actions().constFirst()->isEnabled());  // "No recent projects"
    }

    void closeProjectShowsTheBareMap()
    {
        if (!core::loadBuiltinGeography()) QSKIP("the built-in map is not built");
        const QString original = file(QStringLiteral("original.aitocracy"));
        (void)test::handProject(original.toStdString());
        MainWindow window(settings_.get());
        window.projectSession()->openProject(original);
        QTRY_COMPARE(window.projectPath(), original);
        QVERIFY(window.projectActions()->closeAction()->isEnabled());
        window.projectActions()->closeAction()->trigger();
        QTRY_VERIFY(window.projectPath().isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("Aitocracy Explorer"));
        QVERIFY(!window.projectActions()->saveAsAction()->isEnabled());
        QVERIFY(settings_->lastProject().isEmpty());
        QTRY_VERIFY(window.mapView()->units() && window.mapView()->units()->units.size() > 300);
    }

    void startupChoosesInOrder()
    {
        const QString cli = file(QStringLiteral("cli.aitocracy"));
        const QString last = file(QStringLiteral("last.aitocracy"));
        const QString demo = file(QStringLiteral("demo.aitocracy"));
        writeText(last, "x");
        writeText(demo, "x");
        // --project wins even when missing: opening it then says what is wrong.
        QCOMPARE(chooseStartupProject({cli, false, last, demo}), cli);
        QCOMPARE(chooseStartupProject({cli, true, last, demo}), cli);
        QCOMPARE(chooseStartupProject({{}, false, last, demo}), last);
        QCOMPARE(chooseStartupProject({{}, true, last, demo}), QString());
        QFile::remove(last);
        QCOMPARE(chooseStartupProject({{}, false, last, demo}), demo);
        QCOMPARE(chooseStartupProject({{}, false, {}, demo}), demo);
        QFile::remove(demo);
        QCOMPARE(chooseStartupProject({{}, false, last, demo}), QString());
    }

    // What one run opened, the next run's start-up choice reopens.
    void lastProjectReopens()
    {
        const QString original = file(QStringLiteral("original.aitocracy"));
        (void)test::handProject(original.toStdString());
        const QString ini = file(QStringLiteral("reopen.ini"));
        {
            AppSettings settings(ini);
            MainWindow window(&settings);
            window.projectSession()->openProject(original);
            QTRY_COMPARE(window.projectPath(), original);
            window.close();
        }
        AppSettings settings(ini);
        const QString chosen = chooseStartupProject({{}, false, settings.lastProject(), file(QStringLiteral("no-demo.aitocracy"))});
        QCOMPARE(chosen, original);
        MainWindow window(&settings);
        window.projectSession()->openProject(chosen);
        QTRY_COMPARE(window.projectPath(), original);
    }

private:
    QString file(const QString& name) const { return dir_->filePath(name); }
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<AppSettings> settings_;
};

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
