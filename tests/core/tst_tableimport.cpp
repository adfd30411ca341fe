// The researcher's own tables: firms, software output, weather and covariates from files
// the test writes (UTF-8 and GB18030, Chinese headers, quoted fields), each kind of bad row
// rejected with its line, column and reason, re-imports that change nothing, conflicts,
// and the errors (a missing column, an unreadable file, a broken quote, a cancel) that
// leave the project exactly as it was.
#include <QtTest>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "SqliteQuery.h"
#include "TestSupport.h"
#include "common/Sha256.h"
#include "common/TextEncodingConverter.h"
#include "import/TableImport.h"
#include "store/ProjectStore.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::query;
using aitocracy::test::writeBytes;

namespace {

Unit makeUnit(const std::string& code, const std::string& nameZh, const char* kind)
{
    Unit u;
    u.code = code;
    u.nameZh = nameZh;
    u.nameEn = nameZh;
    u.provinceCode = code.substr(0, 2) + "0000";
    u.provinceNameZh = "测试省";
    u.provinceNameEn = "Test";
    u.kind = kind;
    const Ring ring{{100, 30}, {101, 30}, {101, 31}, {100, 31}, {100, 30}};
    u.geometry = {Polygon{{ring}}};
    u.drawing = u.geometry;
    return u;
}

// A prefecture, a municipality, a renamed prefecture (那曲 542400 -> 540600) and a county
// directly under its province.
UnitSet testUnits()
{
    UnitSet set;
    set.units = {makeUnit("340100", "合肥市", unit_kind::prefecture),
                 makeUnit("110000", "北京市", unit_kind::municipality),
                 makeUnit("540600", "那曲市", unit_kind::prefecture),
                 makeUnit("429004", "仙桃市", unit_kind::provinceDirectCounty)};
    return set;
}

std::string gb18030(const std::string& utf8)
{
    auto conv = TextEncodingConverter::open("UTF-8", "GB18030");
    if (!conv) qFatal("%s", conv.error().describe().c_str());
    std::string out;
    if (!conv->append(utf8, out)) qFatal("cannot convert to GB18030");
    return out;
}

// Row lists, one string per row with '|' between columns (NULL as ""), for comparing.
std::vector<std::string> rows(const ProjectStore& store, const std::string& sql)
{
    std::vector<std::string> out;
    query(store.handle(), sql, [&](const std::vector<std::string>& r) {
        std::string line;
        for (std::size_t i = 0; i < r.size(); ++i) line += (i ? "|" : "") + r[i];
        out.push_back(line);
    });
    return out;
}

// Everything an import may write, to prove that a failed one wrote nothing.
std::vector<std::string> snapshot(const ProjectStore& store)
{
    std::vector<std::string> all;
    for (const char* table : {"firms", "software_output", "weather", "covariates", "imports", "import_rejects"}) {
        const auto r = rows(store, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        all.push_back(table);
        all.insert(all.end(), r.begin(), r.end());
    }
    return all;
}

// "line:column" -> reason of the rejected rows of a report.
std::map<std::string, std::string> rejectedByPlace(const TableImportReport& report)
{
    std::map<std::string, std::string> out;
    for (const auto& r : report.rejectedRows) out[std::to_string(r.line) + ":" + std::to_string(r.column)] = r.reason;
    return out;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

}  // namespace

class TestTableImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int files_ = 0;

    std::string path(const std::string& name) const
    {
        return dir_.filePath(QString::fromStdString(name)).toStdString();
    }
    std::string write(const std::string& bytes, const std::string& suffix = ".csv")
    {
        const std::string p = path("t" + std::to_string(++files_) + suffix);
        writeBytes(p, bytes);
        return p;
    }
    ProjectStore newProject()
    {
        auto store = ProjectStore::create(path("p" + std::to_string(++files_) + ".aitocracy"), testUnits(), "test");
        if (!store) qFatal("%s", store.error().describe().c_str());
        return std::move(*store);
    }
    // A project holding the firms F1 (AI) and F2 (not).
    ProjectStore projectWithFirms()
    {
        ProjectStore store = newProject();
        auto r = importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF1,甲公司,1\nF2,乙公司,0\n"), {});
        if (!r) qFatal("%s", r.error().describe().c_str());
        return store;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void firmsWithQuotesAndFlagsAndProvenance()
    {
        ProjectStore store = newProject();
        const std::string file = write(
            "firm_id,name,is_ai\r\n"
            "F1,\"Foo, \"\"AI\"\" Ltd\",1\r\n"
            "F2,\"two\nlines\",false\r\n"
            " F3 ,商汤科技,是\r\n"
            "F4,某某公司,否\r\n"
            "F5,Yes Inc,YES\r\n");
        auto r = importTable(store, TableKind::Firms, file, {});
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->rowsRead, 5);
        QCOMPARE(r->stored, 5);
        QCOMPARE(r->rejected, 0);
        QCOMPARE(r->encoding, std::string("UTF-8"));
        QCOMPARE(r->mapping.at("is_ai"), std::string("is_ai"));
        QCOMPARE(rows(store, "SELECT firm_id, name, is_ai FROM firms ORDER BY firm_id"),
                 (std::vector<std::string>{"F1|Foo, \"AI\" Ltd|1", "F2|two\nlines|0", "F3|商汤科技|1", "F4|某某公司|0",
                                           "F5|Yes Inc|1"}));
        // Provenance: one imports row, and every firm carries its id.
        auto imports = store.imports();
        QVERIFY2(imports, errorText(imports).c_str());
        QCOMPARE(imports->size(), std::size_t{1});
        const ImportRecord& rec = imports->front();
        QCOMPARE(rec.id, r->importId);
        QCOMPARE(rec.kind, std::string("firms"));
        QCOMPARE(rec.fileName, std::filesystem::path(file).filename().string());
        QCOMPARE(rec.fileSize, static_cast<std::int64_t>(std::filesystem::file_size(file)));
        QCOMPARE(rec.sha256, *sha256OfFile(file));
        QCOMPARE(rec.status, std::string("ok"));
        QVERIFY(!rec.finishedAt.empty());
        QVERIFY2(contains(rec.countsJson, "\"stored\":5"), rec.countsJson.c_str());
        QVERIFY2(contains(rec.settingsJson, "\"encoding\":\"detect\""), rec.settingsJson.c_str());
        QCOMPARE(rows(store, "SELECT count(*) FROM firms WHERE import_id = " + std::to_string(r->importId)),
                 std::vector<std::string>{"5"});
        QVERIFY(contains(r->toJson(), "\"rejected_rows\":[]"));
    }

    void chineseHeadersInGb18030()
    {
        ProjectStore store = newProject();
        const std::string file =
            write(gb18030("企业代码,企业名称,是否AI企业\nF1,科大讯飞股份有限公司,是\nF2,海康威视,否\n"));
        auto r = importTable(store, TableKind::Firms, file, {});
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->encoding, std::string("GB18030"));
        QCOMPARE(r->mapping.at("firm_id"), std::string("企业代码"));
        QCOMPARE(r->mapping.at("name"), std::string("企业名称"));
        QCOMPARE(r->stored, 2);
        QCOMPARE(rows(store, "SELECT firm_id, name, is_ai FROM firms ORDER BY firm_id"),
                 (std::vector<std::string>{"F1|科大讯飞股份有限公司|1", "F2|海康威视|0"}));

        // Software with Chinese headers, tab-separated, encoding given.
        TableImportOptions options;
        options.encoding = TextEncoding::Gb18030;
        const std::string software =
            write(gb18030("企业代码\t年份\t软件著作权\t政府软件著作权\t商业软件著作权\nF1\t2016\t10\t4\t6\n"), ".tsv");
        auto s = importTable(store, TableKind::Software, software, options);
        QVERIFY2(s, errorText(s).c_str());
        QCOMPARE(s->stored, 1);
        QCOMPARE(s->encodingReason, std::string("given"));
        QCOMPARE(rows(store, "SELECT * FROM software_output"),
                 (std::vector<std::string>{"F1|2016|10|4|6|" + std::to_string(s->importId)}));
    }

