// `estimate --spec` and `script --spec` on a small demonstration project: a saved
// analysis-1 specification gives the estimates of the formula it stands for, and the
// base-R script written from a specification with prefectures left out and a period
// range reproduces them with Rscript (estimates 1e-8, standard errors 1e-6 relative).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "CliSupport.h"

using aitocracy::test::readAll;
using aitocracy::test::readEstimates;
using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

class TestCliSpec : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_;
    int folders_ = 0;

    QString spec(const char* name, const QByteArray& json) { return aitocracy::test::writeFile(dir_, name, json); }

    QJsonObject estimate(const QStringList& how)
    {
        const Run r = runCli(QStringList{QStringLiteral("estimate"), QStringLiteral("--project"), project_,
                                         QStringLiteral("--format"), QStringLiteral("json")} +
                             how);
        if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QJsonArray coefficients(const QJsonObject& o) { return o[QStringLiteral("coefficients")].toArray(); }

    static double relDiff(double a, double b) { return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const Run map = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--lon"),
                                QStringLiteral("117.2"), QStringLiteral("--lat"), QStringLiteral("31.8")});
        if (map.exitCode != 0) QSKIP("the built-in map is not built");
        project_ = dir_.filePath(QStringLiteral("demo.aitocracy"));
        const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), project_,
                                 QStringLiteral("--contracts"), QStringLiteral("3000"), QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void specEqualsItsFormula()
    {
        const QJsonObject viaSpec = estimate(
            {QStringLiteral("--spec"), spec("lags.json", R"({"analysis": "unrest_to_procurement", "leads": 1, "lags": 3,
                                                            "controls": ["rain_sum"]})")});
        const QJsonObject viaFormula =
            estimate({QStringLiteral("--formula"),
                      QStringLiteral("contracts_ai_public_security ~ l(unrest, -1:3) + rain_sum | unit + period"),
                      QStringLiteral("--cluster"), QStringLiteral("unit")});
        QVERIFY(!coefficients(viaSpec).isEmpty());
        QCOMPARE(coefficients(viaSpec), coefficients(viaFormula));
        QCOMPARE(viaSpec[QStringLiteral("nobs")], viaFormula[QStringLiteral("nobs")]);
        QCOMPARE(coefficients(viaSpec)[0].toObject()[QStringLiteral("term")].toString(),
                 QStringLiteral("f(unrest, 1)"));

        // The event study adds its derived columns before estimating.
        const QJsonObject event =
            estimate({QStringLiteral("--spec"),
                      spec("event.json", R"({"design": "event_study", "threshold": 3, "leads": 2, "lags": 2})")});
        QStringList terms;
        for (const auto& c : coefficients(event)) terms << c.toObject()[QStringLiteral("term")].toString();
        QCOMPARE(terms, (QStringList{QStringLiteral("event_time::-2"), QStringLiteral("event_time::0"),
                                     QStringLiteral("event_time::1"), QStringLiteral("event_time::2")}));
    }

    void baseRReproducesASampledSpec_data()
    {
        QTest::addColumn<QByteArray>("json");
        // Lags reach into 2014 and leads into 2020, before and after the sample.
        QTest::newRow("distributed lags, two-way clustering")
            << QByteArray(R"({"leads": 1, "lags": 2, "firstPeriod": "2015Q1", "lastPeriod": "2019Q4",
                             "excludedUnits": ["110000", "340100", "440100"], "cluster": "two_way", "controls": ["rain_sum"]})");
        QTest::newRow("event study, province × period")
            << QByteArray(R"({"design": "event_study", "threshold": 2, "leads": 3, "lags": 2, "firstPeriod": "2014Q1",
                             "lastPeriod": "2019Q4", "excludedUnits": ["340100"], "provincePeriodFe": true, "cluster": "province"})");
    }

    void baseRReproducesASampledSpec()
    {
        QFETCH(QByteArray, json);
        const QString sampled = spec("sampled.json", json);
        const QJsonObject app = estimate({QStringLiteral("--spec"), sampled});
        const QJsonObject dropped = app[QStringLiteral("dropped")].toObject();
        QVERIFY(dropped[QStringLiteral("excluded")].toInt() > 0);
        QCOMPARE(dropped[QStringLiteral("missing")].toInt(), 0);

        const QString folder = dir_.filePath(QStringLiteral("base%1").arg(++folders_));
        const Run script =
            runCli({QStringLiteral("script"), QStringLiteral("--project"), project_, QStringLiteral("--spec"), sampled,
                    QStringLiteral("--lang"), QStringLiteral("base-r"), QStringLiteral("--out"), folder});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
        if (rscript.isEmpty()) QSKIP("Rscript is not installed");
        QProcess r;
        r.setWorkingDirectory(folder);
        r.start(rscript, {QStringLiteral("replicate_base.R")});
        QVERIFY(r.waitForFinished(300000));
        QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());

        const auto fromR = readEstimates(folder + QStringLiteral("/estimates.csv"));
        QCOMPARE(fromR.size(), coefficients(app).size());
        double worstB = 0, worstSe = 0;
        for (const auto& c : coefficients(app)) {
            const QJsonObject o = c.toObject();
            const QString term = o[QStringLiteral("term")].toString();
            QVERIFY2(fromR.contains(term), qPrintable(term));
            const double b = o[QStringLiteral("estimate")].toDouble(), se = o[QStringLiteral("std_error")].toDouble();
            worstB = std::max(worstB, relDiff(fromR[term].first, b));
            worstSe = std::max(worstSe, relDiff(fromR[term].second, se));
            QVERIFY2(
                relDiff(fromR[term].first, b) < 1e-8,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(term).arg(fromR[term].first, 0, 'g', 17).arg(b, 0, 'g', 17)));
            QVERIFY2(relDiff(fromR[term].second, se) < 1e-6, qPrintable(QStringLiteral("%1 SE: %2 vs %3")
                                                                            .arg(term)
                                                                            .arg(fromR[term].second, 0, 'g', 17)
                                                                            .arg(se, 0, 'g', 17)));
        }
        qInfo("%lld terms, n = %d: largest relative difference %.2g (estimates), %.2g (standard errors)",
              static_cast<long long>(fromR.size()), app[QStringLiteral("nobs")].toInt(), worstB, worstSe);
    }

    void scriptsCarryTheTemplateFormula()
    {
        const QString sampled =
            spec("fixest.json", R"({"provincePeriodFe": true, "cluster": "province", "excludedUnits": ["340100"]})");
        const QString folder = dir_.filePath(QStringLiteral("fixest"));
        const Run script =
            runCli({QStringLiteral("script"), QStringLiteral("--project"), project_, QStringLiteral("--spec"), sampled,
                    QStringLiteral("--lang"), QStringLiteral("r"), QStringLiteral("--out"), folder});
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        const QString text = readAll(folder + QStringLiteral("/replicate_fixest.R"));
        for (const char* snippet : {"feols(contracts_ai_public_security ~ l(unrest, -2:4) | unit + province^period",
                                    "panel.id = ~unit + period", "cluster = ~province", "weights = ~in_sample"})
            QVERIFY2(text.contains(QLatin1String(snippet)),
                     qPrintable(QLatin1String(snippet) + QLatin1Char('\n') + text));
    }

    void specErrorsAreOneLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown period") << QByteArray(R"({"firstPeriod": "2031Q1"})") << QStringList{}
                                        << QStringLiteral("unknown period '2031Q1'");
        QTest::newRow("unknown key") << QByteArray(R"({"lag": 2})") << QStringList{}
                                     << QStringLiteral("unknown key 'lag'");
        QTest::newRow("spec and cluster")
            << QByteArray("{}") << QStringList{QStringLiteral("--cluster"), QStringLiteral("unit")}
            << QStringLiteral("drop --cluster");
        QTest::newRow("free formula typo")
            << QByteArray(R"({"analysis": "free", "formula": "unrest ~ rain_summ | unit"})") << QStringList{}
            << QStringLiteral("unknown variable 'rain_summ' at column 10");
    }

    void specErrorsAreOneLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run r = runCli(QStringList{QStringLiteral("estimate"), QStringLiteral("--project"), project_,
                                         QStringLiteral("--spec"), spec("bad.json", json)} +
                             extra);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);

        const Run neither = runCli({QStringLiteral("estimate"), QStringLiteral("--project"), project_});
        QVERIFY(neither.exitCode != 0);
        QVERIFY2(neither.err.contains(QLatin1String("give either --formula or --spec")), qPrintable(neither.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSpec)
#include "tst_clispec.moc"
