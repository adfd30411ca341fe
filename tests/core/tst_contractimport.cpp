// The contracts importer on tables written here the way portals deliver them (GB18030 and
// UTF-8, Chinese headers, 万元, quoted fields with commas and line breaks, every date
// form), every kind of bad row with its true line number, buyers placed or left
// unresolved, classes and matched keywords, the one-transaction rule, re-import and
// re-classification without the file, and the demonstration world's raw contracts coming
// back in the prefecture and class the generator meant.
#include <QtTest>
#include <map>

#include "SqliteQuery.h"
#include "ProjectFolder.h"
#include "TestSupport.h"
#include "common/TextEncodingConverter.h"
#include "contracts/ProjectRules.h"
#include "geo/BuiltinGeography.h"
#include "import/ContractExport.h"
#include "import/ContractImporter.h"
#include "sim/DemoWorld.h"
#include "sim/RawExport.h"
#include "store/ProjectStore.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::query;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;

namespace {

std::int64_t countOf(const ProjectStore& store, const std::string& sql)
{
    std::int64_t n = -1;
    query(store.handle(), sql, [&](const std::vector<std::string>& r) { n = std::stoll(r[0]); });
    return n;
}

std::string gb18030(const std::string& utf8)
{
    auto c = TextEncodingConverter::open("UTF-8", "GB18030");
    std::string out;
    if (!c || !c->append(utf8, out)) qFatal("cannot convert to GB18030");
    return out;
}

// A portal's table: Chinese headers, amounts in 万元, CRLF; line numbers in comments.
const std::string kPortalTable =
    "合同编号,签订日期,采购人,行政区划代码,中标供应商,合同金额(万元),项目名称\r\n"            // 1
    "HT-001,2016-03-05,合肥市公安局,,安徽某科技有限公司,12.3456,人脸识别系统采购\r\n"         // 2
    "HT-002,2016/3/6,合肥市教育局,340100,某公司,\"1,234.5\",人脸识别门禁\r\n"                 // 3
    "HT-003,20160307,某某县公安局,340102,某公司,8,\"视频监控设备,含安装\r\n(二期)\"\r\n"      // 4-5
    "HT-004,2016年3月8日,朝阳区公安分局,,某公司,3,办公家具\r\n"                               // 6
    ",2016-03-09,合肥市公安局,,某公司,1,人脸识别\r\n"                                         // 7
    "HT-006,2016-02-30,合肥市公安局,,某公司,1,人脸识别\r\n"                                   // 8
    "HT-007,2016-03-10,合肥市公安局,,某公司,abc,人脸识别\r\n"                                 // 9
    "HT-008,2016-03-11,合肥市公安局\r\n"                                                      // 10
    "HT-001,2016-03-12,合肥市公安局,,某公司,1,人脸识别\r\n"                                   // 11
    "HT-010,2016-03-13,北京市公安局朝阳分局,110105,北京商汤科技开发有限公司,5,设备采购\r\n";  // 12

}  // namespace

class TestContractImport : public QObject {
    Q_OBJECT

private:
    aitocracy::test::ProjectFolder folder_;

    std::string path(const std::string& name) const { return folder_.path(name); }
    ProjectStore newProject() { return folder_.newProject(); }
    std::map<std::string, std::vector<std::string>> contracts(const ProjectStore& store)
    {
        std::map<std::string, std::vector<std::string>> out;
        query(store.handle(),
              "SELECT contract_id, signed_date, coalesce(unit_code, ''), class, coalesce(amount_yuan, ''), "
              "matched_keywords, placement_rule, title "
              "FROM contracts",
              [&](const std::vector<std::string>& r) { out[r[0]] = std::vector<std::string>(r.begin() + 1, r.end()); });
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(folder_.isValid());
        auto units = loadBuiltinGeography();
        if (!units) QSKIP(("the built-in map is not built: " + errorText(units)).c_str());
        folder_.units = std::move(*units);
    }

