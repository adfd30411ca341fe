// ProjectStore against files it must refuse (missing, empty, not SQLite, another
// program's database, damaged, newer schema), the migration machinery, and the safety
// settings of the connection (defensive mode, no extensions, untrusted schema).
#include "TestSupport.h"
#include "store/Migrator.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

using namespace aitocracy::core;
using aitocracy::test::errorText;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Runs SQL on a plain connection (no store settings), as a hand-made file would be made.
bool rawExec(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    bool done = sqlite3_open(path.c_str(), &db) == SQLITE_OK &&
                sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return done;
}

std::int64_t rawInt(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

std::string rawText(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    std::string value = "<none>";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return value;
}

// `count` units with 300-vertex outlines, so the file spans many pages.
UnitSet bigUnits(int count)
{
    UnitSet set;
    set.attribution = "test";
    for (int i = 0; i < count; ++i) {
        Unit u;
        u.code = std::to_string(110000 + i * 100);
        u.nameZh = "单元" + std::to_string(i);
        u.nameEn = "Unit " + std::to_string(i);
        u.provinceCode = "110000";
        u.kind = unit_kind::prefecture;
        Ring ring;
        for (int k = 0; k < 300; ++k) {
            const double a = 2 * M_PI * k / 300;
            ring.push_back({100.0 + i * 0.1 + 0.04 * std::cos(a), 30.0 + 0.04 * std::sin(a)});
        }
        ring.push_back(ring.front());
        u.geometry = {Polygon{{ring}}};
        u.drawing = u.geometry;
        set.units.push_back(std::move(u));
    }
    return set;
}

// The real migrations followed by test migrations.
std::vector<Migration> withExtra(std::initializer_list<Migration> extra)
{
    std::vector<Migration> list(migrations().begin(), migrations().end());
    list.insert(list.end(), extra);
    return list;
}

}  // namespace

class TestProjectStoreFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int serial_ = 0;
    std::string freshPath(const char* name = "p")
    {
        return (fs::path(dir_.path().toStdString()) / (name + std::to_string(++serial_) + ".aitocracy")).string();
    }
    std::string makeProject(const UnitSet& units)
    {
        const auto path = freshPath();
        auto store = ProjectStore::create(path, units, "builtin");
        if (!store) return {};
        // Add rows in other tables too, so damage can land in any kind of page.
        auto done = store->transaction([&units](Transaction& tx) -> Result<void> {
            auto insert = tx.prepare("INSERT INTO weather (unit_code, date, rain_mm) VALUES (?, ?, ?)");
            if (!insert) return std::unexpected(insert.error());
            for (const auto& u : units.units)
                for (int d = 10; d < 28; ++d) {
                    insert->bindText(1, u.code).bindText(2, "2020-02-" + std::to_string(d)).bindDouble(3, d * 0.1);
                    if (auto r = insert->run(); !r) return r;
                }
            return ok();
        });
        return done ? path : std::string();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void missingFileIsIo()
    {
        const auto path = freshPath("missing");
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("io"));
        QVERIFY(!fs::exists(path));  // open never creates
        auto folder = ProjectStore::open(dir_.path().toStdString());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, std::string("io"));
    }

    void textFileIsFormatAndNamed()
    {
        const auto path = freshPath("hello");
        writeBytes(path, "hello");
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("format"));
        QVERIFY2(store.error().message.find(fs::path(path).filename().string()) != std::string::npos,
                 store.error().message.c_str());
        QVERIFY(store.error().message.find("not an SQLite database") != std::string::npos);
        QCOMPARE(readBytes(path), std::string("hello"));
    }

    void emptyFileIsFormat()
    {
        const auto path = freshPath("empty");
        writeBytes(path, "");
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("format"));
        QVERIFY(store.error().message.find("empty") != std::string::npos);
        QCOMPARE(fs::file_size(path), std::uintmax_t{0});
        QVERIFY(!fs::exists(path + "-wal"));
    }

    void otherSqliteDatabaseIsFormat()
    {
        const auto other = freshPath("other");
        QVERIFY(rawExec(other, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"));
        const auto bytes = readBytes(other);
        auto store = ProjectStore::open(other);
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("format"));
        QVERIFY(store.error().message.find(fs::path(other).filename().string()) != std::string::npos);
        QCOMPARE(readBytes(other), bytes);  // untouched: not switched to WAL, not migrated

        // Our application id and a schema version, but no meta table: not a project either.
        const auto fake = freshPath("fake");
        QVERIFY(rawExec(fake, "PRAGMA application_id = " + std::to_string(kApplicationId) +
                                  "; PRAGMA user_version = 1; CREATE TABLE t (x);"));
        auto fakeStore = ProjectStore::open(fake);
        QVERIFY(!fakeStore);
        QCOMPARE(fakeStore.error().code, std::string("format"));
        QVERIFY(fakeStore.error().message.find("meta") != std::string::npos);
    }

    void damagedProjectIsRefusedWithoutCrash()
    {
        const auto original = makeProject(bigUnits(60));
        QVERIFY(!original.empty());
        const auto bytes = readBytes(original);
        QVERIFY2(bytes.size() > 200 * 1024, std::to_string(bytes.size()).c_str());  // many pages
        {
            auto intact = ProjectStore::open(original);
            QVERIFY2(intact, errorText(intact).c_str());
        }

        std::mt19937 random(20240501);
        auto garbage = [&random](std::string& b, std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) b[i] = static_cast<char>(random() & 0xff);
        };
        struct Case {
            const char* name;
            std::string bytes;
            const char* code = "corrupt";
        };
        std::vector<Case> cases;
        {
            auto middle = bytes;  // a range of pages in the middle overwritten
            garbage(middle, middle.size() * 2 / 5, middle.size() * 3 / 5);
            cases.push_back({"middle", std::move(middle)});
        }
        {
            auto onePage = bytes;  // a single page (the 3rd) overwritten
            garbage(onePage, 2 * 4096, 3 * 4096);
            cases.push_back({"page3", std::move(onePage)});
        }
        {
            auto header = bytes;  // the SQLite header itself
            garbage(header, 0, 100);
            cases.push_back({"header", std::move(header), "format"});
        }
        cases.push_back({"truncated", bytes.substr(0, bytes.size() / 2)});
        cases.push_back({"firstPageOnly", bytes.substr(0, 4096)});

        for (const auto& c : cases) {
            const auto path = freshPath(c.name);
            writeBytes(path, c.bytes);
            auto store = ProjectStore::open(path);
            QVERIFY2(!store, c.name);
            QVERIFY2(store.error().code == c.code, (std::string(c.name) + " → " + errorText(store)).c_str());
            QVERIFY2(store.error().message.find(fs::path(path).filename().string()) != std::string::npos,
                     store.error().message.c_str());
        }
    }

    void newerSchemaIsRefusedAndFileUntouched()
    {
        const auto path = makeProject(bigUnits(2));
        QVERIFY(!path.empty());
        QVERIFY(rawExec(path, "PRAGMA user_version = 999"));
        const auto bytes = readBytes(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("schema"));
        const auto& message = store.error().message;
        QVERIFY2(message.find("newer version") != std::string::npos, message.c_str());
        QVERIFY2(message.find("schema 999") != std::string::npos, message.c_str());
        QVERIFY2(message.find("reads up to " + std::to_string(currentSchemaVersion())) != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find(fs::path(path).filename().string()) != std::string::npos, message.c_str());
        QCOMPARE(readBytes(path), bytes);
    }

    // Version 0 = an SQLite file that carries the project application id and nothing
    // else (decision documented in Schema.h). open() brings it to the current version.
    void versionZeroIsMigratedToCurrent()
    {
        const auto path = freshPath("v0");
        QVERIFY(rawExec(path, "PRAGMA application_id = " + std::to_string(kApplicationId)));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        auto info = store->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->schemaVersion, currentSchemaVersion());
        QCOMPARE(info->counts.size(), dataTables().size());
        for (const auto& [table, count] : info->counts) QCOMPARE(count, std::int64_t{0});
        QCOMPARE(rawInt(store->handle(), "PRAGMA user_version"), std::int64_t{currentSchemaVersion()});
        QCOMPARE(rawText(store->handle(), "PRAGMA journal_mode"), std::string("wal"));
        // The migrated file takes writes like a created one.
        auto done = store->transaction([](Transaction& tx) {
            return tx.exec("INSERT INTO firms (firm_id, name, is_ai) VALUES ('F1', '海康威视', 1)");
        });
        QVERIFY2(done, errorText(done).c_str());
    }

    // A project written by schema 1 (before the gazetteer) opens and is migrated: the
    // places table appears (empty: place rows come with new projects) and contracts gain
    // matched_keywords, with their rows intact.
    void versionOneIsMigratedForward()
    {
        const auto path = freshPath("v1");
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            QVERIFY(sqlite3_exec(db, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str(), nullptr,
                                 nullptr, nullptr) == SQLITE_OK);
            auto v1 = migrate(db, migrations().first(1));
            QVERIFY2(v1, errorText(v1).c_str());
            QCOMPARE(*v1, 1);
            QCOMPARE(sqlite3_exec(db, R"sql(
                INSERT INTO meta (key, value) VALUES ('app_version', '0.1.0');
                INSERT INTO units (code, name_zh, name_en, province_code, province_name_zh, province_name_en, kind,
                                   geometry, drawing)
                VALUES ('340100', '合肥市', 'Hefei', '340000', '安徽省', 'Anhui', 'prefecture-level', x'00', x'00');
                INSERT INTO contracts (contract_id, signed_date, buyer, unit_code, class)
                VALUES ('C1', '2016-03-05', '合肥市公安局', '340100', 'ai_public_security');)sql",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'places'"), std::int64_t{0});
            sqlite3_close(db);
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QCOMPARE(rawInt(store->handle(), "PRAGMA user_version"), std::int64_t{currentSchemaVersion()});
        QCOMPARE(rawInt(store->handle(), "SELECT count(*) FROM places"), std::int64_t{0});
        QCOMPARE(rawText(store->handle(), "SELECT buyer || '|' || matched_keywords || '|' || unit_code FROM contracts"),
                 std::string("合肥市公安局||340100"));
        auto info = store->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->counts.at("places"), std::int64_t{0});
        QCOMPARE(info->counts.at("contracts"), std::int64_t{1});
        // The new table takes rows under its checks.
        auto done = store->transaction([](Transaction& tx) {
            return tx.exec(
                "INSERT INTO places (code, name_zh, level, unit_code) VALUES ('340102', '瑶海区', 'county', '340100')");
        });
        QVERIFY2(done, errorText(done).c_str());
        auto refused = store->transaction([](Transaction& tx) {
            return tx.exec("INSERT INTO places (code, name_zh, level) VALUES ('340102', '瑶海', 'district')");
        });
        QVERIFY(!refused);
    }

    // A project written by schema 2 opens as schema 3 with every row as it was: contracts
    // keep their rowids and every value (NULL amount and unit included), the other tables
    // their rows. The contracts' indexes are gone, and deleting an import still deletes
    // its contracts (a trigger now) and its refused rows (a foreign key, as before).
    void versionTwoIsMigratedToThree()
    {
        const auto path = freshPath("v2");
        const std::string contractsDump =
            "SELECT group_concat(quote(id) || ',' || quote(contract_id) || ',' || quote(import_id) || ',' || "
            "quote(signed_date) || ',' || quote(buyer) || ',' || quote(buyer_region_code) || ',' || "
            "quote(buyer_region_name) || ',' || quote(supplier) || ',' || quote(supplier_id) || ',' || "
            "quote(amount_yuan) || ',' || quote(title) || ',' || quote(unit_code) || ',' || quote(placement_rule) || "
            "',' || quote(class) || ',' || quote(matched_keywords), '|') FROM (SELECT * FROM contracts ORDER BY id)";
        const std::string expected =
            "5,'C1',1,'2016-03-05','合肥市公安局','340100','合肥市','某科技公司','91340100X',123456.5,"
            "'人脸识别系统','340100','region_code','ai_public_security','buyer:公安;ai:人脸识别'|"
            "9,'C2',2,'2017-01-02','某某县城管局','','','某公司','',NULL,'办公家具',NULL,'','other',''|"
            "12,'C3',2,'2018-12-31','芜湖市公安局','','','某公司','',800.0,'视频监控','340200',"
            "'buyer_name_prefecture','surveillance','buyer:公安;surveillance:视频监控'";
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            QVERIFY(sqlite3_exec(db, ("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str(), nullptr,
                                 nullptr, nullptr) == SQLITE_OK);
            auto v2 = migrate(db, migrations().first(2));
            QVERIFY2(v2, errorText(v2).c_str());
            QCOMPARE(*v2, 2);
            QCOMPARE(sqlite3_exec(db, R"sql(
                INSERT INTO meta (key, value) VALUES ('app_version', '0.2.0');
                INSERT INTO units (code, name_zh, name_en, province_code, province_name_zh, province_name_en, kind,
                                   geometry, drawing)
                VALUES ('340100', '合肥市', 'Hefei', '340000', '安徽省', 'Anhui', 'prefecture-level', x'00', x'00'),
                       ('340200', '芜湖市', 'Wuhu', '340000', '安徽省', 'Anhui', 'prefecture-level', x'00', x'00');
                INSERT INTO places (code, name_zh, level, unit_code) VALUES ('340100', '合肥市', 'prefecture', '340100');
                INSERT INTO imports (id, kind, file_name, file_size, sha256, started_at, finished_at, status)
                VALUES (1, 'contracts', 'a.csv', 10, '', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', 'ok'),
                       (2, 'contracts', 'b.csv', 20, '', '2024-01-02T00:00:00Z', '2024-01-02T00:00:01Z', 'ok');
                INSERT INTO import_rejects (import_id, line, "column", reason, raw)
                VALUES (2, 4, 2, 'bad date', 'C9,x'), (1, 3, 0, 'too few fields', 'C8');
                INSERT INTO contracts (id, contract_id, import_id, signed_date, buyer, buyer_region_code,
                    buyer_region_name, supplier, supplier_id, amount_yuan, title, unit_code, placement_rule, class,
                    matched_keywords)
                VALUES (5, 'C1', 1, '2016-03-05', '合肥市公安局', '340100', '合肥市', '某科技公司', '91340100X',
                        123456.5, '人脸识别系统', '340100', 'region_code', 'ai_public_security',
                        'buyer:公安;ai:人脸识别'),
                       (9, 'C2', 2, '2017-01-02', '某某县城管局', '', '', '某公司', '', NULL, '办公家具', NULL, '',
                        'other', ''),
                       (12, 'C3', 2, '2018-12-31', '芜湖市公安局', '', '', '某公司', '', 800, '视频监控', '340200',
                        'buyer_name_prefecture', 'surveillance', 'buyer:公安;surveillance:视频监控');)sql",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(rawText(db, contractsDump), expected);
            QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contracts'"),
                     std::int64_t{5});
            sqlite3_close(db);
        }
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        QCOMPARE(store->schemaVersion(), 3);
        sqlite3* db = store->handle();
        QCOMPARE(rawText(db, contractsDump), expected);
        QCOMPARE(rawInt(db, "SELECT count(*) FROM units"), std::int64_t{2});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM places"), std::int64_t{1});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM imports"), std::int64_t{2});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM import_rejects"), std::int64_t{2});
        QCOMPARE(rawText(db, "SELECT value FROM meta WHERE key = 'app_version'"), std::string("0.2.0"));
        QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contracts'"),
                 std::int64_t{0});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'contracts_v3'"), std::int64_t{0});
        auto info = store->info();
        QVERIFY2(info, errorText(info).c_str());
        QCOMPARE(info->counts.at("contracts"), std::int64_t{3});
        QCOMPARE(info->contractsUnplaced, std::int64_t{1});
        QCOMPARE(info->contractsByClass.at("surveillance"), std::int64_t{1});
        QCOMPARE(info->contractsByClass.count("ai_other"), std::size_t{0});
        QCOMPARE(info->periods.at("contracts"), std::make_pair(std::string("2016-03-05"), std::string("2018-12-31")));
        // Deleting import 2 takes its two contracts and its refused row with it.
        auto deleted = store->transaction([](Transaction& tx) { return tx.exec("DELETE FROM imports WHERE id = 2"); });
        QVERIFY2(deleted, errorText(deleted).c_str());
        QCOMPARE(rawText(db, "SELECT group_concat(contract_id) FROM contracts"), std::string("C1"));
        QCOMPARE(rawInt(db, "SELECT count(*) FROM import_rejects"), std::int64_t{1});
        // The class check is still there.
        auto refused = store->transaction([](Transaction& tx) {
            return tx.exec("INSERT INTO contracts (contract_id, signed_date, class) VALUES ('C4', '2019-01-01', 'ai')");
        });
        QVERIFY(!refused);
    }

    void migrationsChainForward()
    {
        // Hand-made version-0 file taken through the real migrations and two more
        // (versions v + 1 and v + 2, v = the current version) in one go.
        const int v = currentSchemaVersion();
        const auto path = freshPath("chain");
        QVERIFY(rawExec(path, "PRAGMA application_id = " + std::to_string(kApplicationId)));
        const auto list = withExtra({
            Migration{v + 1, "add extra", "CREATE TABLE extra (x INTEGER) STRICT; INSERT INTO extra VALUES (42);"},
            Migration{v + 2, "add column", "ALTER TABLE extra ADD COLUMN y TEXT NOT NULL DEFAULT 'v3';"},
        });
        {
            auto store = ProjectStore::open(path);  // → version v with the real list
            QVERIFY2(store, errorText(store).c_str());
            QCOMPARE(store->schemaVersion(), v);
            auto migrated = migrate(store->handle(), list);  // version v → v + 2
            QVERIFY2(migrated, errorText(migrated).c_str());
            QCOMPARE(*migrated, v + 2);
            QCOMPARE(rawInt(store->handle(), "PRAGMA user_version"), std::int64_t{v + 2});
            QCOMPARE(rawInt(store->handle(), "SELECT x FROM extra"), std::int64_t{42});
            QCOMPARE(rawText(store->handle(), "SELECT y FROM extra"), std::string("v3"));
            auto again = migrate(store->handle(), list);  // nothing left to do
            QVERIFY2(again, errorText(again).c_str());
            QCOMPARE(*again, v + 2);
        }
        // This program only knows version v: the file is now "from a newer version".
        auto reopened = ProjectStore::open(path);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, std::string("schema"));
        QVERIFY(reopened.error().message.find("schema " + std::to_string(v + 2)) != std::string::npos);

        // 0 → v + 2 directly on a fresh version-0 file.
        const auto direct = freshPath("direct");
        QVERIFY(rawExec(direct, "PRAGMA application_id = " + std::to_string(kApplicationId)));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(direct.c_str(), &db), SQLITE_OK);
        auto migrated = migrate(db, list);
        QVERIFY2(migrated, errorText(migrated).c_str());
        QCOMPARE(*migrated, v + 2);
        QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('units', 'meta', 'extra')"),
                 std::int64_t{3});
        sqlite3_close(db);
    }

    void failedMigrationChangesNothing()
    {
        const int v = currentSchemaVersion();
        const auto path = makeProject(bigUnits(2));
        QVERIFY(!path.empty());
        const auto bytes = readBytes(path);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        const auto list = withExtra({
            Migration{v + 1, "fine", "CREATE TABLE two (x INTEGER) STRICT;"},
            Migration{v + 2, "broken", "CREATE TABLE three (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);"},
        });
        auto migrated = migrate(db, list);
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().context.find("migration " + std::to_string(v + 2)) != std::string::npos,
                 errorText(migrated).c_str());
        QCOMPARE(rawInt(db, "PRAGMA user_version"), std::int64_t{v});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('two', 'three')"), std::int64_t{0});

        // A migration that leaves dangling references (foreign keys off on this raw
        // connection) is refused too.
        auto dangling =
            migrate(db, withExtra({Migration{v + 1, "orphan",
                                             "INSERT INTO weather (unit_code, date) VALUES ('nope', '2020-01-01');"}}));
        QVERIFY(!dangling);
        QCOMPARE(dangling.error().code, std::string("schema"));
        QCOMPARE(rawInt(db, "PRAGMA user_version"), std::int64_t{v});
        QCOMPARE(rawInt(db, "SELECT count(*) FROM weather WHERE unit_code = 'nope'"), std::int64_t{0});

        auto gap = migrate(db, withExtra({Migration{v + 2, "gap", "SELECT 1;"}}));
        QVERIFY(!gap);
        QCOMPARE(gap.error().code, std::string("internal"));
        sqlite3_close(db);
        QCOMPARE(readBytes(path), bytes);
    }

    void connectionIsLockedDown()
    {
        const auto path = makeProject(bigUnits(2));
        QVERIFY(!path.empty());
        auto store = ProjectStore::open(path);
        QVERIFY2(store, errorText(store).c_str());
        sqlite3* db = store->handle();
        int defensive = -1;
        QCOMPARE(sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive), SQLITE_OK);
        QCOMPARE(defensive, 1);
        int extensions = -1;
        QCOMPARE(sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &extensions), SQLITE_OK);
        QCOMPARE(extensions, 0);
        QCOMPARE(rawInt(db, "PRAGMA trusted_schema"), std::int64_t{0});
        QCOMPARE(rawInt(db, "PRAGMA foreign_keys"), std::int64_t{1});
        QCOMPARE(rawText(db, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(rawInt(db, "PRAGMA application_id"), std::int64_t{kApplicationId});
        QVERIFY(rawInt(db, "PRAGMA busy_timeout") > 0);

        // Defensive: the schema table cannot be edited even with writable_schema.
        const auto before = rawText(db, "SELECT sql FROM sqlite_schema WHERE name = 'units'");
        (void)sqlite3_exec(db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
        const int rc = sqlite3_exec(db, "UPDATE sqlite_schema SET sql = 'CREATE TABLE units (x)' WHERE name = 'units'",
                                    nullptr, nullptr, nullptr);
        QVERIFY(rc != SQLITE_OK);
        QCOMPARE(rawText(db, "SELECT sql FROM sqlite_schema WHERE name = 'units'"), before);
        // No extension loading through SQL either.
        QVERIFY(sqlite3_exec(db, "SELECT load_extension('libm.so.6')", nullptr, nullptr, nullptr) != SQLITE_OK);
        // The store still works after those attempts.
        auto units = store->loadUnits();
        QVERIFY2(units, errorText(units).c_str());
        QCOMPARE(units->units.size(), std::size_t{2});
    }
};

QTEST_APPLESS_MAIN(TestProjectStoreFiles)
#include "tst_projectstorefiles.moc"
