// previewProjectRules on eight hand-classified contracts (HandContracts.h): the study's
// rules change nothing, edits change what the hand computation says, nothing is written,
// and the counts agree with setProjectRules storing the same rules.
#include <QtTest>

#include "HandContracts.h"
#include "SqliteQuery.h"
#include "TestSupport.h"
#include "contracts/ProjectRules.h"
#include "contracts/RulesPreview.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using Counts = std::map<std::string, std::int64_t>;

namespace {

ClassificationRules without(std::vector<std::string> ClassificationRules::*set, const std::string& keyword)
{
    ClassificationRules r = ClassificationRules::defaults();
    std::erase(r.*set, keyword);
    return r;
}

const Counts kBefore{{"ai_public_security", 4}, {"ai_other", 1}, {"surveillance", 2}, {"other", 1}};

}  // namespace

class TestRulesPreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    ProjectStore project()
    {
        return aitocracy::test::handContractsProject(dir_.filePath(QStringLiteral("r%1.aitocracy").arg(++counter_)).toStdString());
    }

private Q_SLOTS:
    void defaultsChangeNothing()
    {
        const ProjectStore store = project();
        auto p = previewProjectRules(store, ClassificationRules::defaults());
        QVERIFY2(p.has_value(), errorText(p).c_str());
        QCOMPARE(p->contracts, std::int64_t{8});
        QCOMPARE(p->changed, std::int64_t{0});
        QCOMPARE(p->byClassBefore, kBefore);
        QCOMPARE(p->byClassAfter, kBefore);
        QVERIFY(p->transitions.empty());
        QVERIFY(p->examples.empty());
    }

    void removingAKeyword()
    {
        const ProjectStore store = project();
        auto p = previewProjectRules(store, without(&ClassificationRules::ai, "人脸识别"));
        QVERIFY2(p.has_value(), errorText(p).c_str());
        QCOMPARE(p->changed, std::int64_t{3});
        QCOMPARE(p->byClassBefore, kBefore);
        QCOMPARE(p->byClassAfter, (Counts{{"ai_public_security", 2}, {"ai_other", 0}, {"surveillance", 3}, {"other", 3}}));
        using Key = std::pair<std::string, std::string>;
        QCOMPARE(p->transitions, (std::map<Key, std::int64_t>{{{"ai_public_security", "other"}, 1},
                                                              {{"ai_other", "other"}, 1},
                                                              {{"ai_public_security", "surveillance"}, 1}}));
        QCOMPARE(p->examples.size(), std::size_t{3});
        QCOMPARE(p->examples[0].contractId, std::string("c1"));
        QCOMPARE(p->examples[0].title, std::string("人脸识别系统采购"));
        QCOMPARE(p->examples[0].buyer, std::string("合肥市公安局"));
        QCOMPARE(p->examples[0].supplier, std::string("某科技公司"));
        QCOMPARE(p->examples[0].before, std::string("ai_public_security"));
        QCOMPARE(p->examples[0].after, std::string("other"));
        QCOMPARE(p->examples[2].contractId, std::string("c7"));
        QCOMPARE(p->examples[2].after, std::string("surveillance"));
        auto two = previewProjectRules(store, without(&ClassificationRules::ai, "人脸识别"), 2);
        QVERIFY(two.has_value());
        QCOMPARE(two->examples.size(), std::size_t{2});
        QCOMPARE(two->changed, std::int64_t{3});
        // Nothing was written: classes and rules are as they were.
        std::int64_t aiPs = 0, rules = -1;
        aitocracy::test::query(store.handle(), "SELECT count(*) FROM contracts WHERE class = 'ai_public_security'",
                               [&](const std::vector<std::string>& r) { aiPs = std::stoll(r[0]); });
        aitocracy::test::query(store.handle(), "SELECT count(*) FROM classification_rules",
                               [&](const std::vector<std::string>& r) { rules = std::stoll(r[0]); });
        QCOMPARE(aiPs, std::int64_t{4});
        QCOMPARE(rules, std::int64_t{0});
    }

    void excludeAndFirms()
    {
        const ProjectStore store = project();
        ClassificationRules gate = ClassificationRules::defaults();
        gate.exclude = {"门禁"};  // c3's title
        auto p = previewProjectRules(store, gate);
        QVERIFY(p.has_value());
        QCOMPARE(p->changed, std::int64_t{1});
        QCOMPARE(p->examples.at(0).contractId, std::string("c3"));
        QCOMPARE(p->examples.at(0).after, std::string("other"));
        auto firms = previewProjectRules(store, without(&ClassificationRules::aiFirms, "商汤"));
        QVERIFY(firms.has_value());
        QCOMPARE(firms->changed, std::int64_t{1});
        QCOMPARE(firms->examples.at(0).contractId, std::string("c4"));
        ClassificationRules buyers = ClassificationRules::defaults();
        buyers.publicSecurityBuyer.push_back("医院");  // c6 has no AI content: stays surveillance
        buyers.publicSecurityBuyer.push_back("教育局");  // c3 does: ai_other → ai_public_security
        auto b = previewProjectRules(store, buyers);
        QVERIFY(b.has_value());
        QCOMPARE(b->changed, std::int64_t{1});
        QCOMPARE(b->examples.at(0).after, std::string("ai_public_security"));
    }

    void agreesWithSetProjectRules_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("no 人脸识别") << 0;
        QTest::newRow("no 智能分析, exclude 采购") << 1;
        QTest::newRow("no surveillance keywords") << 2;
    }

    void agreesWithSetProjectRules()
    {
        QFETCH(int, edit);
        ClassificationRules rules = ClassificationRules::defaults();
        if (edit == 0) std::erase(rules.ai, std::string("人脸识别"));
        if (edit == 1) {
            std::erase(rules.ai, std::string("智能分析"));
            rules.exclude = {"采购"};
        }
        if (edit == 2) rules.surveillance.clear();
        ProjectStore store = project();
        auto preview = previewProjectRules(store, rules);
        QVERIFY2(preview.has_value(), errorText(preview).c_str());
        auto stored = setProjectRules(store, rules);
        QVERIFY2(stored.has_value(), errorText(stored).c_str());
        QVERIFY(stored->changed > 0);
        QCOMPARE(preview->changed, stored->changed);
        QCOMPARE(preview->contracts, stored->contracts);
        for (const auto& [cls, n] : preview->byClassAfter) {
            const auto it = stored->byClass.find(cls);
            QCOMPARE(it == stored->byClass.end() ? 0 : it->second, n);
        }
        // After storing, the same rules change nothing more.
        auto again = previewProjectRules(store, rules);
        QVERIFY(again.has_value());
        QCOMPARE(again->changed, std::int64_t{0});
    }

    void cancelled()
    {
        const ProjectStore store = project();
        CancelToken cancel;
        cancel.cancel();
        auto p = previewProjectRules(store, ClassificationRules::defaults(), 50, &cancel);
        QVERIFY(!p.has_value());
        QCOMPARE(p.error().code, std::string("cancelled"));
    }
};

QTEST_APPLESS_MAIN(TestRulesPreview)
#include "tst_rulespreview.moc"
