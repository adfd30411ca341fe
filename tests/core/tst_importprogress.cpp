// Progress reported through the CancelToken by the three importers: at the end the bytes
// done equal the input's size (summed over GDELT's files, a ZIP counted by its own size)
// and the rows equal the importer's count of rows read; while GDELT files are scanned on
// two threads the progress never goes backwards; and a cancel issued from another thread
// once rows are reported leaves the project as it was.
#include "GdeltSamples.h"
#include "SqliteQuery.h"
#include "ProjectFolder.h"
#include "TestSupport.h"
#include "common/ZipWriter.h"
#include "geo/BuiltinGeography.h"
#include "import/ContractImporter.h"
#include "import/GdeltImporter.h"
#include "import/TableImport.h"
#include "store/ProjectStore.h"

#include <QtTest>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace aitocracy::core;
using aitocracy::test::gdelt::kDias;
using aitocracy::test::gdelt::kEvents;
using aitocracy::test::gdelt::kEvents1;
using aitocracy::test::errorText;
using aitocracy::test::query;
using aitocracy::test::readBytes;
namespace fs = std::filesystem;

namespace {

std::string contractsText(int rows)
{
    std::string text = "contract_id,date,buyer,title,amount\n";
    for (int i = 0; i < rows; ++i)
        text += "HT-" + std::to_string(i) + ",2016-03-05,合肥市公安局,人脸识别系统采购 " + std::to_string(i) + "," +
                std::to_string(i % 97) + "\n";
    return text;
}

std::string firmsText(int rows)
{
    std::string text = "firm_id,name,is_ai\n";
    for (int i = 0; i < rows; ++i)
        text += "F" + std::to_string(i) + ",公司" + std::to_string(i) + "," + std::to_string(i % 2) + "\n";
    return text;
}

std::int64_t countOf(const ProjectStore& store, const std::string& sql)
{
    std::int64_t n = -1;
    query(store.handle(), sql, [&](const std::vector<std::string>& r) { n = std::stoll(r[0]); });
    return n;
}

// Cancels `token` from its own thread as soon as it reports a row.
class CancelOnFirstRows {
public:
    explicit CancelOnFirstRows(CancelToken token)
        : thread_([this, token]() mutable {
              while (!stop_.load()) {
                  if (token.progress().rows > 0) {
                      rowsSeen_ = token.progress().rows;
                      token.cancel();
                      return;
                  }
                  std::this_thread::yield();
              }
          })
    {
    }
    ~CancelOnFirstRows() { join(); }
    void join()
    {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
    }
    [[nodiscard]] std::int64_t rowsSeen() const { return rowsSeen_; }

private:
    std::atomic<bool> stop_{false};
    std::int64_t rowsSeen_ = 0;
    std::thread thread_;
};

}  // namespace

class TestImportProgress : public QObject {
    Q_OBJECT

private:
    aitocracy::test::ProjectFolder folder_;

    std::string path(const std::string& name) const { return folder_.path(name); }
    std::string write(const std::string& name, const std::string& bytes) { return folder_.write(name, bytes); }
    ProjectStore newProject() { return folder_.newProject(); }

private slots:
    void initTestCase()
    {
        QVERIFY(folder_.isValid());
        auto units = loadBuiltinGeography();
        if (!units) QSKIP(("the built-in map is not built: " + errorText(units)).c_str());
        folder_.units = std::move(*units);
    }

