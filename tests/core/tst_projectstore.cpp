// ProjectStore: create / open round trips, info counts, transactions (commit, rollback on
// error and on exception), provenance records. Bad files and migrations are in
// tst_projectstorefiles.cpp.
#include "TestSupport.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

using namespace aitocracy::core;
using aitocracy::test::errorText;
namespace fs = std::filesystem;

namespace {

// A closed axis-aligned square ring, counter-clockwise.
Ring squareRing(double lon, double lat, double size)
{
    return {{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
}

Unit makeUnit(std::string code, std::string nameZh, std::string nameEn, MultiPolygon geometry)
{
    Unit u;
    u.code = std::move(code);
    u.nameZh = std::move(nameZh);
    u.nameEn = std::move(nameEn);
    u.provinceCode = u.code.substr(0, 2) + "0000";
    u.provinceNameZh = "测试省";
    u.provinceNameEn = "Test Province";
    u.kind = unit_kind::prefecture;
    u.geometry = std::move(geometry);
    // A different simplified outline, so a swap of geometry and drawing would show.
    const auto& outer = u.geometry.front().rings.front();
    u.drawing = {Polygon{{Ring{outer[0], outer[1], outer[2], outer[0]}}}};
    return u;
}

// Three units given out of code order; coordinates with many significant digits.
UnitSet sampleUnits()
{
    UnitSet set;
    set.attribution = "Boundaries © Test Survey 测试, CC BY 4.0";
    set.units.push_back(makeUnit("340100", "合肥市", "Hefei",
                                 {Polygon{{squareRing(117.123456789012, 31.8765432109876, 0.5)}}}));
    auto beijing = makeUnit("110000", "北京市", "Beijing",
                            {Polygon{{squareRing(116.0, 39.5, 1.0), squareRing(116.25, 39.75, 0.125)}},
                             Polygon{{squareRing(117.5, 40.5, 0.1)}}});
    beijing.kind = unit_kind::municipality;
    set.units.push_back(beijing);
    set.units.push_back(makeUnit("371200", "莱芜市", "Laiwu",
                                 {Polygon{{squareRing(117.3333333333333, 36.1111111111111, 0.3)}}}));
    return set;
}

bool sameGeometry(const MultiPolygon& a, const MultiPolygon& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t p = 0; p < a.size(); ++p) {
        if (a[p].rings.size() != b[p].rings.size()) return false;
        for (std::size_t r = 0; r < a[p].rings.size(); ++r) {
            const auto& ra = a[p].rings[r];
            const auto& rb = b[p].rings[r];
            if (ra.size() != rb.size()) return false;
            for (std::size_t i = 0; i < ra.size(); ++i)
                if (ra[i].lon != rb[i].lon || ra[i].lat != rb[i].lat) return false;  // exact
        }
    }
    return true;
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Result<void> insertWeather(Transaction& tx, const std::string& unit, int days)
{
    auto insert = tx.prepare("INSERT INTO weather (unit_code, date, rain_mm, temp_c) VALUES (?, ?, ?, ?)");
    if (!insert) return std::unexpected(insert.error());
    for (int d = 1; d <= days; ++d) {
        char date[32];
        std::snprintf(date, sizeof date, "2020-01-%02d", d);
        insert->bindText(1, unit).bindText(2, date).bindDouble(3, 0.5 * d).bindDouble(4, -2.0 + d);
        if (auto done = insert->run(); !done) return done;
    }
    return ok();
}

std::int64_t countOf(const ProjectStore& store, const std::string& table)
{
    auto info = store.info();
    return info ? info->counts.at(table) : -1;
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int serial_ = 0;
    std::string freshPath() { return (fs::path(dir_.path().toStdString()) / ("p" + std::to_string(++serial_) + ".aitocracy")).string(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void unitsRoundTripExactly()
    {
        const auto path = freshPath();
        const auto units = sampleUnits();
        {
            auto created = ProjectStore::create(path, units, "builtin");
            QVERIFY2(created, errorText(created).c_str());
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        auto loaded = store->loadUnits();
        QVERIFY2(loaded, errorText(loaded).c_str());
        QCOMPARE(loaded->units.size(), std::size_t{3});
        QCOMPARE(loaded->attribution, units.attribution);
        // Sorted by code: 110000, 340100, 371200 (given as 340100, 110000, 371200).
        const std::size_t order[] = {1, 0, 2};
        for (std::size_t i = 0; i < 3; ++i) {
            const Unit& got = loaded->units[i];
            const Unit& want = units.units[order[i]];
            QCOMPARE(got.code, want.code);
            QCOMPARE(got.nameZh, want.nameZh);
            QCOMPARE(got.nameEn, want.nameEn);
            QCOMPARE(got.provinceCode, want.provinceCode);
            QCOMPARE(got.provinceNameZh, want.provinceNameZh);
            QCOMPARE(got.provinceNameEn, want.provinceNameEn);
            QCOMPARE(got.kind, want.kind);
            QVERIFY(sameGeometry(got.geometry, want.geometry));
            QVERIFY(sameGeometry(got.drawing, want.drawing));
            QVERIFY(!sameGeometry(got.geometry, got.drawing));
        }
        QCOMPARE(loaded->units[0].nameZh, std::string("北京市"));
        QCOMPARE(loaded->units[0].geometry.size(), std::size_t{2});
        QCOMPARE(loaded->units[0].geometry[0].rings.size(), std::size_t{2});
        QCOMPARE(loaded->units[1].geometry[0].rings[0][0].lon, 117.123456789012);
    }

    void infoReportsMetaAndCounts()
    {
        const auto path = freshPath();
        auto store = ProjectStore::create(path, sampleUnits(), "my-boundaries.gpkg");
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(store->path(), path);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        auto info = store->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->schemaVersion, currentSchemaVersion());
        QCOMPARE(info->boundarySource, std::string("my-boundaries.gpkg"));
        QVERIFY(!info->appVersion.empty());
        QCOMPARE(info->createdAt.size(), std::size_t{20});  // 2024-05-01T08:30:00Z
        QCOMPARE(info->createdAt[10], 'T');
        QCOMPARE(info->createdAt.back(), 'Z');
        QCOMPARE(info->simulated, false);
        const char* tables[] = {
            "units",          "unrest_events",    "contracts",      "firms",          "software_output",
            "weather",        "covariates",       "imports",        "import_rejects", "classification_rules",
            "analysis_specs", "simulation_truth", "code_crosswalk", "places"};
        QCOMPARE(info->counts.size(), std::size(tables));
        for (const char* t : tables) {
            QVERIFY2(info->counts.count(t) == 1, t);
            // 3 units made here; the crosswalk's 12 code changes of GEODATA.md §3 come with every project.
            const std::int64_t expected = std::string(t) == "units" ? 3 : std::string(t) == "code_crosswalk" ? 12 : 0;
            QCOMPARE(info->counts.at(t), expected);
        }
        auto source = store->meta("boundary_source");
        QVERIFY2(source, errorText(source).c_str());
        QCOMPARE(source->value_or("?"), std::string("my-boundaries.gpkg"));
        auto missing = store->meta("no_such_key");
        QVERIFY2(missing, errorText(missing).c_str());
        QVERIFY(!missing->has_value());
    }

    void simulatedFlagIsStoredThroughMeta()
    {
        const auto path = freshPath();
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            auto done = store->transaction([](Transaction& tx) { return tx.setMeta("simulated", "1"); });
            QVERIFY2(done, errorText(done).c_str());
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        auto info = store->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->simulated, true);
    }

    void createRefusesExistingFileAndLeavesItUntouched()
    {
        const auto path = freshPath();
        {
            std::ofstream out(path, std::ios::binary);
            out << "precious user data\n";
        }
        const auto before = readBytes(path);
        auto created = ProjectStore::create(path, sampleUnits(), "builtin");
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("exists"));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!fs::exists(path + ".tmp"));

        // The same for an existing project.
        const auto project = freshPath();
        QVERIFY(ProjectStore::create(project, sampleUnits(), "builtin").has_value());
        const auto projectBytes = readBytes(project);
        QVERIFY(!projectBytes.empty());
        auto again = ProjectStore::create(project, UnitSet{}, "other");
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("exists"));
        QCOMPARE(readBytes(project), projectBytes);
    }

    void createIgnoresAnOrphanedWal()
    {
        // A project deleted after a crash can leave its -wal behind: a new project at the
        // same path must not take in those old pages.
        const auto path = freshPath();
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            auto done = store->transaction([](Transaction& tx) { return tx.setMeta("simulated", "1"); });
            QVERIFY2(done, errorText(done).c_str());
            fs::copy_file(path + "-wal", path + ".saved-wal");  // while open: the frames are still there
        }
        fs::remove(path);
        fs::rename(path + ".saved-wal", path + "-wal");
        auto fresh = ProjectStore::create(path, sampleUnits(), "builtin");
        QVERIFY2(fresh, errorText(fresh).c_str());
        auto info = fresh->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->simulated, false);
    }

    void failedCreateLeavesNothingBehind()
    {
        const auto path = freshPath();
        auto units = sampleUnits();
        units.units.push_back(units.units.front());  // duplicate code → PRIMARY KEY violation
        auto created = ProjectStore::create(path, units, "builtin");
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("constraint"));
        QVERIFY(!fs::exists(path));
        for (const char* suffix : {".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal"})
            QVERIFY2(!fs::exists(path + suffix), suffix);

        auto nowhere = ProjectStore::create(dir_.path().toStdString() + "/no/such/dir/x.aitocracy", sampleUnits(), "b");
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, std::string("io"));
    }

    void successfulTransactionPersists()
    {
        const auto path = freshPath();
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            auto done = store->transaction([](Transaction& tx) -> Result<void> {
                if (auto w = insertWeather(tx, "340100", 10); !w) return w;
                return tx.exec("INSERT INTO contracts (contract_id, signed_date, buyer, amount_yuan, unit_code, class) "
                               "VALUES ('C-1', '2019-03-04', '合肥市公安局', 1250000.5, '340100', 'ai_public_security')");
            });
            QVERIFY2(done, errorText(done).c_str());
            QCOMPARE(countOf(*store, "weather"), std::int64_t{10});
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(countOf(*store, "weather"), std::int64_t{10});
        QCOMPARE(countOf(*store, "contracts"), std::int64_t{1});
    }

    void failedTransactionLeavesFileAsBefore()
    {
        const auto path = freshPath();
        ProjectInfo before;
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            QVERIFY(store->transaction([](Transaction& tx) { return insertWeather(tx, "110000", 3); }).has_value());
            auto info = store->info();
            QVERIFY2(info, errorText(info).c_str());
            before = *info;
        }
        const auto bytesBefore = readBytes(path);
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store, errorText(store).c_str());
            auto done = store->transaction([](Transaction& tx) -> Result<void> {
                if (auto w = insertWeather(tx, "340100", 20); !w) return w;
                if (auto id = tx.recordImport({.kind = "weather", .fileName = "w.csv"}); !id)
                    return std::unexpected(id.error());
                return fail("test", "stopped midway on purpose");
            });
            QVERIFY(!done);
            QCOMPARE(done.error().code, std::string("test"));
            auto after = store->info();
            QVERIFY2(after, errorText(after).c_str());
            QVERIFY(*after == before);
        }
        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store, errorText(store).c_str());
            auto reopened = store->info();
            QVERIFY2(reopened, errorText(reopened).c_str());
            QVERIFY(*reopened == before);
            QCOMPARE(reopened->counts.at("weather"), std::int64_t{3});
            QCOMPARE(reopened->counts.at("imports"), std::int64_t{0});
        }
        // Byte for byte: the failed transaction left nothing in the main file.
        QCOMPARE(readBytes(path), bytesBefore);
    }

    void throwingTransactionRollsBack()
    {
        const auto path = freshPath();
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            auto thrown = store->transaction([](Transaction& tx) -> Result<void> {
                (void)insertWeather(tx, "371200", 5);
                throw std::runtime_error("importer bug");
            });
            QVERIFY(!thrown);
            QCOMPARE(thrown.error().code, std::string("exception"));
            QVERIFY(thrown.error().message.find("importer bug") != std::string::npos);
            auto odd = store->transaction([](Transaction& tx) -> Result<void> {
                (void)insertWeather(tx, "371200", 5);
                throw 42;
            });
            QVERIFY(!odd);
            QCOMPARE(odd.error().code, std::string("exception"));
            QCOMPARE(countOf(*store, "weather"), std::int64_t{0});
            // The store is still usable afterwards.
            QVERIFY(store->transaction([](Transaction& tx) { return insertWeather(tx, "371200", 2); }).has_value());
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(countOf(*store, "weather"), std::int64_t{2});
    }

    void transactionMisuseIsAnError()
    {
        auto store = ProjectStore::create(freshPath(), sampleUnits(), "builtin");
        QVERIFY2(store, errorText(store).c_str());
        ProjectStore& s = *store;
        auto nested = s.transaction([&s](Transaction&) { return s.transaction([](Transaction&) { return ok(); }); });
        QVERIFY(!nested);
        QCOMPARE(nested.error().code, std::string("transaction"));
        auto selfCommit = s.transaction([](Transaction& tx) -> Result<void> {
            if (auto w = insertWeather(tx, "340100", 1); !w) return w;
            return tx.exec("COMMIT");
        });
        QVERIFY(!selfCommit);
        QCOMPARE(selfCommit.error().code, std::string("transaction"));
        QVERIFY(s.transaction([](Transaction&) { return ok(); }).has_value());
    }

    void openWhileAnotherWriterIsBusy()
    {
        const auto path = freshPath();
        auto writer = ProjectStore::create(path, sampleUnits(), "builtin");
        QVERIFY2(writer, errorText(writer).c_str());
        QElapsedTimer timer;
        std::int64_t seenByReader = -1;
        auto done = writer->transaction([&](Transaction& tx) -> Result<void> {
            if (auto w = insertWeather(tx, "340100", 4); !w) return w;
            timer.start();
            auto reader = ProjectStore::open(path);  // must not wait for the write lock
            if (!reader) return std::unexpected(reader.error());
            seenByReader = countOf(*reader, "weather");
            return ok();
        });
        QVERIFY2(done, errorText(done).c_str());
        QVERIFY(timer.elapsed() < 2000);  // well under the 5 s busy timeout
        QCOMPARE(seenByReader, std::int64_t{0});  // uncommitted rows are invisible (WAL)
        QCOMPARE(countOf(*writer, "weather"), std::int64_t{4});
    }

    void foreignKeysAreEnforced()
    {
        auto store = ProjectStore::create(freshPath(), sampleUnits(), "builtin");
        QVERIFY2(store, errorText(store).c_str());
        auto unknown = store->transaction([](Transaction& tx) { return insertWeather(tx, "999999", 1); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, std::string("constraint"));
        auto orphanReject = store->transaction(
            [](Transaction& tx) { return tx.recordRejectedRow(12345, 1, 1, "no such import", "x"); });
        QVERIFY(!orphanReject);
        QCOMPARE(orphanReject.error().code, std::string("constraint"));
        QCOMPARE(countOf(*store, "weather"), std::int64_t{0});
        QVERIFY(store->transaction([](Transaction& tx) { return insertWeather(tx, "110000", 1); }).has_value());
    }

    void strictTablesAndChecksRefuseBadValues()
    {
        auto store = ProjectStore::create(freshPath(), sampleUnits(), "builtin");
        QVERIFY2(store, errorText(store).c_str());
        const char* bad[] = {
            "INSERT INTO weather (unit_code, date, rain_mm) VALUES ('340100', '2020-01-01', 'lots')",
            "INSERT INTO weather (unit_code, date) VALUES ('340100', '01/02/2020')",
            "INSERT INTO contracts (contract_id, signed_date, class) VALUES ('C', '2020-01-01', 'ai')",
            "INSERT INTO imports (kind, file_name, file_size, sha256, started_at, status) "
            "VALUES ('gdelt', 'f', 1, 'ABC', '2020', 'ok')",
        };
        for (const char* sql : bad) {
            auto r = store->transaction([sql](Transaction& tx) { return tx.exec(sql); });
            QVERIFY2(!r, sql);
            QCOMPARE(r.error().code, std::string("constraint"));
        }
        // Leading zeros of CAMEO codes survive (TEXT columns).
        auto good = store->transaction([](Transaction& tx) {
            return tx.exec("INSERT INTO unrest_events (global_event_id, event_date, event_code, event_base_code, "
                           "event_root_code, is_root_event, unit_code) "
                           "VALUES (1, '2020-01-01', '0141', '014', '01', 1, '340100')");
        });
        QVERIFY2(good, errorText(good).c_str());
        auto code = Statement::prepare(store->handle(), "SELECT event_root_code FROM unrest_events");
        QVERIFY2(code, errorText(code).c_str());
        QVERIFY(code->step().value_or(false));
        QCOMPARE(code->columnText(0), std::string("01"));
    }

    void provenanceRoundTrips()
    {
        const auto path = freshPath();
        ImportRecord record;
        record.kind = import_kind::gdelt;
        record.fileName = "20200101.export.CSV.zip";
        record.fileSize = 123456789012;
        record.sha256 = std::string(64, 'a');
        record.startedAt = "2024-05-01T08:30:00Z";
        record.settingsJson = R"({"rootCodes":["14"],"encoding":"utf-8"})";
        std::string longRaw = "x";  // then 2000 × "行" (3 bytes each): 6001 bytes
        for (int i = 0; i < 2000; ++i) longRaw += "行";
        std::int64_t id = 0;
        {
            auto store = ProjectStore::create(path, sampleUnits(), "builtin");
            QVERIFY2(store, errorText(store).c_str());
            auto done = store->transaction([&](Transaction& tx) -> Result<void> {
                auto recorded = tx.recordImport(record);
                if (!recorded) return std::unexpected(recorded.error());
                id = *recorded;
                if (auto r = tx.recordRejectedRow(id, 7, 3, "date is not YYYYMMDD", "1\t2020-13-01\t…"); !r) return r;
                if (auto r = tx.recordRejectedRow(id, 2, 0, "wrong column count: 12, expected 61", "太短"); !r) return r;
                if (auto r = tx.recordRejectedRow(id, 9, 1, "too long", longRaw); !r) return r;
                return tx.finishImport(id, import_status::ok, R"({"read":10,"kept":7,"rejected":3})");
            });
            QVERIFY2(done, errorText(done).c_str());
            QVERIFY(id > 0);
            auto badKind = store->transaction([](Transaction& tx) -> Result<void> {
                auto r = tx.recordImport({.kind = "tweets", .fileName = "t.csv"});
                if (!r) return std::unexpected(r.error());
                return ok();
            });
            QVERIFY(!badKind);
            QCOMPARE(badKind.error().code, std::string("constraint"));
            auto badJson = store->transaction([](Transaction& tx) -> Result<void> {
                auto r = tx.recordImport({.kind = "gdelt", .fileName = "g.csv", .settingsJson = "{oops"});
                if (!r) return std::unexpected(r.error());
                return ok();
            });
            QVERIFY(!badJson);
            QCOMPARE(badJson.error().code, std::string("parse"));
            auto unknownId = store->transaction([](Transaction& tx) { return tx.finishImport(999, "ok", "{}"); });
            QVERIFY(!unknownId);
            QCOMPARE(unknownId.error().code, std::string("not-found"));
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        auto imports = store->imports();
        QVERIFY2(imports, errorText(imports).c_str());
        QCOMPARE(imports->size(), std::size_t{1});
        const ImportRecord& got = imports->front();
        QCOMPARE(got.id, id);
        QCOMPARE(got.kind, record.kind);
        QCOMPARE(got.fileName, record.fileName);
        QCOMPARE(got.fileSize, record.fileSize);
        QCOMPARE(got.sha256, record.sha256);
        QCOMPARE(got.startedAt, record.startedAt);
        QCOMPARE(got.status, std::string("ok"));
        QCOMPARE(got.countsJson, std::string(R"({"read":10,"kept":7,"rejected":3})"));
        QCOMPARE(got.settingsJson, record.settingsJson);
        QCOMPARE(got.finishedAt.size(), std::size_t{20});

        auto rejects = store->rejectedRows(id);
        QVERIFY2(rejects, errorText(rejects).c_str());
        QCOMPARE(rejects->size(), std::size_t{3});
        QVERIFY(rejects->at(0) == (RejectedRow{id, 2, 0, "wrong column count: 12, expected 61", "太短"}));
        QVERIFY(rejects->at(1) == (RejectedRow{id, 7, 3, "date is not YYYYMMDD", "1\t2020-13-01\t…"}));
        const std::string& cut = rejects->at(2).raw;
        QVERIFY(cut.size() < longRaw.size());
        QVERIFY(cut.size() <= RejectedRow::kMaxRawBytes + 3);  // + "…"
        QVERIFY(cut.ends_with("…"));
        // Cut on a character boundary: without the mark, whole "行" (3 bytes) after "x".
        QCOMPARE((cut.size() - 3 - 1) % 3, std::size_t{0});
        QVERIFY(longRaw.starts_with(cut.substr(0, cut.size() - 3)));
        auto none = store->rejectedRows(id + 1);
        QVERIFY2(none, errorText(none).c_str());
        QVERIFY(none->empty());
    }

    void moveKeepsTheConnection()
    {
        const auto pathA = freshPath();
        const auto pathB = freshPath();
        auto a = ProjectStore::create(pathA, sampleUnits(), "a");
        auto b = ProjectStore::create(pathB, UnitSet{}, "b");
        QVERIFY2(a && b, (errorText(a) + errorText(b)).c_str());
        ProjectStore moved(std::move(*a));
        QCOMPARE(moved.path(), pathA);
        QCOMPARE(countOf(moved, "units"), std::int64_t{3});
        moved = std::move(*b);  // closes A's handle, takes B's
        QCOMPARE(moved.path(), pathB);
        QCOMPARE(countOf(moved, "units"), std::int64_t{0});
        QVERIFY(moved.handle() != nullptr);
        // A was closed: its WAL was checkpointed and removed.
        QVERIFY(!fs::exists(pathA + "-wal"));
    }
};

QTEST_APPLESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
