// Contract classification: the decision rule on hand-written cases, the keywords it
// reports, the rules' JSON, and agreement with every class the demonstration world meant.
#include <QtTest>
#include <filesystem>
#include <map>

#include "SqliteQuery.h"
#include "TestSupport.h"
#include "contracts/ClassificationRules.h"
#include "contracts/ContractClassifier.h"
#include "geo/BuiltinGeography.h"
#include "geo/UnitLayerIO.h"
#include "sim/DemoWorld.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

namespace {

std::string classOf(const ContractClassifier& c, std::string_view buyer, std::string_view title,
                    std::string_view supplier = {})
{
    return std::string(contractClassName(c.classify(buyer, title, supplier).cls));
}

}  // namespace

class TestContractClassifier : public QObject {
    Q_OBJECT

private:
    const ContractClassifier defaults_{ClassificationRules::defaults()};

private Q_SLOTS:
    void classNamesRoundTrip()
    {
        for (const ContractClass c : kContractClasses) QCOMPARE(contractClassFromName(contractClassName(c)), c);
        QCOMPARE(contractClassName(ContractClass::AiPublicSecurity), std::string_view("ai_public_security"));
        QCOMPARE(contractClassName(ContractClass::AiOther), std::string_view("ai_other"));
        QCOMPARE(contractClassName(ContractClass::Surveillance), std::string_view("surveillance"));
        QCOMPARE(contractClassName(ContractClass::Other), std::string_view("other"));
        QVERIFY(!contractClassFromName("AI_OTHER"));
        QVERIFY(!contractClassFromName(""));
    }

    void decisionRule()
    {
        QCOMPARE(classOf(defaults_, "合肥市公安局", "人脸识别系统采购"), "ai_public_security");
        QCOMPARE(classOf(defaults_, "合肥市教育局", "人脸识别门禁"), "ai_other");
        QCOMPARE(classOf(defaults_, "某某县公安局", "视频监控设备"), "surveillance");
        QCOMPARE(classOf(defaults_, "某某市公安局", "办公家具"), "other");
        QCOMPARE(classOf(defaults_, "某某市教育局", "办公家具"), "other");
        // AI wording wins over camera wording; a branch station or a committee is public security.
        QCOMPARE(classOf(defaults_, "某某区政法委", "雪亮工程人脸抓拍摄像机"), "ai_public_security");
        QCOMPARE(classOf(defaults_, "城关派出所", "视频结构化服务器"), "ai_public_security");
        // Plate reading and ID photo capture are not the AI of the study; work safety is not state security.
        QCOMPARE(classOf(defaults_, "某某市公安局交通警察支队", "高清卡口车牌识别设备"), "surveillance");
        QCOMPARE(classOf(defaults_, "某某县公安局", "人像采集设备"), "other");
        QCOMPARE(classOf(defaults_, "某某市国家安全生产监督管理局", "人工智能平台"), "ai_other");
        QCOMPARE(classOf(defaults_, "", ""), "other");
    }

    void knownAiFirmMakesAiContent()
    {
        QCOMPARE(classOf(defaults_, "某某市公安局", "信息化设备采购项目", "上海商汤智能科技有限公司"),
                 "ai_public_security");
        QCOMPARE(classOf(defaults_, "某某市人民医院", "信息化设备采购项目", "北京旷视科技有限公司"), "ai_other");
        // A camera maker supplying cameras stays surveillance; an unknown firm adds nothing.
        QCOMPARE(classOf(defaults_, "某某市公安局", "高清摄像机采购", "杭州海康威视数字技术股份有限公司"),
                 "surveillance");
        QCOMPARE(classOf(defaults_, "某某市公安局", "办公家具", "合肥云瞳人工智能科技有限公司"), "other");
    }

    void excludeVetoesAi()
    {
        ClassificationRules rules = ClassificationRules::defaults();
        rules.exclude = {"培训"};
        const ContractClassifier c(rules);
        QCOMPARE(classOf(c, "某某市公安局", "人工智能培训服务"), "other");
        QCOMPARE(classOf(c, "某某市公安局", "人脸识别卡口摄像机培训"), "surveillance");
        QCOMPARE(classOf(c, "某某市公安局", "培训服务", "上海商汤智能科技有限公司"), "other");
        QCOMPARE(classOf(c, "某某市公安局", "人工智能平台"), "ai_public_security");
        QCOMPARE(c.classify("某某市公安局", "人工智能培训服务", "").matchedKeywords,
                 "buyer:公安;ai:人工智能;exclude:培训");
    }

    void matchedKeywordsExplainTheClass()
    {
        const Classification c = defaults_.classify("某某市公安局交通警察支队", "人脸识别视频监控人脸识别摄像机",
                                                    "上海商汤智能科技有限公司");
        QCOMPARE(c.cls, ContractClass::AiPublicSecurity);
        // Each keyword once, by set and in rule order (not in text order).
        QCOMPARE(c.matchedKeywords,
                 "buyer:公安;buyer:警察;ai:人脸识别;surveillance:视频监控;surveillance:摄像机;firm:商汤");
        QCOMPARE(defaults_.classify("某某市财政局", "办公家具", "某某商贸有限公司").matchedKeywords, "");
    }