    void portalTableInGb18030()
    {
        writeBytes(path("portal.csv"), gb18030(kPortalTable));
        auto store = newProject();
        auto r = importContracts(store, path("portal.csv"), {});
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->encoding, std::string("GB18030"));
        QCOMPARE(r->mapping.at("amount"), std::string("合同金额(万元)"));
        QCOMPARE(r->amountMultiplier, 10000.0);
        QCOMPARE(r->rowsRead, std::int64_t{10});
        QCOMPARE(r->stored, std::int64_t{5});
        QCOMPARE(r->rejected, std::int64_t{5});
        // Each bad row with the line it starts on (the quoted line break moves them by one).
        const std::map<std::int64_t, std::pair<std::string, int>> expected = {
            {7, {"the contract id is empty", 1}},
            {8, {"is not a date", 2}},
            {9, {"amount", 6}},
            {10, {"3 fields; the header has 7", 0}},
            {11, {"duplicate contract id HT-001", 0}}};
        QCOMPARE(r->rejectedRows.size(), expected.size());
        for (const auto& rej : r->rejectedRows) {
            const auto it = expected.find(rej.line);
            QVERIFY2(it != expected.end(),
                     ("unexpected rejected line " + std::to_string(rej.line) + ": " + rej.reason).c_str());
            QVERIFY2(rej.reason.find(it->second.first) != std::string::npos, rej.reason.c_str());
            QCOMPARE(rej.column, it->second.second);
        }
        QCOMPARE(r->rejectedByKind.at("missing_id"), std::int64_t{1});
        QCOMPARE(r->rejectedByKind.at("bad_date"), std::int64_t{1});
        QCOMPARE(r->rejectedByKind.at("bad_amount"), std::int64_t{1});
        QCOMPARE(r->rejectedByKind.at("too_few_fields"), std::int64_t{1});
        QCOMPARE(r->rejectedByKind.at("duplicate_id"), std::int64_t{1});
        QCOMPARE(countOf(store, "SELECT count(*) FROM import_rejects"), std::int64_t{5});

        const auto c = contracts(store);
        QCOMPARE(c.size(), std::size_t{5});
        // id → date, unit, class, amount, keywords, rule, title
        QCOMPARE(c.at("HT-001")[0], std::string("2016-03-05"));
        QCOMPARE(c.at("HT-001")[1], std::string("340100"));  // 合肥 in the buyer's name
        QCOMPARE(c.at("HT-001")[2], std::string("ai_public_security"));
        QCOMPARE(c.at("HT-001")[3], std::string("123456.0"));  // 12.3456 万元
        QVERIFY(c.at("HT-001")[4].find("ai:人脸识别") != std::string::npos);
        QVERIFY(c.at("HT-001")[4].find("buyer:公安") != std::string::npos);
        QCOMPARE(c.at("HT-002")[0], std::string("2016-03-06"));
        QCOMPARE(c.at("HT-002")[2], std::string("ai_other"));
        QCOMPARE(c.at("HT-002")[3], std::string("12345000.0"));
        QCOMPARE(c.at("HT-002")[5], std::string("region_code"));
        QCOMPARE(c.at("HT-003")[0], std::string("2016-03-07"));
        QCOMPARE(c.at("HT-003")[1], std::string("340100"));  // county code 340102 → its prefecture
        QCOMPARE(c.at("HT-003")[2], std::string("surveillance"));
        QCOMPARE(c.at("HT-003")[6],
                 std::string("视频监控设备,含安装\r\n(二期)"));  // a quoted line break is data, kept as written
        QCOMPARE(c.at("HT-004")[0], std::string("2016-03-08"));
        QCOMPARE(c.at("HT-004")[1], std::string());  // 朝阳区: Beijing or Changchun, never guessed
        QCOMPARE(c.at("HT-004")[2], std::string("other"));
        QCOMPARE(c.at("HT-010")[1], std::string("110000"));
        QCOMPARE(c.at("HT-010")[2], std::string("ai_public_security"));  // a known AI firm supplies it
        QCOMPARE(r->byPlacement.at("unresolved"), std::int64_t{1});
        QCOMPARE(r->unresolvedBuyers.size(), std::size_t{1});
        QCOMPARE(r->unresolvedBuyers[0].buyer, std::string("朝阳区公安分局"));
        QVERIFY(r->unresolvedBuyers[0].why.find("ambiguous") != std::string::npos);

