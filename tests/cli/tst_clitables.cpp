// `aitocracy-cli import firms|software|weather|covariates` as a user meets it: a missing
// project is created with the built-in map, the text output lists rejected rows as
// file:line:column, --format json gives the report, --map and --encoding are honoured,
// errors change nothing, and the demonstration world's raw firms, software and weather
// files come back into a new project as the very rows of the world.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <string>
#include <vector>

#include "../core/SqliteQuery.h"
#include "CliSupport.h"
#include "common/TextEncodingConverter.h"

using aitocracy::test::query;
using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

namespace {

QByteArray gb18030(const char* utf8)
{
    auto conv = aitocracy::core::TextEncodingConverter::open("UTF-8", "GB18030");
    if (!conv) qFatal("%s", conv.error().describe().c_str());
    std::string out;
    if (!conv->append(utf8, out)) qFatal("cannot convert to GB18030");
    return QByteArray::fromStdString(out);
}

std::string scalar(const QString& project, const std::string& sql)
{
    std::string value;
    query(project.toStdString(), sql, [&](const std::vector<std::string>& r) { value = r[0]; });
    return value;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList importArgs(const char* kind, const QString& project, const QString& file, const QStringList& more = {})
{
    return QStringList{QStringLiteral("import"), QString::fromLatin1(kind), QStringLiteral("--project"), project} +
           more + QStringList{file};
}

const QStringList kJson{QStringLiteral("--format"), QStringLiteral("json")};

}  // namespace

class TestCliTables : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString write(const char* name, const QByteArray& bytes) { return aitocracy::test::writeFile(dir_, name, bytes); }
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void importsIntoANewProjectAndListsRejectedRows()
    {
        const QString project = path("new.aitocracy");
        const QString firms =
            write("firms.csv", "firm_id,name,is_ai\nF1,\"商汤, 科技\",是\nF2,某某公司,no\nF3,bad,2\n");
        const Run r = runCli(importArgs("firms", project, firms, kJson));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(project));
        const QJsonObject report = json(r);
        QCOMPARE(report[QStringLiteral("kind")].toString(), QStringLiteral("firms"));
        QCOMPARE(report[QStringLiteral("rows_read")].toInt(), 3);
        QCOMPARE(report[QStringLiteral("stored")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("rejected")].toInt(), 1);
        const QJsonObject bad = report[QStringLiteral("rejected_rows")].toArray().first().toObject();
        QCOMPARE(bad[QStringLiteral("line")].toInt(), 4);
        QCOMPARE(bad[QStringLiteral("column")].toInt(), 3);
        QCOMPARE(scalar(project, "SELECT name FROM firms WHERE firm_id = 'F1'"), std::string("商汤, 科技"));
        QCOMPARE(scalar(project, "SELECT count(*) FROM units"), std::string("367"));  // the built-in map

        // Text output: the counts, then each rejected row as file:line:column: reason.
        const QString software = write("software.csv",
                                       "firm_id,year,software_total,software_government,software_commercial\n"
                                       "F1,2016,5,2,3\nF1,2017,x,2,3\nF9,2016,1,1,0\n");
        const Run t = runCli(importArgs("software", project, software));
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QVERIFY2(t.out.contains(QStringLiteral("stored: 1\n")), qPrintable(t.out));
        QVERIFY2(t.out.contains(QStringLiteral("rejected: 2\n")), qPrintable(t.out));
        QVERIFY2(t.out.contains(QStringLiteral("rejected ") + software +
                                QStringLiteral(":3:3: software_total: expected a whole number")),
                 qPrintable(t.out));
        QVERIFY2(t.out.contains(QStringLiteral("rejected ") + software + QStringLiteral(":4:1: unknown firm_id F9")),
                 qPrintable(t.out));