    void repeatedAndEmptyKeywordsCountOnce()
    {
        ClassificationRules rules;
        rules.publicSecurityBuyer = {"公安", "", "公安"};
        rules.ai = {"人脸", "人脸识别"};
        rules.surveillance = {"人脸"};  // the same word in another set is reported there too
        const Classification c = ContractClassifier(rules).classify("公安局", "人脸识别", "");
        QCOMPARE(c.cls, ContractClass::AiPublicSecurity);
        QCOMPARE(c.matchedKeywords, "buyer:公安;ai:人脸;ai:人脸识别;surveillance:人脸");
    }

    void rulesJsonRoundTrip()
    {
        const ClassificationRules rules = ClassificationRules::defaults();
        const std::string json = rules.toJson();
        QVERIFY(json.find("\"version\": 1") != std::string::npos);
        QVERIFY(json.find("\"public_security_buyer\"") < json.find("\"ai\"") &&
                json.find("\"ai_firms\"") < json.find("\"exclude\""));
        const auto back = ClassificationRules::fromJson(json);
        QVERIFY2(back, errorText(back).c_str());
        QVERIFY(*back == rules);

        const auto minimal = ClassificationRules::fromJson(
            R"({"version":1,"public_security_buyer":["公安"],"ai":[],"surveillance":["天网"]})");
        QVERIFY2(minimal, errorText(minimal).c_str());
        QVERIFY(minimal->aiFirms.empty() && minimal->exclude.empty());
    }

    void rulesJsonErrorsNameTheKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("context");
        const QString sets =
            QStringLiteral(R"("public_security_buyer":["公安"],"ai":["人脸识别"],"surveillance":["天网"])");
        QTest::newRow("not an object") << "[1]"
                                       << "";
        QTest::newRow("not JSON") << "{"
                                  << "";
        QTest::newRow("unknown key") << R"({"version":1,)" + sets + R"(,"firms":[]})"
                                     << "firms";
        QTest::newRow("no version") << "{" + sets + "}"
                                    << "version";
        QTest::newRow("bad version") << R"({"version":2,)" + sets + "}"
                                     << "version";
        QTest::newRow("version text") << R"({"version":"1",)" + sets + "}"
                                      << "version";
        QTest::newRow("missing set") << R"({"version":1,"public_security_buyer":[],"ai":[]})"
                                     << "surveillance";
        QTest::newRow("not an array") << R"({"version":1,)" + sets + R"(,"exclude":"维修"})"
                                      << "exclude";
        QTest::newRow("empty keyword") << R"({"version":1,)" + sets + R"(,"ai_firms":["商汤",""]})"
                                       << "ai_firms";
        QTest::newRow("number keyword") << R"({"version":1,"public_security_buyer":[1],"ai":[],"surveillance":[]})"
                                        << "public_security_buyer";
    }

    void rulesJsonErrorsNameTheKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, context);
        const auto r = ClassificationRules::fromJson(json.toStdString());
        QVERIFY(!r);
        QCOMPARE(r.error().code, "rules");
        QCOMPARE(QString::fromStdString(r.error().context), context);
        if (!context.isEmpty())
            QVERIFY2(r.error().message.find(context.toStdString()) != std::string::npos, r.error().message.c_str());
    }

    // The default rules reproduce every class the demonstration world's generator meant.
    void agreesWithTheDemoWorld()
    {
        const std::string map = builtinGeoPackagePath();
        if (!std::filesystem::exists(map)) QSKIP("built-in geography not built (run ./run.sh or scripts/setup.sh)");
        // The units alone: the demonstration world needs no place-name gazetteer.
        auto units = readUnitGeoPackage(map);
        QVERIFY2(units, errorText(units).c_str());
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("world.aitocracy")).toStdString();
        sim::DemoConfig config;
        config.contracts = 20000;
        config.aiFirms = 300;
        config.otherFirms = 300;
        const auto built = sim::buildDemoProject(path, *units, config);
        QVERIFY2(built, errorText(built).c_str());

        std::map<std::string, std::size_t> rows;
        std::size_t disagreements = 0;
        aitocracy::test::query(
            path, "SELECT contract_id, buyer, title, supplier, class FROM contracts", [&](const auto& r) {
                ++rows[r[4]];
                const Classification c = defaults_.classify(r[1], r[2], r[3]);
                if (contractClassName(c.cls) == r[4]) return;
                if (++disagreements <= 10)
                    qWarning("%s: %s | %s | %s: meant %s, classified %s (%s)", r[0].c_str(), r[1].c_str(), r[2].c_str(),
                             r[3].c_str(), r[4].c_str(), contractClassName(c.cls).data(), c.matchedKeywords.c_str());
            });
        QCOMPARE(disagreements, std::size_t(0));
        for (const ContractClass c : kContractClasses)
            QVERIFY2(rows[std::string(contractClassName(c))] > 100, contractClassName(c).data());
    }
};

QTEST_GUILESS_MAIN(TestContractClassifier)
#include "tst_contractclassifier.moc"
