// copyProject ("Save As"): the copy holds what the original holds (the hand project's
// rows, counted by hand), even rows still in the original's write-ahead log; an existing
// target is refused unless replacing is allowed; a project is never copied onto itself;
// a missing or foreign source and an unwritable target are clear errors that leave
// nothing behind.
#include "HandPanelProject.h"
#include "TestSupport.h"
#include "store/ProjectCopy.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <filesystem>
#include <memory>

using namespace aitocracy::core;
using aitocracy::test::errorText;
namespace fs = std::filesystem;

namespace {

ProjectInfo infoOf(const std::string& path)
{
    auto store = ProjectStore::open(path);
    if (!store) qFatal("cannot open %s: %s", path.c_str(), store.error().describe().c_str());
    auto info = store->info();
    if (!info) qFatal("no info for %s: %s", path.c_str(), info.error().describe().c_str());
    return *info;
}

bool hasLeftovers(const std::string& target)
{
    for (const char* suffix : {".copying", ".copying-journal", ".copying-wal"})
        if (fs::exists(target + suffix)) return true;
    return false;
}

}  // namespace

class TestProjectCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
    }

    void copyHoldsWhatTheOriginalHolds()
    {
        const std::string original = path("original.aitocracy");
        // Kept open: its rows are still in the write-ahead log, not yet in the main file.
        ProjectStore store = aitocracy::test::handProject(original);
        QVERIFY(fs::exists(original + "-wal") && fs::file_size(original + "-wal") > 0);
        const std::string copy = path("copy.aitocracy");
        auto copied = copyProject(original, copy);
        QVERIFY2(copied, errorText(copied).c_str());
        const ProjectInfo info = infoOf(copy);
        QCOMPARE(info, infoOf(original));
        // HandPanelProject.h: 2 units, 9 event rows, 10 contracts, 6 weather days, 4 covariates.
        QCOMPARE(info.counts.at("units"), std::int64_t(2));
        QCOMPARE(info.counts.at("unrest_events"), std::int64_t(9));
        QCOMPARE(info.counts.at("contracts"), std::int64_t(10));
        QCOMPARE(info.counts.at("weather"), std::int64_t(6));
        QCOMPARE(info.counts.at("covariates"), std::int64_t(4));
        QVERIFY(!hasLeftovers(copy));
    }

    void existingTargetIsRefusedUnlessReplacing()
    {
        const std::string original = path("original.aitocracy");
        (void)aitocracy::test::handProject(original);
        const std::string other = path("other.aitocracy");
        UnitSet one;
        one.units = {aitocracy::test::handUnit("310000", 121)};
        QVERIFY(ProjectStore::create(other, one, "test"));

        auto refused = copyProject(original, other);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("exists"));
        QCOMPARE(infoOf(other).counts.at("units"), std::int64_t(1));  // untouched

        auto replaced = copyProject(original, other, ExistingTarget::Replace);
        QVERIFY2(replaced, errorText(replaced).c_str());
        QCOMPARE(infoOf(other), infoOf(original));
        QCOMPARE(infoOf(other).counts.at("unrest_events"), std::int64_t(9));
        QVERIFY(!hasLeftovers(other));
    }

    void neverOntoItself()
    {
        const std::string original = path("original.aitocracy");
        (void)aitocracy::test::handProject(original);
        for (const std::string& target : {original, path(".") + "/original.aitocracy"}) {
            auto same = copyProject(original, target, ExistingTarget::Replace);
            QVERIFY(!same);
            QCOMPARE(same.error().code, std::string("same"));
        }
        QCOMPARE(infoOf(original).counts.at("unrest_events"), std::int64_t(9));
    }

    void missingSourceIsAnIoError()
    {
        const std::string copy = path("copy.aitocracy");
        auto missing = copyProject(path("nowhere.aitocracy"), copy);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, std::string("io"));
        QVERIFY(!fs::exists(copy));
    }

    void foreignSourceIsAFormatError()
    {
        const std::string text = path("notes.aitocracy");
        aitocracy::test::writeBytes(text, "this is not a project");
        const std::string copy = path("copy.aitocracy");
        auto foreign = copyProject(text, copy);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, std::string("format"));
        QVERIFY(!fs::exists(copy));
    }

    void unwritableTargetIsAnIoError()
    {
        const std::string original = path("original.aitocracy");
        (void)aitocracy::test::handProject(original);
        const std::string copy = path("no-such-folder") + "/copy.aitocracy";
        auto failed = copyProject(original, copy);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, std::string("io"));
        QVERIFY(!fs::exists(copy));
        QVERIFY(!hasLeftovers(copy));
    }

private:
    std::string path(const char* name) const { return dir_->filePath(QString::fromUtf8(name)).toStdString(); }
    std::unique_ptr<QTemporaryDir> dir_;
};

QTEST_GUILESS_MAIN(TestProjectCopy)
#include "tst_projectcopy.moc"
