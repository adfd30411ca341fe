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
        // The importer's keys in words: line 9's date and line 16's empty id.
        QCOMPARE(countOf(*outcome, u"Date not readable"_qs, u"Rejected by kind"_qs), 1);
        QCOMPARE(countOf(*outcome, u"No contract id"_qs, u"Rejected by kind"_qs), 1);
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

    void gdeltFilesInOneImport()
    {
        // GDELT 1.0 rows of 58 fields, by hand: a CH protest in the west square (北京市),
        // a US one, a CH row of another root code, and a broken 40-field line.
        const auto row = [](const std::string& id, const std::string& country, const std::string& root) {
            std::vector<std::string> f(58);
            f[0] = id, f[1] = "20160305", f[25] = "1", f[26] = root + "1", f[27] = root + "1", f[28] = root;
            f[31] = f[32] = f[33] = "2";
            f[49] = "4", f[50] = "Beijing, Beijing, China", f[51] = country, f[52] = country + "22";
            f[53] = "39.5", f[54] = "115.5", f[55] = "-1898541", f[56] = "20160306", f[57] = "http://example.org/" + id;
            std::string out;
            for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
            return out + "\n";
        };
        std::string broken;
        for (int i = 1; i <= 40; ++i) broken += std::to_string(i) + (i < 40 ? "\t" : "\n");
        const QString project = test::newProject(dir_, u"g.aitocracy"_qs);
        const QString a = dir_.filePath(u"20160305.export.CSV"_qs), b = dir_.filePath(u"20160306.export.CSV"_qs);
        test::writeFile(a, row("101", "CH", "14") + row("102", "US", "14"));
        test::writeFile(b, broken + row("103", "CH", "01"));
        ImportRequest request;
        request.kind = core::ImportKind::Gdelt;
        request.files << a << b;
        const auto outcome = runJob(project, request);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == ImportStatus::Ok, qPrintable(outcome->error));
        QCOMPARE(countOf(*outcome, u"Rows read"_qs), 4);
        QCOMPARE(countOf(*outcome, u"Rejected (malformed)"_qs), 1);
        QCOMPARE(countOf(*outcome, u"Other country"_qs, u"Filters"_qs), 1);
        QCOMPARE(countOf(*outcome, u"Other root code"_qs, u"Filters"_qs), 1);
        QCOMPARE(countOf(*outcome, u"Kept"_qs, u"Filters"_qs), 1);
        QCOMPARE(countOf(*outcome, u"In a unit"_qs, u"Placement of kept rows"_qs), 1);
        QCOMPARE(countOf(*outcome, u"Stored"_qs, u"Storage"_qs), 1);
        QCOMPARE(outcome->rejected.size(), std::size_t{1});
        QCOMPARE(outcome->rejected[0].file, u"20160306.export.CSV"_qs);
        QCOMPARE(outcome->rejected[0].line, 1);
        QCOMPARE(outcome->rejected[0].raw, QString::fromStdString(broken).trimmed());
        QCOMPARE(test::storedRows(project, "unrest_events"), 1);
        QCOMPARE(test::importCount(project), std::size_t{2});  // a provenance record per file
    }

    // Cancelled while it runs, once the importer has reported rows (the importers report
    // progress through the CancelToken): the strip's numbers come from here.
    void cancelOnceRowsAreRead()
    {
        const QString project = test::newProject(dir_, u"r.aitocracy"_qs);
        const QString file = dir_.filePath(u"rows.csv"_qs);
        test::writeFile(file, test::contractsTable(300000, "R", false));
        ImportRequest request;
        request.kind = core::ImportKind::Contracts;
        request.files << file;
        ImportJob job;
        std::optional<ImportOutcome> outcome;
        std::vector<core::TaskProgress> seen;
        connect(&job, &ImportJob::finished, this, [&](const ImportOutcome& o) { outcome = o; });
        connect(&job, &ImportJob::progressChanged, this,
                [&](const core::TaskProgress& p, qint64) { seen.push_back(p); });
        QVERIFY(job.start(project, request));
        QTRY_VERIFY_WITH_TIMEOUT(outcome || job.progress().rows > 0, 60000);
        if (outcome) QSKIP("the contracts importer reports no progress in this build");
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY2(outcome->status == ImportStatus::Cancelled, qPrintable(outcome->error));
        QVERIFY(!seen.empty());
        QVERIFY(seen.back().bytesTotal > 0);
        QVERIFY(seen.back().bytesDone <= seen.back().bytesTotal);
        QCOMPARE(test::storedRows(project, "contracts"), 0);
        QCOMPARE(test::importCount(project), std::size_t{0});
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