        // Once more: nothing new, the stored row is a duplicate.
        const Run again = runCli(importArgs("software", project, software, kJson));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(json(again)[QStringLiteral("stored")].toInt(), 0);
        QCOMPARE(json(again)[QStringLiteral("duplicates")].toInt(), 1);
        QCOMPARE(scalar(project, "SELECT count(*) FROM imports WHERE kind = 'software'"), std::string("2"));
    }

    void readsGb18030AndHonoursMapAndEncoding()
    {
        const QString project = path("gb.aitocracy");
        const QString weather =
            write("weather-gb.csv",
                  gb18030("地区,日期,降水量（毫米）,气温(℃)\n340102,2016年3月5日,1.5,12\n110105,2016-03-05,,3\n"));
        const QStringList map{QStringLiteral("--map"), QStringLiteral("prefecture_code=地区")};
        const Run r = runCli(importArgs("weather", project, weather, map + kJson));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = json(r);
        QCOMPARE(report[QStringLiteral("encoding")].toString(), QStringLiteral("GB18030"));
        QCOMPARE(report[QStringLiteral("stored")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("recoded")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("mapping")].toObject()[QStringLiteral("rain_mm")].toString(),
                 QStringLiteral("降水量（毫米）"));
        QCOMPARE(scalar(project,
                        "SELECT group_concat(v, ' ') FROM (SELECT unit_code || ':' || ifnull(rain_mm, 'NULL') AS v "
                        "FROM weather ORDER BY unit_code)"),
                 std::string("110000:NULL 340100:1.5"));

        const QString covariates = write("cov.csv", gb18030("区划代码,时间,指标,数值\n340100,2016Q3,人口,7.5\n"));
        const Run c = runCli(importArgs("covariates", project, covariates,
                                        QStringList{QStringLiteral("--encoding"), QStringLiteral("gb18030")} + kJson));
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QCOMPARE(json(c)[QStringLiteral("stored")].toInt(), 1);
        QCOMPARE(scalar(project, "SELECT name || '=' || value FROM covariates WHERE period = '2016Q3'"),
                 std::string("人口=7.5"));
        QVERIFY(scalar(project, "SELECT settings_json FROM imports WHERE kind = 'covariates'")
                    .find("\"encoding\":\"GB18030\"") != std::string::npos);
    }

    void errorsLeaveTheProjectUnchanged()
    {
        const QString project = path("err.aitocracy");
        const QString firms = write("ok-firms.csv", "firm_id,name,is_ai\nF1,甲,1\n");
        QCOMPARE(runCli(importArgs("firms", project, firms)).exitCode, 0);
        const std::string before =
            scalar(project, "SELECT count(*) || '/' || (SELECT count(*) FROM imports) FROM firms");

        const QString noColumn = write("no-column.csv", "firm_id,name\nF2,乙\n");
        const Run r = runCli(importArgs("firms", project, noColumn));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(QStringLiteral("aitocracy-cli: ") + noColumn + QStringLiteral(": no column for is_ai")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the header has firm_id, name")), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("(the project is unchanged)")), qPrintable(r.err));

        const Run missing = runCli(importArgs("firms", project, path("nowhere.csv")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere.csv")), qPrintable(missing.err));

        const Run badMap =
            runCli(importArgs("firms", project, firms, {QStringLiteral("--map"), QStringLiteral("firm_id")}));
        QCOMPARE(badMap.exitCode, 1);
        QVERIFY2(badMap.err.contains(QStringLiteral("expected field=column")), qPrintable(badMap.err));

        const Run badEncoding =
            runCli(importArgs("firms", project, firms, {QStringLiteral("--encoding"), QStringLiteral("latin1")}));
        QCOMPARE(badEncoding.exitCode, 1);
        QVERIFY2(badEncoding.err.contains(QStringLiteral("utf-8 or gb18030")), qPrintable(badEncoding.err));

        QCOMPARE(scalar(project, "SELECT count(*) || '/' || (SELECT count(*) FROM imports) FROM firms"), before);
    }

    // The demonstration world's raw tables, imported into a new project, are the world's
    // rows: every firm and software row exactly; every weather row with the same key and
    // missing cells, and values equal at the single precision the simulator draws them in
    // (its raw file prints the float's shortest decimal, "10.3" for 10.3000001907349, and
    // the importer keeps the decimal as written).
    void demoRawFilesRoundTrip()
    {
        const QString world = path("world.aitocracy"), raw = path("raw"), project = path("reimported.aitocracy");
        const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), world, QStringLiteral("--raw-dir"),
                                 raw, QStringLiteral("--contracts"), QStringLiteral("5000"), QStringLiteral("--quiet")},
                                300000);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        for (const char* kind : {"firms", "software", "weather"}) {
            const Run r =
                runCli(importArgs(kind, project,
                                  raw + QLatin1Char('/') + QString::fromLatin1(kind) + QStringLiteral(".csv"), kJson),
                       300000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(json(r)[QStringLiteral("rejected")].toInt(), 0);
            QCOMPARE(json(r)[QStringLiteral("duplicates")].toInt(), 0);
        }

        // Counts over the new project with the world attached as "w".
        auto count = [&](const std::string& sql) {
            sqlite3* db = nullptr;
            if (sqlite3_open_v2(project.toStdString().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
                qFatal("cannot open");
            const std::string attach = "ATTACH '" + world.toStdString() + "' AS w";
            if (sqlite3_exec(db, attach.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                qFatal("%s", sqlite3_errmsg(db));
            std::string value = "-1";
            query(db, sql, [&](const std::vector<std::string>& r) { value = r[0]; });
            sqlite3_close(db);
            return std::stoll(value);
        };
        const std::int64_t firms = count("SELECT count(*) FROM w.firms");
        const std::int64_t software = count("SELECT count(*) FROM w.software_output");
        const std::int64_t weather = count("SELECT count(*) FROM w.weather");
        QVERIFY(firms > 1000 && software > 1000 && weather > 100000);
        QCOMPARE(count("SELECT count(*) FROM main.firms"), firms);
        QCOMPARE(count("SELECT count(*) FROM main.software_output"), software);
        QCOMPARE(count("SELECT count(*) FROM main.weather"), weather);
        // Joined on the key, every row matches.
        QCOMPARE(count("SELECT count(*) FROM w.firms AS a JOIN main.firms AS b USING (firm_id) "
                       "WHERE a.name IS b.name AND a.is_ai IS b.is_ai"),
                 firms);
        QCOMPARE(
            count("SELECT count(*) FROM w.software_output AS a JOIN main.software_output AS b USING (firm_id, year) "
                  "WHERE a.software_total IS b.software_total AND a.software_government IS b.software_government "
                  "AND a.software_commercial IS b.software_commercial"),
            software);
        // Exactly: the demo stores the one-decimal values its raw files print.
        QCOMPARE(count("SELECT count(*) FROM w.weather AS a JOIN main.weather AS b USING (unit_code, date) "
                       "WHERE a.rain_mm IS b.rain_mm AND a.temp_c IS b.temp_c"),
                 weather);
        // Each file is one import with the rows it brought.
        QCOMPARE(count("SELECT count(*) FROM imports WHERE status = 'ok' AND kind IN ('firms', 'software', 'weather')"),
                 3);
        QCOMPARE(
            count("SELECT count(*) FROM weather WHERE import_id = (SELECT id FROM imports WHERE kind = 'weather')"),
            weather);
    }
};

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_clitables.moc"