        // Re-importing changes nothing.
        auto again = importContracts(store, path("portal.csv"), {});
        QVERIFY2(again.has_value(), errorText(again).c_str());
        QCOMPARE(again->stored, std::int64_t{0});
        // Line 11 repeats HT-001 too: the project already holds it, so it counts there.
        QCOMPARE(again->duplicatesInProject, std::int64_t{6});
        QCOMPARE(again->rejected, std::int64_t{4});
        QCOMPARE(contracts(store), c);

        // The export lists them as stored.
        auto rows = exportContracts(store, path("out.csv"));
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(*rows, std::int64_t{5});
        const std::string out = readBytes(path("out.csv"));
        QVERIFY(out.starts_with("contract_id,date,unit_code,class,amount_yuan,buyer,supplier,matched_keywords\n"));
        QVERIFY(out.find("HT-001,2016-03-05,340100,ai_public_security,123456,合肥市公安局,安徽某科技有限公司,") !=
                std::string::npos);
    }

    void reclassifyWithoutTheFile()
    {
        writeBytes(path("r.csv"), kPortalTable);  // UTF-8 this time
        auto store = newProject();
        auto r = importContracts(store, path("r.csv"), {});
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->encoding, std::string("UTF-8"));
        std::filesystem::remove(path("r.csv"));
        auto rules = ClassificationRules::defaults();
        std::erase(rules.ai, std::string("人脸识别"));
        rules.surveillance.push_back("门禁");
        auto re = setProjectRules(store, rules);
        QVERIFY2(re.has_value(), errorText(re).c_str());
        QCOMPARE(re->contracts, std::int64_t{5});
        const auto c = contracts(store);
        QCOMPARE(c.at("HT-001")[2], std::string("other"));
        QCOMPARE(c.at("HT-002")[2], std::string("surveillance"));
        QCOMPARE(c.at("HT-002")[4], std::string("surveillance:门禁"));
        QCOMPARE(re->changed, std::int64_t{2});
        auto stored = loadProjectRules(store.handle());
        QVERIFY(stored.has_value());
        QVERIFY(*stored == rules);
    }

    void failuresLeaveTheProjectAsItWas()
    {
        auto store = newProject();
        writeBytes(path("good.csv"), kPortalTable);
        QVERIFY(importContracts(store, path("good.csv"), {}).has_value());
        const auto before = contracts(store);
        const auto imports = countOf(store, "SELECT count(*) FROM imports");
        // No title column: an error naming the file's columns.
        writeBytes(path("notitle.csv"), "contract_id,date,buyer\nX-1,2016-01-01,合肥市公安局\n");
        auto r = importContracts(store, path("notitle.csv"), {});
        QVERIFY(!r);
        QVERIFY2(r.error().describe().find("title") != std::string::npos, r.error().describe().c_str());
        QVERIFY(r.error().describe().find("notitle.csv:1") != std::string::npos);
        // An unterminated quote at the end: an error, and nothing of the good rows before it.
        writeBytes(
            path("open.csv"),
            "contract_id,date,buyer,title\nY-1,2016-01-01,合肥市公安局,人脸识别\nY-2,2016-01-02,\"合肥市公安局,x\n");
        auto open = importContracts(store, path("open.csv"), {});
        QVERIFY(!open);
        QVERIFY2(open.error().describe().find("open.csv:3") != std::string::npos, open.error().describe().c_str());
        // A cancel.
        CancelToken cancel;
        cancel.cancel();
        writeBytes(path("new.csv"), "contract_id,date,buyer,title\nZ-1,2016-01-01,合肥市公安局,人脸识别\n");
        auto cancelled = importContracts(store, path("new.csv"), {}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, std::string("cancelled"));
        QCOMPARE(contracts(store), before);
        QCOMPARE(countOf(store, "SELECT count(*) FROM imports"), imports);
        // An explicit map names a column the file lacks.
        ContractImportOptions o;
        o.columnMap["buyer"] = "采购单位";
        auto mapped = importContracts(store, path("new.csv"), o);
        QVERIFY(!mapped);
        QVERIFY(mapped.error().describe().find("采购单位") != std::string::npos);
        // And a good explicit map works.
        writeBytes(path("odd.csv"), "编码,日期X,单位,名称\nQ-1,2016-01-01,合肥市公安局,人脸识别\n");
        o.columnMap = {{"contract_id", "编码"}, {"date", "日期X"}, {"buyer", "单位"}, {"title", "名称"}};
        auto good = importContracts(store, path("odd.csv"), o);
        QVERIFY2(good.has_value(), errorText(good).c_str());
        QCOMPARE(good->stored, std::int64_t{1});
    }

    // Contract ids stay unique without a UNIQUE index (schema 3): a repeat within the file
    // is refused with its line and the same reason as ever, whether its first row is still
    // waiting to be inserted (the next line), long stored (thousands of rows and several
    // batches back) or repeated a third time; a refused row does not take its id; an id an
    // earlier import stored is counted as the project's and its row is left as it was.
    void duplicateIdsAreRefusedWithTheirLines()
    {
        constexpr int kRows = 5000;
        std::string table = "contract_id,date,buyer,title\n";  // line 1
        std::map<std::int64_t, std::string> repeats;          // line → repeated id
        std::int64_t line = 1;
        auto add = [&](const std::string& id, const std::string& date, const std::string& title) {
            table += id + "," + date + ",合肥市公安局," + title + "\n";
            return ++line;
        };
        add("B-7", "2016-13-01", "人脸识别");  // refused (bad date) before its id's good row
        for (int i = 0; i < kRows; ++i) {
            add("D-" + std::to_string(i), "2016-01-01", "第一次");
            if (i == 10) repeats[add("D-10", "2016-02-02", "紧接着重复")] = "D-10";
            if (i == 4000) {
                repeats[add("D-3", "2016-02-02", "隔了几千行")] = "D-3";
                repeats[add("D-3", "2016-02-03", "第三次")] = "D-3";
            }
        }
        add("B-7", "2016-01-01", "人脸识别");  // stored: the refused row held no id
        writeBytes(path("dups.csv"), table);
        auto store = newProject();
        ContractImportOptions o;
        o.maxRejectedRecorded = 100;
        auto r = importContracts(store, path("dups.csv"), o);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->stored, std::int64_t{kRows + 1});
        QCOMPARE(r->rejectedByKind.at("duplicate_id"), std::int64_t(repeats.size()));
        QCOMPARE(r->rejectedByKind.at("bad_date"), std::int64_t{1});
        std::map<std::int64_t, std::string> refused;
        for (const auto& rej : r->rejectedRows)
            if (rej.reason.starts_with("duplicate")) {
                QCOMPARE(rej.column, 0);
                refused[rej.line] = rej.reason;
            }
        std::map<std::int64_t, std::string> expected;
        for (const auto& [at, id] : repeats)
            expected[at] = "duplicate contract id " + id + " (an earlier row of this file has it)";
        QCOMPARE(refused, expected);
        QCOMPARE(countOf(store, "SELECT count(*) FROM import_rejects WHERE reason LIKE 'duplicate%' AND raw IN ('D-3', "
                                "'D-10')"),
                 std::int64_t(repeats.size()));
        const auto stored = contracts(store);
        QCOMPARE(stored.size(), std::size_t{kRows + 1});
        QCOMPARE(stored.at("D-10")[6], std::string("第一次"));  // the first row of the id is the one kept
        QCOMPARE(stored.at("D-3")[0], std::string("2016-01-01"));
        QCOMPARE(stored.at("B-7")[0], std::string("2016-01-01"));

        // A second file: ten ids of the first import (one of them twice), ten new ones (one
        // of them twice).
        std::string second = "contract_id,date,buyer,title\n";
        for (int i = kRows - 10; i < kRows + 10; ++i) second += "D-" + std::to_string(i) + ",2017-05-05,合肥市公安局,再次\n";
        second += "D-" + std::to_string(kRows - 1) + ",2017-05-06,合肥市公安局,再次\n";  // line 22
        second += "D-" + std::to_string(kRows + 9) + ",2017-05-06,合肥市公安局,再次\n";  // line 23
        writeBytes(path("dups2.csv"), second);
        auto again = importContracts(store, path("dups2.csv"), {});
        QVERIFY2(again.has_value(), errorText(again).c_str());
        QCOMPARE(again->stored, std::int64_t{10});
        QCOMPARE(again->duplicatesInProject, std::int64_t{11});
        QCOMPARE(again->rejected, std::int64_t{1});
        QCOMPARE(again->rejectedRows.size(), std::size_t{1});
        QCOMPARE(again->rejectedRows[0].line, std::int64_t{23});
        QCOMPARE(again->rejectedRows[0].reason,
                 "duplicate contract id D-" + std::to_string(kRows + 9) + " (an earlier row of this file has it)");
        const auto after = contracts(store);
        QCOMPARE(after.size(), std::size_t{kRows + 11});
        QCOMPARE(after.at("D-" + std::to_string(kRows - 1))[0], std::string("2016-01-01"));  // left as it was
        QCOMPARE(after.at("D-" + std::to_string(kRows + 9))[0], std::string("2017-05-05"));
    }

    void wrongEncodingIsReportedNotStored()
    {
        // UTF-8 Chinese text read as GB18030 decodes to mojibake: refused, never stored.
        writeBytes(path("utf8.csv"), "contract_id,date,buyer,title\nM-1,2016-01-01,合肥市公安局,人脸识别系统采购\n");
        auto store = newProject();
        ContractImportOptions o;
        o.encoding = TextEncoding::Gb18030;
        auto r = importContracts(store, path("utf8.csv"), o);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->stored, std::int64_t{0});
        QCOMPARE(r->rejected, std::int64_t{1});
        QVERIFY(r->rejectedByKind.count("mojibake") + r->rejectedByKind.count("encoding") == 1);
    }

    void demoWorldContractsComeBack()
    {
        sim::DemoConfig config;
        config.contracts = 3000;
        const std::string demo = path("demo.aitocracy");
        auto built = sim::buildDemoProject(demo, folder_.units, config);
        QVERIFY2(built.has_value(), errorText(built).c_str());
        auto raw = sim::exportRawFiles(demo, path("raw"));
        QVERIFY2(raw.has_value(), errorText(raw).c_str());
        auto store = newProject();
        auto r = importContracts(store, path("raw") + "/" + sim::kRawContractsFile, {});
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->encoding, std::string("GB18030"));
        QCOMPARE(r->rejected, std::int64_t{0});
        auto demoStore = ProjectStore::open(demo);
        QVERIFY(demoStore.has_value());
        std::map<std::string, std::vector<std::string>> truth;
        query(demoStore->handle(),
              "SELECT contract_id, signed_date, coalesce(unit_code, ''), class, amount_yuan FROM contracts",
              [&](const std::vector<std::string>& row) {
                  truth[row[0]] = std::vector<std::string>(row.begin() + 1, row.end());
              });
        QVERIFY(truth.size() >= 3000);
        const auto back = contracts(store);
        QCOMPARE(back.size(), truth.size());
        for (const auto& [id, t] : truth) {
            const auto& b = back.at(id);
            QVERIFY2(b[0] == t[0] && b[1] == t[1] && b[2] == t[2] && b[3] == t[3],
                     (id + " came back as " + b[0] + " " + b[1] + " " + b[2] + " " + b[3] + ", generated as " + t[0] +
                      " " + t[1] + " " + t[2] + " " + t[3])
                         .c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestContractImport)
#include "tst_contractimport.moc"
