// Background imports: a GB18030 contracts table of 20 rows with two bad ones stores 18,
// reports the two with their true lines, reasons and raw text, and the project holds 18;
// a firms table; a cancel leaves the project exactly as it was (no rows, no provenance).
#include <QtTest>

#include "ImportFixtures.h"
#include "ImportJob.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

qint64 countOf(const ImportOutcome& o, const QString& label, const QString& section = {})
{
    for (const auto& c : o.counts)
        if (c.label == label && c.section == section) return c.value;
    return -1;
}

// Runs `request` through an ImportJob and waits for its outcome.
std::optional<ImportOutcome> runJob(const QString& project, const ImportRequest& request, bool cancelAtOnce = false)
{
    ImportJob job;
    std::optional<ImportOutcome> outcome;
    QObject::connect(&job, &ImportJob::finished, [&](const ImportOutcome& o) { outcome = o; });
    if (!job.start(project, request)) return std::nullopt;
    if (job.start(project, request)) qFatal("a second start while running must be refused");
    if (cancelAtOnce) job.cancel();
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60000)) return std::nullopt;
    if (job.isRunning()) qFatal("still running after finished");
    return outcome;
}

}  // namespace

class TestImportJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void contractsAreImportedWithTheirRejectedRows()
    {
        const QString project = test::newProject(dir_, u"c.aitocracy"_qs);
        const QString file = dir_.filePath(u"portal.csv"_qs);
        test::writeFile(file, test::toGb18030(test::contractsTable(20)));
        ImportRequest request;
        request.kind = core::ImportKind::Contracts;
        request.files << file;
        const auto outcome = runJob(project, request);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == ImportStatus::Ok, qPrintable(outcome->error));
        QCOMPARE(countOf(*outcome, u"Rows read"_qs), 20);
        QCOMPARE(countOf(*outcome, u"Stored"_qs), 18);
        QCOMPARE(countOf(*outcome, u"Rejected"_qs), 2);
        QCOMPARE(countOf(*outcome, u"Duplicates of contracts in the project"_qs), 0);
        QCOMPARE(test::storedRows(project, "contracts"), 18);
        QCOMPARE(outcome->rejected.size(), std::size_t{2});
        const ImportRejectedRow& date = outcome->rejected[0];
        QCOMPARE(date.file, u"portal.csv"_qs);
        QCOMPARE(date.line, 9);
        QCOMPARE(date.column, 2);
        QVERIFY2(date.reason.contains(u"not a date"_qs), qPrintable(date.reason));
        QVERIFY2(date.raw.startsWith(u"HT-00008,2016-02-30,北京市公安局"_qs), qPrintable(date.raw));
        const ImportRejectedRow& id = outcome->rejected[1];
        QCOMPARE(id.line, 16);
        QCOMPARE(id.column, 1);
        QVERIFY2(id.reason.contains(u"contract id is empty"_qs), qPrintable(id.reason));

        // The same file again: all 18 are duplicates, nothing new is stored.
        const auto again = runJob(project, request);
        QVERIFY(again && again->status == ImportStatus::Ok);
        QCOMPARE(countOf(*again, u"Stored"_qs), 0);
        QCOMPARE(countOf(*again, u"Duplicates of contracts in the project"_qs), 18);
        QCOMPARE(test::storedRows(project, "contracts"), 18);
    }

    void firmsTable()
    {
        const QString project = test::newProject(dir_, u"f.aitocracy"_qs);
        const QString file = dir_.filePath(u"firms.csv"_qs);
        test::writeFile(file, "firm_id,name,is_ai\nF1,商汤,1\nF2,某公司,0\nF3,坏行,maybe\n");
        ImportRequest request;
        request.kind = core::ImportKind::Firms;
        request.files << file;
        const auto outcome = runJob(project, request);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == ImportStatus::Ok, qPrintable(outcome->error));
        QCOMPARE(countOf(*outcome, u"Rows read"_qs), 3);
        QCOMPARE(countOf(*outcome, u"Stored"_qs), 2);
        QCOMPARE(countOf(*outcome, u"Rejected"_qs), 1);
        QCOMPARE(outcome->rejected.size(), std::size_t{1});
        QCOMPARE(outcome->rejected[0].line, 4);
        QCOMPARE(outcome->rejected[0].raw, u"F3,坏行,maybe"_qs);
        QCOMPARE(test::storedRows(project, "firms"), 2);
    }

    void cancelLeavesTheProjectAsItWas()
    {
        const QString project = test::newProject(dir_, u"x.aitocracy"_qs);
        const QString small = dir_.filePath(u"small.csv"_qs), large = dir_.filePath(u"large.csv"_qs);
        test::writeFile(small, test::contractsTable(20));
        test::writeFile(large, test::contractsTable(50000, "BIG", false));
        ImportRequest request;
        request.kind = core::ImportKind::Contracts;
        request.files << small;
        QVERIFY(runJob(project, request));
        QCOMPARE(test::storedRows(project, "contracts"), 18);
        const std::size_t imports = test::importCount(project);
        QCOMPARE(imports, std::size_t{1});

        request.files = QStringList{large};
        const auto outcome = runJob(project, request, true);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == ImportStatus::Cancelled, qPrintable(outcome->error));
        QCOMPARE(test::storedRows(project, "contracts"), 18);
        QCOMPARE(test::importCount(project), imports);
        QCOMPARE(test::storedRows(project, "import_rejects"), 2);
    }

    void aMissingFileFails()
    {
        const QString project = test::newProject(dir_, u"m.aitocracy"_qs);
        ImportRequest request;
        request.kind = core::ImportKind::Contracts;
        request.files << dir_.filePath(u"nothing.csv"_qs);
        const auto outcome = runJob(project, request);
        QVERIFY(outcome);
        QVERIFY(outcome->status == ImportStatus::Failed);
        QVERIFY(!outcome->error.isEmpty());
        QCOMPARE(test::importCount(project), std::size_t{0});
    }
};

QTEST_MAIN(TestImportJob)
#include "tst_importjob.moc"
