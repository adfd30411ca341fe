// RegressionSpec as JSON: every field survives a round trip, missing keys keep their
// defaults, and a bad document is refused with the key it is about.
#include <QtTest>

#include "TestSupport.h"
#include "regression/RegressionSpec.h"

using namespace aitocracy::core;
using namespace aitocracy::core::reg;
using aitocracy::test::errorText;

class TestRegressionSpec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFieldSurvivesARoundTrip()
    {
        // Every member differs from its default, so a field the JSON forgets fails ==.
        RegressionSpec s;
        s.name = "事件研究 2015–2019";
        s.analysis = Analysis::ContractsInnovation;
        s.outcome = OutcomeScale::ZScore;
        s.treatment = TreatmentScale::Binary;
        s.threshold = 2.5;
        s.design = DesignKind::EventStudy;
        s.leads = 3;
        s.lags = 6;
        s.referencePeriod = -2;
        s.binEndpoints = false;
        s.controls = {"contracts_surveillance", "rain_sum"};
        s.unitFe = false;
        s.periodFe = false;
        s.provincePeriodFe = true;
        s.cluster = ClusterChoice::TwoWay;
        s.firstPeriod = "2015Q1";
        s.lastPeriod = "2019Q4";
        s.excludedUnits = {"340100", "110000"};
        s.iv = true;
        s.instruments = {"rain_sum", "rain_days"};
        s.weatherShock = "rain_days";
        s.stockLag = 2;
        s.software = SoftwareOutcome::Commercial;
        s.model = est::Model::Poisson;
        s.formula = "y ~ x | unit";

        const std::string json = specToJson(s);
        auto back = specFromJson(json);
        QVERIFY2(back, errorText(back).c_str());
        QVERIFY2(*back == s, json.c_str());
        QCOMPARE(specToJson(*back), json);
        // Keys as the members, enum values as words.
        for (const char* text :
             {"\"analysis\": \"contracts_innovation\"", "\"outcome\": \"zscore\"", "\"treatment\": \"binary\"",
              "\"design\": \"event_study\"", "\"cluster\": \"two_way\"", "\"software\": \"commercial\"",
              "\"model\": \"poisson\"", "\"referencePeriod\": -2", "\"provincePeriodFe\": true"})
            QVERIFY2(json.find(text) != std::string::npos, text);

        // The other enum values too.
        for (auto a : {Analysis::UnrestToProcurement, Analysis::AiSuppression, Analysis::Free}) {
            RegressionSpec t;
            t.analysis = a;
            t.outcome = OutcomeScale::Amount;
            t.cluster = ClusterChoice::None;
            QCOMPARE(specFromJson(specToJson(t)).value(), t);
        }
    }

    void missingKeysKeepDefaults()
    {
        auto s = specFromJson(R"({"analysis": "ai_suppression", "lags": 8})");
        QVERIFY2(s, errorText(s).c_str());
        RegressionSpec expected;
        expected.analysis = Analysis::AiSuppression;
        expected.lags = 8;
        QCOMPARE(*s, expected);
        QCOMPARE(specFromJson("{}").value(), RegressionSpec{});
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << R"({"lag": 3})"
                                     << "lag"
                                     << "unknown key 'lag'";
        QTest::newRow("int as text") << R"({"leads": "2"})"
                                     << "leads"
                                     << "'leads' must be an integer";
        QTest::newRow("fraction") << R"({"lags": 2.5})"
                                  << "lags"
                                  << "'lags' must be an integer";
        QTest::newRow("bool") << R"({"unitFe": 1})"
                              << "unitFe"
                              << "'unitFe' must be true or false";
        QTest::newRow("number") << R"({"threshold": "high"})"
                                << "threshold"
                                << "'threshold' must be a number";
        QTest::newRow("list") << R"({"controls": ["rain_sum", 3]})"
                              << "controls"
                              << "'controls' must be a list of strings";
        QTest::newRow("enum word") << R"({"cluster": "prefecture"})"
                                   << "cluster"
                                   << "'cluster' must be one of unit, province, two_way, none, not 'prefecture'";
        QTest::newRow("enum type") << R"({"model": 1})"
                                   << "model"
                                   << "'model' must be one of ols, poisson";
    }

    void errorsNameTheKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        QFETCH(QString, message);
        auto s = specFromJson(json.toStdString());
        QVERIFY(!s);
        QCOMPARE(s.error().code, std::string("spec"));
        QCOMPARE(QString::fromStdString(s.error().context), key);
        QVERIFY2(s.error().message.find(message.toStdString()) != std::string::npos, s.error().message.c_str());
    }

    void notAnObject()
    {
        QVERIFY(!specFromJson("[1, 2]"));
        QVERIFY(!specFromJson("{\"name\": "));
    }
};

QTEST_GUILESS_MAIN(TestRegressionSpec)
#include "tst_regressionspec.moc"
