// The import flow from the main window: a drop of a contracts file opens the wizard,
// accepting it imports in the background, the strip says so, the project's data are
// reloaded, the history lists the import and the report shows its counts; without a
// project a drop only says so; Ctrl+I is the menu shortcut.
#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include "ImportController.h"
#include "ImportFixtures.h"
#include "ImportJob.h"
#include "ImportProgressStrip.h"
#include "ImportReportView.h"
#include "ImportWizard.h"
#include "Localization.h"
#include "MainWindow.h"
#include "PanelController.h"
#include "ProvenancePanel.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

void drop(QWidget* target, const QStringList& files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& f : files) urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

}  // namespace

class TestImportController : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void onlyLocalFilesAreAccepted()
    {
        QMimeData mime;
        mime.setUrls({QUrl(u"https://example.org/a.csv"_qs)});
        QVERIFY(ImportController::localFiles(&mime).isEmpty());
        mime.setText(u"text"_qs);
        QVERIFY(ImportController::localFiles(&mime).isEmpty());
        QDir(dir_.path()).mkdir(u"folder"_qs);
        test::writeFile(dir_.filePath(u"folder/b.csv"_qs), "x\n");
        test::writeFile(dir_.filePath(u"folder/a.csv"_qs), "x\n");
        QCOMPARE(ImportController::expandFolders({dir_.filePath(u"folder"_qs)}),
                 QStringList({dir_.filePath(u"folder/a.csv"_qs), dir_.filePath(u"folder/b.csv"_qs)}));
    }

    void withoutAProjectADropSaysSo()
    {
        MainWindow window;
        const QString file = dir_.filePath(u"np.csv"_qs);
        test::writeFile(file, test::contractsTable(3));
        drop(&window, {file});
        QVERIFY(!window.importController()->wizard());
        auto* box = window.findChild<QMessageBox*>(u"noProjectMessage"_qs);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"project"_qs));
    }

    void dropImportReportAndHistory()
    {
        const QString project = test::newProject(dir_, u"p.aitocracy"_qs);
        const QString file = dir_.filePath(u"portal.csv"_qs);
        test::writeFile(file, test::toGb18030(test::contractsTable(20)));
        MainWindow window;
        window.setProject(project, false);
        window.show();
        QSignalSpy changed(window.importController(), &ImportController::projectDataChanged);

        const auto actions = window.menuBar()->actions().at(1)->menu()->actions();  // the Data menu
        const auto import = std::ranges::find_if(
            actions, [](QAction* a) { return a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I); });
        QVERIFY(import != actions.end());

        drop(&window, {file});
        ImportWizard* wizard = window.importController()->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowModality(), Qt::WindowModal);
        QVERIFY(wizard->startButton()->isEnabled());
        QTest::keyClick(wizard, Qt::Key_Return);  // Enter starts
        QTRY_VERIFY(!window.importController()->wizard());
        QTRY_VERIFY_WITH_TIMEOUT(window.importController()->lastReport(), 30000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(window.importController()->progressStrip()->statusText().startsWith(u"Imported: "_qs));
        QTreeWidget* counts = window.importController()->lastReport()->countsView();
        QCOMPARE(counts->topLevelItem(0)->text(1), u"20"_qs);
        QCOMPARE(counts->topLevelItem(1)->text(1), u"18"_qs);
        QCOMPARE(window.importController()->lastReport()->rejectedView()->model()->rowCount(), 2);
        QCOMPARE(test::storedRows(project, "contracts"), 18);
        QTRY_COMPARE(window.provenancePanel()->importsView()->model()->rowCount(), 1);

        // The same file again: every row a duplicate, its report a second tab of the same window.
        ImportReportView* first = window.importController()->lastReport();
        drop(&window, {file});
        QTest::keyClick(window.importController()->wizard(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.importController()->lastReport() != first, 30000);
        auto* tabs = qobject_cast<QTabWidget*>(window.importController()->lastReport()->parentWidget()->parentWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentWidget(), window.importController()->lastReport());
        QCOMPARE(window.findChildren<QDialog*>(u"importReport"_qs).size(), 1);
        QTRY_COMPARE(window.provenancePanel()->importsView()->model()->rowCount(), 2);
        window.panelController()->waitForDone();
    }

    void chineseLabels()
    {
        QVERIFY(Localization::install(*qApp, u"zh_CN"_qs));
        MainWindow window;
        QCOMPARE(window.importController()->importAction()->text(), u"导入数据(&I)…"_qs);
        QCOMPARE(window.provenanceDock()->windowTitle(), u"导入历史"_qs);
        ImportProgressStrip strip;
        strip.finish(ImportController::tr("Import cancelled: the project is unchanged"));
        QCOMPARE(strip.statusText(), u"导入已取消：项目未改动"_qs);
        QVERIFY(Localization::install(*qApp, u"en"_qs));
    }

    void cancelShowsTheStatusAndChangesNothing()
    {
        const QString project = test::newProject(dir_, u"c.aitocracy"_qs);
        const QString file = dir_.filePath(u"large.csv"_qs);
        test::writeFile(file, test::contractsTable(50000, "BIG", false));
        MainWindow window;
        window.setProject(project, false);
        QSignalSpy changed(window.importController(), &ImportController::projectDataChanged);
        ImportRequest request;
        request.kind = core::ImportKind::Contracts;
        request.files << file;
        window.importController()->run({request});
        QVERIFY(window.importController()->job()->isRunning());
        QTest::keyClick(window.importController()->progressStrip(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window.importController()->job()->isRunning(), 30000);
        QCOMPARE(window.importController()->progressStrip()->statusText(),
                 u"Import cancelled: the project is unchanged"_qs);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(test::storedRows(project, "contracts"), 0);
        QCOMPARE(test::importCount(project), std::size_t{0});
        window.panelController()->waitForDone();
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