    void badSoftwareRowsAreRejectedWithLineColumnAndReason()
    {
        ProjectStore store = projectWithFirms();
        const std::string file = write(
            "firm_id,year,software_total,software_government,software_commercial\n"  // 1
            "F1,2016,10,4,6\n"                                                       // 2 ok
            "F1,2017,,4,6\n"                                                         // 3 missing value
            "F1,2018,ten,4,6\n"                                                      // 4 non-numeric
            "F1,2019,10,-1,6\n"                                                      // 5 negative
            "F9,2016,1,1,0\n"                                                        // 6 unknown firm
            "F2,2016,1,1\n"                                                          // 7 too few fields
            "F2,2017,1,1,0,9\n"                                                      // 8 too many fields
            "F1,2016,10,4,6\n"                                                       // 9 key repeated in the file
            "F2,16,1,1,0\n"                                                          // 10 impossible year
            "\"F2\",\"2018\",\"3\",\"1\",\"2\"\n"                                    // 11 ok, quoted
            "F2,2019,3.5,1,2\n");                                                    // 12 not a whole number
        auto r = importTable(store, TableKind::Software, file, {});
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->rowsRead, 11);
        QCOMPARE(r->stored, 2);
        QCOMPARE(r->rejected, 9);
        QCOMPARE(r->duplicates, 0);
        const auto bad = rejectedByPlace(*r);
        QCOMPARE(bad.size(), std::size_t{9});
        QVERIFY2(contains(bad.at("3:3"), "software_total is empty"), bad.at("3:3").c_str());
        QVERIFY2(contains(bad.at("4:3"), "expected a whole number"), bad.at("4:3").c_str());
        QVERIFY2(contains(bad.at("5:4"), "software_government"), bad.at("5:4").c_str());
        QVERIFY2(contains(bad.at("6:1"), "unknown firm_id F9"), bad.at("6:1").c_str());
        QVERIFY2(contains(bad.at("7:5"), "too few fields"), bad.at("7:5").c_str());
        QVERIFY2(contains(bad.at("8:6"), "too many fields"), bad.at("8:6").c_str());
        QVERIFY2(contains(bad.at("9:1"), "repeats the key (firm_id F1, year 2016)"), bad.at("9:1").c_str());
        QVERIFY2(contains(bad.at("10:2"), "expected a year"), bad.at("10:2").c_str());
        QVERIFY2(contains(bad.at("12:3"), "expected a whole number"), bad.at("12:3").c_str());
        // The same rows are in the project, with the raw text.
        auto stored = store.rejectedRows(r->importId);
        QVERIFY2(stored, errorText(stored).c_str());
        QCOMPARE(stored->size(), std::size_t{9});
        QCOMPARE(stored->front().line, 3);
        QCOMPARE(stored->front().column, 3);
        QCOMPARE(stored->front().raw, std::string("F1,2017,,4,6"));
        QCOMPARE(rows(store, "SELECT firm_id, year, software_total FROM software_output ORDER BY firm_id"),
                 (std::vector<std::string>{"F1|2016|10", "F2|2018|3"}));
    }

    void badFirmRowsAndAnEncodingProblem()
    {
        ProjectStore store = newProject();
        TableImportOptions options;
        options.encoding = TextEncoding::Utf8;
        const std::string gbName = "\xB9\xAB\xCB\xBE";  // 公司 in GB18030: not UTF-8
        const std::string file = write(
            "firm_id,name,is_ai\n"
            "F1,good,1\n"
            "F2," +
            gbName +
            ",0\n"
            "F3,x,maybe\n"
            "F4,,1\n"
            ",nameless,1\n"
            "F1,good again,1\n");
        auto r = importTable(store, TableKind::Firms, file, options);
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->stored, 1);
        QCOMPARE(r->rejected, 5);
        const auto bad = rejectedByPlace(*r);
        QVERIFY2(contains(bad.at("3:2"), "not valid UTF-8"), bad.at("3:2").c_str());
        QVERIFY2(contains(bad.at("4:3"), "expected 1/0, true/false"), bad.at("4:3").c_str());
        QVERIFY2(contains(bad.at("5:2"), "name is empty"), bad.at("5:2").c_str());
        QVERIFY2(contains(bad.at("6:1"), "firm_id is empty"), bad.at("6:1").c_str());
        QVERIFY2(contains(bad.at("7:1"), "repeats the key (firm_id F1)"), bad.at("7:1").c_str());
    }

    void weatherPlacesCodesAndKeepsGaps()
    {
        ProjectStore store = newProject();
        const std::string file = write(
            "prefecture_code,date,rain_mm,temp_c\n"  // 1
            "340100,2016-03-05,1.5,12.25\n"          // 2 the unit
            "340102,2016/3/6,,8\n"                   // 3 a county of 合肥: rain missing
            "110105,20160307,0,\n"                   // 4 a district of 北京: temperature missing
            "542400,2016年3月8日,2.0,-3.5\n"         // 5 那曲's old code
            "542421,2016-03-09,,\n"                  // 6 a county under the old code
            "429004,2016-03-10,+3,1e1\n"             // 7 a province-direct county
            "999999,2016-03-05,1,1\n"                // 8 not a unit
            "340100,2016-02-30,1,1\n"                // 9 impossible date
            "340100,2016-03-11,wet,1\n"              // 10 non-numeric
            "340100,2016-03-12,-1,1\n"               // 11 negative rain
            "34010,2016-03-13,1,1\n");               // 12 not a code
        auto r = importTable(store, TableKind::Weather, file, {});
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->stored, 6);
        QCOMPARE(r->recoded, 4);
        QCOMPARE(r->rejected, 5);
        QCOMPARE(rows(store, "SELECT unit_code, date, rain_mm, temp_c FROM weather ORDER BY date"),
                 (std::vector<std::string>{"340100|2016-03-05|1.5|12.25", "340100|2016-03-06||8.0",
                                           "110000|2016-03-07|0.0|", "540600|2016-03-08|2.0|-3.5",
                                           "540600|2016-03-09||", "429004|2016-03-10|3.0|10.0"}));
        QCOMPARE(rows(store, "SELECT count(*) FROM weather WHERE rain_mm IS NULL"), std::vector<std::string>{"2"});
        const auto bad = rejectedByPlace(*r);
        QCOMPARE(bad.at("8:1"), std::string("prefecture_code 999999 is not a unit of this project"));
        QVERIFY2(contains(bad.at("9:2"), "expected a calendar date"), bad.at("9:2").c_str());
        QVERIFY2(contains(bad.at("10:3"), "rain_mm: expected a number"), bad.at("10:3").c_str());
        QVERIFY2(contains(bad.at("11:3"), ">= 0"), bad.at("11:3").c_str());
        QCOMPARE(bad.at("12:1"), std::string("prefecture_code 34010 is not a unit of this project"));
    }

    void covariatePeriodsAreValidated()
    {
        ProjectStore store = newProject();
        const std::string file = write(
            "prefecture_code,period,name,value\n"
            "340100,2016,gdp,1.5\n"
            "340100,2016Q3,gdp,2\n"
            "340100,2016-q4,gdp,3\n"
            "340100,2016-7,gdp,4\n"
            "340100,2016/08,gdp,5\n"
            "340100,2016-07-15,gdp,6\n"
            "340100,20160716,gdp,\n"
            "340100,2016Q5,gdp,1\n"
            "340100,July,gdp,1\n"
            "340100,2016-13,gdp,1\n"
            "340100,2016,,1\n");
        auto r = importTable(store, TableKind::Covariates, file, {});
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->stored, 7);
        QCOMPARE(r->rejected, 4);
        QCOMPARE(rows(store, "SELECT period, value FROM covariates ORDER BY period"),
                 (std::vector<std::string>{"2016|1.5", "2016-07|4.0", "2016-07-15|6.0", "2016-07-16|", "2016-08|5.0",
                                           "2016Q3|2.0", "2016Q4|3.0"}));
        const auto bad = rejectedByPlace(*r);
        for (const char* place : {"9:2", "10:2", "11:2"})
            QVERIFY2(contains(bad.at(place), "expected a period like 2016, 2016Q3"), place);
        QVERIFY2(contains(bad.at("12:3"), "name is empty"), bad.at("12:3").c_str());
    }

    void reimportChangesNothingAndConflictsAreRejected()
    {
        ProjectStore store = newProject();
        const std::string file = write("firm_id,name,is_ai\nF1,甲,1\nF2,乙,0\n");
        auto first = importTable(store, TableKind::Firms, file, {});
        QVERIFY2(first, errorText(first).c_str());
        const auto before = rows(store, "SELECT * FROM firms ORDER BY firm_id");
        auto again = importTable(store, TableKind::Firms, file, {});
        QVERIFY2(again, errorText(again).c_str());
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(rows(store, "SELECT * FROM firms ORDER BY firm_id"), before);  // still import 1's rows

        auto changed =
            importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF1,甲,0\nF2,乙,0\nF3,丙,1\n"), {});
        QVERIFY2(changed, errorText(changed).c_str());
        QCOMPARE(changed->stored, 1);
        QCOMPARE(changed->duplicates, 1);
        QCOMPARE(changed->rejected, 1);
        const auto& reason = changed->rejectedRows.front().reason;
        QVERIFY2(contains(reason,
                          "conflicts with the value already stored (import " + std::to_string(first->importId) + ")"),
                 reason.c_str());
        QCOMPARE(changed->rejectedRows.front().column, 3);
        QCOMPARE(rows(store, "SELECT is_ai FROM firms WHERE firm_id = 'F1'"), std::vector<std::string>{"1"});

        // A file holding a key twice after an earlier import of it: the repeat is still a repeat.
        auto twice = importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF1,甲,1\nF1,甲,1\n"), {});
        QVERIFY2(twice, errorText(twice).c_str());
        QCOMPARE(twice->duplicates, 1);
        QCOMPARE(twice->rejected, 1);

        // Weather: an equal value written another way is the same value.
        const std::string weather = write("prefecture_code,date,rain_mm,temp_c\n340100,2016-01-01,1.50,\n");
        QVERIFY(importTable(store, TableKind::Weather, weather, {}));
        auto w = importTable(store, TableKind::Weather,
                             write("prefecture_code,date,rain_mm,temp_c\n340102,2016/1/1,1.5,\n"), {});
        QVERIFY2(w, errorText(w).c_str());
        QCOMPARE(w->duplicates, 1);
    }

    void mapNamesTheColumns()
    {
        ProjectStore store = newProject();
        TableImportOptions options;
        options.columnMap = {{"firm_id", "id"}, {"name", "Title"}, {"is_ai", "flag"}};
        auto r = importTable(store, TableKind::Firms, write("name,id,title,flag\nignored,F1,甲,1\n"), options);
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->mapping.at("name"), std::string("title"));
        QCOMPARE(rows(store, "SELECT firm_id, name FROM firms"), std::vector<std::string>{"F1|甲"});

        options.columnMap = {{"firm_name", "id"}};
        const auto before = snapshot(store);
        auto unknown = importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF2,乙,1\n"), options);
        QVERIFY(!unknown);
        QVERIFY2(contains(unknown.error().message, "'firm_name'"), unknown.error().message.c_str());
        QCOMPARE(snapshot(store), before);
    }

    void missingColumnIsAnErrorThatChangesNothing()
    {
        ProjectStore store = projectWithFirms();
        const auto before = snapshot(store);
        const std::string file = write("firm_id,year,software_total,gov\nF1,2016,1,1\n");
        auto r = importTable(store, TableKind::Software, file, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("format"));
        QCOMPARE(r.error().context, file);
        const std::string& m = r.error().message;
        QVERIFY2(contains(m, "no column for software_government, software_commercial"), m.c_str());
        QVERIFY2(
            contains(m, "expected the columns firm_id, year, software_total, software_government, software_commercial"),
            m.c_str());
        QVERIFY2(contains(m, "the header has firm_id, year, software_total, gov"), m.c_str());
        QCOMPARE(snapshot(store), before);
    }

    void unreadableOrBrokenFilesChangeNothing()
    {
        ProjectStore store = projectWithFirms();
        const auto before = snapshot(store);
        auto missing = importTable(store, TableKind::Firms, path("no-such.csv"), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, std::string("io"));
        QVERIFY(contains(missing.error().describe(), "no-such.csv"));

        auto empty = importTable(store, TableKind::Firms, write(""), {});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, std::string("format"));

        // Good rows first, then a quote never closed: none of them stay.
        auto open =
            importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF7,ok,1\nF8,\"never closed,1\n"), {});
        QVERIFY(!open);
        QCOMPARE(open.error().code, std::string("parse"));
        QCOMPARE(snapshot(store), before);
    }

    void cancelLeavesTheProjectAsItWas()
    {
        ProjectStore store = newProject();
        const auto before = snapshot(store);
        CancelToken token;
        token.cancel();
        auto r = importTable(store, TableKind::Firms, write("firm_id,name,is_ai\nF1,甲,1\n"), {}, &token);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("cancelled"));
        QCOMPARE(snapshot(store), before);
    }

    void rejectedRowsRecordedUpToTheLimit()
    {
        ProjectStore store = newProject();
        std::string text = "firm_id,name,is_ai\n";
        for (int i = 0; i < 30; ++i) text += "F" + std::to_string(i) + ",n,2\n";
        TableImportOptions options;
        options.maxRejectedRecorded = 10;
        auto r = importTable(store, TableKind::Firms, write(text), options);
        QVERIFY2(r, errorText(r).c_str());
        QCOMPARE(r->rejected, 30);
        QCOMPARE(r->rejectedRows.size(), std::size_t{10});
        QCOMPARE(store.rejectedRows(r->importId)->size(), std::size_t{10});
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
