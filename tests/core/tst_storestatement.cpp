// Statement (the RAII prepared-statement wrapper) and the store's SQLite error codes.
#include "store/SqliteError.h"
#include "store/Statement.h"

#include <QTest>

#include <sqlite3.h>

#include <vector>

using namespace aitocracy::core;

namespace {

template <typename T>
std::string errorText(const Result<T>& r)
{
    return r ? std::string() : r.error().code + ": " + r.error().describe();
}

}  // namespace

class TestStoreStatement : public QObject {
    Q_OBJECT

private:
    sqlite3* db_ = nullptr;

private Q_SLOTS:
    void init()
    {
        QCOMPARE(sqlite3_open(":memory:", &db_), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db_, "CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB) STRICT", nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }
    void cleanup()
    {
        QCOMPARE(sqlite3_close(db_), SQLITE_OK);  // fails if a Statement leaked
        db_ = nullptr;
    }

    void bindRunAndReadBack()
    {
        auto insert = Statement::prepare(db_, "INSERT INTO t VALUES (?, ?, ?, ?) -- trailing comment");
        QVERIFY2(insert, errorText(insert).c_str());
        const std::vector<std::uint8_t> blob = {0, 1, 2, 255};
        insert->bindInt(1, 9007199254740993).bindDouble(2, 0.1).bindText(3, "合肥 Hefei").bindBlob(4, blob);
        QVERIFY(insert->run().has_value());
        // Reusable after run(): second row with NULLs and an empty (non-NULL) blob.
        insert->bindNull(1).bindOptionalDouble(2, std::nullopt).bindOptionalText(3, std::nullopt).bindBlob(4, {});
        QVERIFY(insert->run().has_value());

        auto select = Statement::prepare(db_, "SELECT i, d, s, b FROM t ORDER BY rowid");
        QVERIFY2(select, errorText(select).c_str());
        QCOMPARE(select->columnCount(), 4);
        QVERIFY(select->step().value_or(false));
        QCOMPARE(select->columnInt(0), std::int64_t{9007199254740993});
        QCOMPARE(select->columnDouble(1), 0.1);
        QCOMPARE(select->columnText(2), std::string("合肥 Hefei"));
        const auto got = select->columnBlob(3);
        QCOMPARE(std::vector<std::uint8_t>(got.begin(), got.end()), blob);
        QVERIFY(select->step().value_or(false));
        QVERIFY(select->columnIsNull(0));
        QVERIFY(!select->columnOptionalDouble(1).has_value());
        QVERIFY(!select->columnOptionalText(2).has_value());
        QVERIFY(!select->columnIsNull(3));
        QVERIFY(select->columnBlob(3).empty());
        auto end = select->step();
        QVERIFY(end.has_value());
        QVERIFY(!*end);
    }

    void bindErrorIsReportedByStep()
    {
        auto insert = Statement::prepare(db_, "INSERT INTO t (i) VALUES (:value)");
        QVERIFY2(insert, errorText(insert).c_str());
        QCOMPARE(insert->parameterIndex(":value"), 1);
        QCOMPARE(insert->parameterIndex(":nope"), 0);
        insert->bindInt(1, 1).bindText(7, "no such parameter");
        auto r = insert->run();
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("sqlite"));  // SQLITE_RANGE
        QCOMPARE(r.error().context, std::string("parameter 7"));
        // The error is consumed: the next run inserts.
        QVERIFY(insert->run().has_value());
        auto count = Statement::prepare(db_, "SELECT count(*) FROM t");
        QVERIFY(count && count->step().value_or(false));
        QCOMPARE(count->columnInt(0), std::int64_t{1});
    }

    void prepareRefusesBadSql()
    {
        auto two = Statement::prepare(db_, "SELECT 1; SELECT 2");
        QVERIFY(!two);
        QVERIFY(two.error().message.find("more than one") != std::string::npos);
        auto none = Statement::prepare(db_, "  -- nothing\n");
        QVERIFY(!none);
        auto typo = Statement::prepare(db_, "SELEC 1");
        QVERIFY(!typo);
        QCOMPARE(typo.error().code, std::string("sqlite"));
        QCOMPARE(typo.error().context, std::string("SELEC 1"));
    }

    void strictTypeErrorIsConstraint()
    {
        auto insert = Statement::prepare(db_, "INSERT INTO t (i) VALUES (?)");
        QVERIFY(insert.has_value());
        insert->bindText(1, "not a number");
        auto r = insert->run();
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("constraint"));
    }

    void moveTransfersOwnership()
    {
        auto prepared = Statement::prepare(db_, "SELECT 7");
        QVERIFY(prepared.has_value());
        Statement a = std::move(*prepared);
        QVERIFY(prepared->handle() == nullptr);
        Statement b = std::move(a);
        QVERIFY(a.handle() == nullptr);
        auto other = Statement::prepare(db_, "SELECT 8");
        QVERIFY(other.has_value());
        b = std::move(*other);  // finalizes "SELECT 7"
        QVERIFY(b.step().value_or(false));
        QCOMPARE(b.columnInt(0), std::int64_t{8});
    }

    void errorCodesAreStable()
    {
        QCOMPARE(sqliteErrorCode(SQLITE_CORRUPT), std::string("corrupt"));
        QCOMPARE(sqliteErrorCode(SQLITE_IOERR_SHORT_READ), std::string("corrupt"));
        QCOMPARE(sqliteErrorCode(SQLITE_NOTADB), std::string("format"));
        QCOMPARE(sqliteErrorCode(SQLITE_CONSTRAINT_FOREIGNKEY), std::string("constraint"));
        QCOMPARE(sqliteErrorCode(SQLITE_BUSY), std::string("busy"));
        QCOMPARE(sqliteErrorCode(SQLITE_CANTOPEN), std::string("io"));
        QCOMPARE(sqliteErrorCode(SQLITE_ERROR), std::string("sqlite"));
    }
};

QTEST_APPLESS_MAIN(TestStoreStatement)
#include "tst_storestatement.moc"
