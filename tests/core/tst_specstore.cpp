// Saved specifications in a project: the table's round trip, replace by name, Chinese
// names, delete; and the saved document (spec + result summary) read back exactly.
#include <QtTest>
#include <cmath>

#include "HandPanelProject.h"
#include "SqliteQuery.h"
#include "TestSupport.h"
#include "regression/SavedSpec.h"
#include "store/SpecTable.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

class TestSpecStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    std::string newPath() { return dir_.filePath(QStringLiteral("p%1.aitocracy").arg(++counter_)).toStdString(); }

private Q_SLOTS:
    void tableRoundTripAndReplace()
    {
        const std::string path = newPath();
        ProjectStore store = aitocracy::test::handProject(path);
        auto first = saveSpec(store, "baseline", R"({"a": 1})");
        QVERIFY2(first, errorText(first).c_str());
        auto chinese = saveSpec(store, "事件研究：高压期", R"({"b": "抗议"})");
        QVERIFY2(chinese, errorText(chinese).c_str());
        QVERIFY(*chinese != *first);

        auto loaded = loadSpec(store, "事件研究：高压期");
        QVERIFY2(loaded, errorText(loaded).c_str());
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->name, std::string("事件研究：高压期"));
        QCOMPARE((*loaded)->json, std::string(R"({"b": "抗议"})"));
        QCOMPARE((*loaded)->id, *chinese);
        QVERIFY((*loaded)->createdAt.ends_with("Z"));
        QVERIFY(!loadSpec(store, "missing").value().has_value());

        // Replacing keeps the row (id, created_at) and changes the text.
        const std::string created = loadSpec(store, "baseline").value()->createdAt;
        auto again = saveSpec(store, "baseline", R"({"a": 2})");
        QVERIFY2(again, errorText(again).c_str());
        QCOMPARE(*again, *first);
        const StoredSpec replaced = *loadSpec(store, "baseline").value();
        QCOMPARE(replaced.json, std::string(R"({"a": 2})"));
        QCOMPARE(replaced.createdAt, created);

        auto all = listSpecs(store);
        QVERIFY2(all, errorText(all).c_str());
        QCOMPARE(all->size(), std::size_t{2});
        QCOMPARE(all->at(0).name, std::string("baseline"));  // bytewise: ASCII before CJK
        QCOMPARE(all->at(1).name, std::string("事件研究：高压期"));
        std::string rows;
        aitocracy::test::query(path, "SELECT count(*) FROM analysis_specs", [&](const auto& r) { rows = r[0]; });
        QCOMPARE(rows, std::string("2"));

        QVERIFY(!saveSpec(store, "", "{}"));
        QCOMPARE(deleteSpec(store, "事件研究：高压期").value(), true);
        QCOMPARE(deleteSpec(store, "事件研究：高压期").value(), false);
        QCOMPARE(listSpecs(store).value().size(), std::size_t{1});

        // Reopened, the file holds what was saved.
        store = ProjectStore::open(path).value();
        QCOMPARE(loadSpec(store, "baseline").value()->json, std::string(R"({"a": 2})"));
    }

    void savedSpecificationsWithTheirSummary()
    {
        ProjectStore store = aitocracy::test::handProject(newPath());
        reg::SavedSpec saved;
        saved.spec.name = "分布滞后（省×季度）";
        saved.spec.provincePeriodFe = true;
        saved.spec.excludedUnits = {"340100"};
        saved.summary = reg::ResultSummary{6800,
                                           {{"f(unrest, 1)", -0.012345678901234567, 0.0123},
                                            {"l(unrest, 1)", 0.29876543210987654, 1.0 / 3.0},
                                            {"l(unrest, 2)", std::nan(""), std::nan("")}}};
        QVERIFY(reg::saveSpecification(store, saved));
        reg::SavedSpec plain;
        plain.spec.name = "plain";
        QVERIFY(reg::saveSpecification(store, plain));

        auto loaded = reg::loadSpecification(store, "分布滞后（省×季度）");
        QVERIFY2(loaded, errorText(loaded).c_str());
        QVERIFY(loaded->has_value());
        const reg::SavedSpec& back = **loaded;
        QCOMPARE(back.spec, saved.spec);
        QVERIFY(back.summary.has_value());
        QCOMPARE(back.summary->nobs, std::size_t{6800});
        // Doubles read back bit for bit; NaN comes back as NaN.
        QCOMPARE(back.summary->coefficients[0], saved.summary->coefficients[0]);
        QCOMPARE(back.summary->coefficients[1].stdError, 1.0 / 3.0);
        QVERIFY(std::isnan(back.summary->coefficients[2].estimate));

        // The stored text is the documented shape.
        const std::string text = loadSpec(store, "分布滞后（省×季度）").value()->json;
        for (const char* key :
             {"\"spec\"", "\"summary\"", "\"nobs\": 6800", "\"std_error\"", "\"provincePeriodFe\": true"})
            QVERIFY2(text.find(key) != std::string::npos, key);

        auto all = reg::loadSpecifications(store);
        QVERIFY2(all, errorText(all).c_str());
        QCOMPARE(all->size(), std::size_t{2});
        QCOMPARE(all->at(0).spec.name, std::string("plain"));
        QVERIFY(!all->at(0).summary);

        // A broken document is reported with its name.
        QVERIFY(saveSpec(store, "broken", R"({"spec": {"lags": "four"}})"));
        auto broken = reg::loadSpecifications(store);
        QVERIFY(!broken);
        QVERIFY2(broken.error().context.find("broken") != std::string::npos, broken.error().describe().c_str());
        QVERIFY2(broken.error().message.find("'lags'") != std::string::npos, broken.error().describe().c_str());
        QVERIFY(reg::deleteSpecification(store, "broken").value());
    }
};

QTEST_GUILESS_MAIN(TestSpecStore)
#include "tst_specstore.moc"
