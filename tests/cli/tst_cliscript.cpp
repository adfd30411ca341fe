// `aitocracy-cli script`: the base-R script, run with Rscript, reproduces `estimate`'s
// numbers; the fixest and Stata scripts hold the calls a reader expects (and the fixest
// one is valid R); folders are new, hashed and refused when a language can't express
// the specification.
#include <QCryptographicHash>
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

class TestCliScript : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString data_;
    int folders_ = 0;

    // An empty formula: the specification comes with --spec in `extra`.
    static QStringList specArgs(const QString& data, const QString& formula, const QStringList& extra)
    {
        QStringList args{QStringLiteral("--data"), data, QStringLiteral("--panel"), QStringLiteral("unit,t")};
        if (!formula.isEmpty()) args << QStringLiteral("--formula") << formula;
        return args + extra;
    }

    // A saved specification (regression/RegressionSpec.h) with a free formula and a sample.
    QString specFile(const char* name, const QByteArray& json) { return aitocracy::test::writeFile(dir_, name, json); }

    // Writes a folder with `lang`; returns its path (empty on failure, with the error in `run`).
    QString writeScript(const QString& lang, const QString& formula, const QStringList& extra, Run& run)
    {
        const QString out = dir_.filePath(QStringLiteral("out%1").arg(++folders_));
        run =
            runCli(QStringList{QStringLiteral("script"), QStringLiteral("--lang"), lang, QStringLiteral("--out"), out} +
                   specArgs(data_, formula, extra));
        return run.exitCode == 0 ? out : QString();
    }

    static double relDiff(double a, double b) { return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        // 24 units over 12 periods with rows left out (gaps, so l() differs from the
        // previous row), a few missing x, a text province for clustering.
        QByteArray csv = "unit,t,prov,y,x,w\n";
        std::uint64_t state = 88172645463325252ull;
        auto uniform = [&state] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return static_cast<double>(state >> 11) / 9007199254740992.0 - 0.5;
        };
        for (int u = 1; u <= 24; ++u) {
            const double effect = uniform() * 2;
            for (int t = 1; t <= 12; ++t) {
                if ((u * 7 + t * 3) % 11 == 0) continue;
                const double x = uniform() * 2 + 0.3 * effect, w = uniform(), timeEffect = 0.1 * t * t / 12;
                const double y =
                    0.5 * x + w + effect + timeEffect + uniform() * (1 + std::abs(x)) + 0.2 * std::sin(u * t);
                const QByteArray xs = (u * t) % 37 == 5 ? QByteArray() : QByteArray::number(x, 'g', 17);
                csv += QStringLiteral("u%1,%2,P%3,").arg(u, 2, 10, QLatin1Char('0')).arg(t).arg(u % 5).toUtf8() +
                       QByteArray::number(y, 'g', 17) + "," + xs + "," + QByteArray::number(w, 'g', 17) + "\n";
            }
        }
        data_ = aitocracy::test::writeFile(dir_, "panel.csv", csv);
    }

    void baseRReproducesTheEstimates_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("two-way FE, lags, cluster unit")
            << QStringLiteral("y ~ l(x, 1:2) + w | unit + t")
            << QStringList{QStringLiteral("--cluster"), QStringLiteral("unit")};
        QTest::newRow("no FE, hetero") << QStringLiteral("y ~ x + w")
                                       << QStringList{QStringLiteral("--vcov"), QStringLiteral("hetero")};
        QTest::newRow("two-way clustering, product")
            << QStringLiteral("y ~ x + l(x, 1) + w:l(x, 1) | unit + t")
            << QStringList{QStringLiteral("--cluster"), QStringLiteral("unit+t")};
        QTest::newRow("FE nested in cluster") << QStringLiteral("y ~ x + w | unit + prov^t")
                                              << QStringList{QStringLiteral("--cluster"), QStringLiteral("prov")};
        QTest::newRow("one FE, iid") << QStringLiteral("y ~ f(x, 1) + x | unit")
                                     << QStringList{QStringLiteral("--vcov"), QStringLiteral("iid")};
        QTest::newRow("default vcov (first FE)") << QStringLiteral("y ~ x + w | unit + t") << QStringList{};
        QTest::newRow("i() with a reference") << QStringLiteral("y ~ i(t, ref = 5) + w | unit") << QStringList{};
        QTest::newRow("i() of text, every level")
            << QStringLiteral("y ~ x + i(prov) | t") << QStringList{QStringLiteral("--vcov"), QStringLiteral("hetero")};
        // The user's sample: lags of the first kept period come from the excluded one before it.
        QTest::newRow("sample: units and periods left out")
            << QString() << QStringList{QStringLiteral("--spec"),
                                        specFile("masked.json", R"({"analysis": "free", "formula": "y ~ l(x, 1:2) + w | unit + t",
                                                 "excludedUnits": ["u03", "u11", "u17"], "firstPeriod": "4", "lastPeriod": "10"})")};
        QTest::newRow("sample, two-way clustering")
            << QString() << QStringList{QStringLiteral("--spec"),
                                        specFile("masked2.json", R"({"analysis": "free", "formula": "y ~ x + f(x, 1):w | unit + prov^t",
                                                 "cluster": "two_way", "excludedUnits": ["u05"], "lastPeriod": "9"})")};
    }

    void baseRReproducesTheEstimates()
    {
        QFETCH(QString, formula);
        QFETCH(QStringList, extra);
        const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
        if (rscript.isEmpty()) QSKIP("Rscript is not installed");

        Run run{};
        const QString folder = writeScript(QStringLiteral("base-r"), formula, extra, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        QProcess r;
        r.setWorkingDirectory(folder);
        r.start(rscript, {QStringLiteral("replicate_base.R")});
        QVERIFY(r.waitForFinished(120000));
        QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());

        const Run app =
            runCli(QStringList{QStringLiteral("estimate"), QStringLiteral("--format"), QStringLiteral("json")} +
                   specArgs(data_, formula, extra));
        QVERIFY2(app.exitCode == 0, qPrintable(app.err));
        const QJsonArray coefficients =
            QJsonDocument::fromJson(app.out.toUtf8()).object()[QStringLiteral("coefficients")].toArray();
        const auto script = readEstimates(folder + QStringLiteral("/estimates.csv"));
        QCOMPARE(script.size(), coefficients.size());
        for (const auto& c : coefficients) {
            const QJsonObject o = c.toObject();
            const QString term = o[QStringLiteral("term")].toString();
            QVERIFY2(script.contains(term), qPrintable(term));
            const double b = o[QStringLiteral("estimate")].toDouble(), se = o[QStringLiteral("std_error")].toDouble();
            QVERIFY2(
                relDiff(script[term].first, b) < 1e-8,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(term).arg(script[term].first, 0, 'g', 17).arg(b, 0, 'g', 17)));
            QVERIFY2(relDiff(script[term].second, se) < 1e-6, qPrintable(QStringLiteral("%1 SE: %2 vs %3")
                                                                             .arg(term)
                                                                             .arg(script[term].second, 0, 'g', 17)
                                                                             .arg(se, 0, 'g', 17)));
        }
    }

    void sampleColumnAndRestrictions()
    {
        const QStringList spec{QStringLiteral("--spec"),
                               specFile("sample.json", R"({"analysis": "free", "formula": "y ~ l(x, 1) + w | unit + t",
                                        "excludedUnits": ["u02"], "firstPeriod": "2"})")};
        Run run{};
        QString folder = writeScript(QStringLiteral("r"), QString(), spec, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        const QStringList rows = readAll(folder + QStringLiteral("/panel.csv")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.front(), QStringLiteral("unit,t,prov,y,x,w,in_sample"));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList cells = rows[i].split(QLatin1Char(','));
            const bool kept = cells[0] != QLatin1String("u02") && cells[1].toInt() >= 2;
            QCOMPARE(cells.back(), kept ? QStringLiteral("1") : QStringLiteral("0"));
        }
        const QString fixest = readAll(folder + QStringLiteral("/replicate_fixest.R"));
        QVERIFY2(fixest.contains(QLatin1String("cluster = ~unit,\n    weights = ~in_sample,")), qPrintable(fixest));
        if (const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript")); !rscript.isEmpty()) {
            QProcess r;  // valid R, even where fixest is not installed
            r.setWorkingDirectory(folder);
            r.start(rscript, {QStringLiteral("-e"), QStringLiteral("invisible(parse('replicate_fixest.R'))")});
            QVERIFY(r.waitForFinished(60000));
            QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());
        }

        folder = writeScript(QStringLiteral("stata"), QString(), spec, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        const QString stata = readAll(folder + QStringLiteral("/replicate.do"));
        QVERIFY2(stata.contains(QLatin1String("reghdfe y L.x w if in_sample == 1, absorb(unit t) vce(cluster unit) keepsingletons")),
                 qPrintable(stata));

        // Without a sample there is no such column.
        folder = writeScript(QStringLiteral("r"), QStringLiteral("y ~ x | unit"), {}, run);
        QVERIFY(!readAll(folder + QStringLiteral("/panel.csv")).startsWith(QLatin1String("unit,t,prov,y,x,w,in_sample")));
        QVERIFY(!readAll(folder + QStringLiteral("/replicate_fixest.R")).contains(QLatin1String("weights")));
    }

    void fixestScriptStatesTheSpecification()
    {
        Run run{};
        const QString folder = writeScript(QStringLiteral("r"), QStringLiteral("y ~ l(x, 1:2) + w | unit + t"),
                                           {QStringLiteral("--cluster"), QStringLiteral("unit")}, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        const QString text = readAll(folder + QStringLiteral("/replicate_fixest.R"));
        for (const char* snippet : {"library(fixest)", "feols(y ~ l(x, 1:2) + w | unit + t", "panel.id = ~unit + t",
                                    "cluster = ~unit", "fixef.K = \"nested\"", "\"estimates.csv\"", "digits = 17"})
            QVERIFY2(text.contains(QLatin1String(snippet)), snippet);
        QVERIFY(!text.contains(QLatin1String("fixef.rm")));

        const QString poisson = readAll(writeScript(QStringLiteral("r"), QStringLiteral("y ~ x | unit"),
                                                    {QStringLiteral("--model"), QStringLiteral("poisson"),
                                                     QStringLiteral("--vcov"), QStringLiteral("hetero")},
                                                    run) +
                                        QStringLiteral("/replicate_fixest.R"));
        QVERIFY2(poisson.contains(QLatin1String("fepois(y ~ x | unit")), qPrintable(poisson));
        QVERIFY(poisson.contains(QLatin1String("vcov = \"hetero\"")));

        // Valid R, even where fixest is not installed: parse() only.
        const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
        if (rscript.isEmpty()) QSKIP("Rscript is not installed");
        QProcess r;
        r.setWorkingDirectory(folder);
        r.start(rscript, {QStringLiteral("-e"), QStringLiteral("invisible(parse('replicate_fixest.R'))")});
        QVERIFY(r.waitForFinished(60000));
        QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());
    }

    void stataScriptUsesReghdfe()
    {
        Run run{};
        QString folder = writeScript(QStringLiteral("stata"), QStringLiteral("y ~ l(x, 1:2) + w | unit + t"),
                                     {QStringLiteral("--cluster"), QStringLiteral("unit")}, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        QString text = readAll(folder + QStringLiteral("/replicate.do"));
        for (const char* snippet :
             {"import delimited using \"panel.csv\"", "encode `v'", "xtset unit t, delta(1)",
              "reghdfe y L.x L2.x w, absorb(unit t) vce(cluster unit) keepsingletons",
              "file write out `\"\"l(x, 2)\"\"' \",\" (strtrim(string(_b[L2.x]", "file close out"})
            QVERIFY2(text.contains(QLatin1String(snippet)),
                     qPrintable(QLatin1String(snippet) + QLatin1Char('\n') + text));

        folder = writeScript(
            QStringLiteral("stata"), QStringLiteral("y ~ w + f(x, 1):w | unit + prov^t"),
            {QStringLiteral("--cluster"), QStringLiteral("unit+t"), QStringLiteral("--drop-singletons")}, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        text = readAll(folder + QStringLiteral("/replicate.do"));
        for (const char* snippet :
             {"generate double _prod2 = F.x * w", "reghdfe y w _prod2, absorb(unit prov#t) vce(cluster unit t)\n",
              "\"\"f(x, 1):w\"\"'"})
            QVERIFY2(text.contains(QLatin1String(snippet)),
                     qPrintable(QLatin1String(snippet) + QLatin1Char('\n') + text));

        text = readAll(writeScript(QStringLiteral("stata"), QStringLiteral("y ~ w | unit + t | x ~ l(x, 2)"),
                                   {QStringLiteral("--cluster"), QStringLiteral("unit")}, run) +
                       QStringLiteral("/replicate.do"));
        QVERIFY2(text.contains(QLatin1String("ivreghdfe y w (x = L2.x), absorb(unit t) cluster(unit) small\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("`\"\"fit_x\"\"' \",\" (strtrim(string(_b[x]")));

        text = readAll(writeScript(QStringLiteral("stata"), QStringLiteral("y ~ w"),
                                   {QStringLiteral("--vcov"), QStringLiteral("hetero")}, run) +
                       QStringLiteral("/replicate.do"));
        QVERIFY2(text.contains(QLatin1String("reghdfe y w, noabsorb vce(robust) keepsingletons")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\"\"(Intercept)\"\"' \",\" (strtrim(string(_b[_cons]")));

        // i(): one dummy per value but the reference, written only when Stata estimated it.
        text = readAll(writeScript(QStringLiteral("stata"), QStringLiteral("y ~ i(t, ref = 1) + w | unit"),
                                   {QStringLiteral("--cluster"), QStringLiteral("unit")}, run) +
                       QStringLiteral("/replicate.do"));
        for (const char* snippet : {"generate byte _i1 = (t == 2) if !missing(t)\n", "reghdfe y _i1 _i2",
                                    "if _se[_i1] > 0 & !missing(_se[_i1]) file write out `\"\"t::2\"\"' \",\" (strtrim(string(_b[_i1]"})
            QVERIFY2(text.contains(QLatin1String(snippet)), qPrintable(QLatin1String(snippet) + QLatin1Char('\n') + text));
        QVERIFY(!text.contains(QLatin1String("(t == 1)")));
    }

    void folderHoldsThePanelAndItsHash()
    {
        Run run{};
        const QString folder = writeScript(QStringLiteral("base-r"), QStringLiteral("y ~ x | unit"), {}, run);
        QVERIFY2(!folder.isEmpty(), qPrintable(run.err));
        QFile panel(folder + QStringLiteral("/panel.csv"));
        QVERIFY(panel.open(QIODevice::ReadOnly));
        const QByteArray bytes = panel.readAll();
        QVERIFY(bytes.startsWith("unit,t,prov,y,x,w\nu01,1,P1,"));
        const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(readAll(folder + QStringLiteral("/panel.sha256")), QString::fromLatin1(sha + "  panel.csv\n"));
        QVERIFY(run.out.contains(QString::fromLatin1(sha)));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));

        // An existing folder is never written into.
        const Run again = runCli(QStringList{QStringLiteral("script"), QStringLiteral("--lang"), QStringLiteral("r"),
                                             QStringLiteral("--out"), folder} +
                                 specArgs(data_, QStringLiteral("y ~ x | unit"), {}));
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("base-r poisson") << QStringLiteral("base-r") << QStringLiteral("y ~ x | unit")
                                        << QStringList{QStringLiteral("--model"), QStringLiteral("poisson")}
                                        << QStringLiteral("base-R script covers OLS only");
        QTest::newRow("base-r iv") << QStringLiteral("base-r") << QStringLiteral("y ~ w | unit | x ~ l(x, 1)")
                                   << QStringList{} << QStringLiteral("OLS only; use --lang r (fixest) for IV");
        QTest::newRow("base-r singletons")
            << QStringLiteral("base-r") << QStringLiteral("y ~ x | unit")
            << QStringList{QStringLiteral("--drop-singletons")} << QStringLiteral("keeps singletons");
        QTest::newRow("stata i() of text") << QStringLiteral("stata") << QStringLiteral("y ~ i(prov, ref = \"P1\") | unit")
                                           << QStringList{} << QStringLiteral("i() of numeric variables only");
        QTest::newRow("unknown language") << QStringLiteral("python") << QStringLiteral("y ~ x") << QStringList{}
                                          << QStringLiteral("--lang must be r, stata or base-r");
        QTest::newRow("formula error") << QStringLiteral("r") << QStringLiteral("y ~ xx") << QStringList{}
                                       << QStringLiteral("unknown variable 'xx'");
    }

    void refusals()
    {
        QFETCH(QString, lang);
        QFETCH(QString, formula);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        Run run{};
        const QString folder = writeScript(lang, formula, extra, run);
        QVERIFY(folder.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("out%1").arg(folders_))));
    }
};

QTEST_GUILESS_MAIN(TestCliScript)
#include "tst_cliscript.moc"