    void contracts()
    {
        const std::string file = write("contracts.csv", contractsText(10000));
        const auto size = fs::file_size(file);
        auto store = newProject();
        CancelToken token;
        auto r = importContracts(store, file, {}, &token);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->rowsRead, std::int64_t{10000});
        const TaskProgress p = token.progress();
        QCOMPARE(p.bytesTotal, std::uint64_t{size});
        QCOMPARE(p.bytesDone, std::uint64_t{size});
        QCOMPARE(p.rows, std::int64_t{10000});
    }

    void table()
    {
        const std::string file = write("firms.csv", firmsText(5000));
        auto store = newProject();
        CancelToken token;
        auto r = importTable(store, TableKind::Firms, file, {}, &token);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->rowsRead, std::int64_t{5000});
        const TaskProgress p = token.progress();
        QCOMPARE(p.bytesTotal, std::uint64_t{fs::file_size(file)});
        QCOMPARE(p.bytesDone, p.bytesTotal);
        QCOMPARE(p.rows, std::int64_t{5000});
    }

    void gdeltFilesAndZip()
    {
        const std::string zip = path("events.zip");
        auto w = ZipWriter::create(zip);
        QVERIFY(w && w->beginMember("events.csv", CivilDate{2018, 3, 23}) && w->write(readBytes(kEvents)) &&
                w->endMember() && w->finish());
        // Several files in one import: DIAS 1,540 rows, events1 100, the zipped events 100 (PROVENANCE.md).
        auto store = newProject();
        CancelToken token;
        GdeltSettings settings;
        auto r = importGdelt(store, {kDias, kEvents1, zip}, settings, &token);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        const auto total = fs::file_size(kDias) + fs::file_size(kEvents1) + fs::file_size(zip);
        const TaskProgress p = token.progress();
        QCOMPARE(p.bytesTotal, std::uint64_t{total});
        QCOMPARE(p.bytesDone, std::uint64_t{total});
        QCOMPARE(p.rows, std::int64_t{1740});
        QCOMPARE(r->total.rowsRead, std::int64_t{1740});
    }

    void gdeltNeverGoesBack_data()
    {
        QTest::addColumn<int>("files");
        // One 12 MB file is cut into pieces scanned on both cores; two 6 MB files are
        // scanned one per core. Either way all threads add to one progress.
        QTest::newRow("one file in pieces") << 1;
        QTest::newRow("two files at once") << 2;
    }

    void gdeltNeverGoesBack()
    {
        QFETCH(int, files);
        std::string bytes;
        const std::string dias = readBytes(kDias);
        for (int i = 0; i < 20 / files; ++i) bytes += dias;
        std::vector<std::string> paths;
        for (int f = 0; f < files; ++f)
            paths.push_back(write(std::to_string(files) + "-" + std::to_string(f) + ".CSV", bytes));
        const std::uint64_t total = bytes.size() * static_cast<std::uint64_t>(files);
        auto store = newProject();
        CancelToken token;
        std::atomic<bool> done{false};
        std::vector<TaskProgress> seen{token.progress()};
        std::thread watcher([&] {
            while (!done.load()) {
                const TaskProgress p = token.progress();
                if (p.bytesDone != seen.back().bytesDone || p.rows != seen.back().rows) seen.push_back(p);
                std::this_thread::yield();
            }
        });
        auto r = importGdelt(store, paths, GdeltSettings{}, &token);
        done = true;
        watcher.join();
        QVERIFY2(r.has_value(), errorText(r).c_str());
        seen.push_back(token.progress());
        QCOMPARE(seen.back().rows, std::int64_t{20 * 1540});
        QCOMPARE(seen.back().bytesDone, total);
        // What the watcher sees depends on when it is scheduled; whatever it sees must not go back.
        for (std::size_t i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].bytesDone >= seen[i - 1].bytesDone);
            QVERIFY(seen[i].rows >= seen[i - 1].rows);
            QVERIFY(seen[i].bytesDone <= total);
        }
    }

    void cancelFromAnotherThread()
    {
        const std::string contracts = write("many-contracts.csv", contractsText(200000));
        auto store = newProject();
        const auto importsBefore = countOf(store, "SELECT count(*) FROM imports");
        {
            CancelToken token;
            CancelOnFirstRows canceller(token);
            auto r = importContracts(store, contracts, {}, &token);
            canceller.join();
            QVERIFY(!r);
            QCOMPARE(r.error().code, std::string("cancelled"));
            QVERIFY(canceller.rowsSeen() > 0);
            QVERIFY(token.progress().rows < 200000);
        }
        QCOMPARE(countOf(store, "SELECT count(*) FROM contracts"), std::int64_t{0});
        QCOMPARE(countOf(store, "SELECT count(*) FROM imports"), importsBefore);

        const std::string firms = write("many-firms.csv", firmsText(200000));
        CancelToken token;
        CancelOnFirstRows canceller(token);
        auto r = importTable(store, TableKind::Firms, firms, {}, &token);
        canceller.join();
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("cancelled"));
        QCOMPARE(countOf(store, "SELECT count(*) FROM firms"), std::int64_t{0});
        QCOMPARE(countOf(store, "SELECT count(*) FROM imports"), importsBefore);
    }
};

QTEST_APPLESS_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
