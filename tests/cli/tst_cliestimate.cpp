// `aitocracy-cli estimate` as scripts use it: the JSON contract of ESTIMATION.md
// (keys, 17 significant digits, --repeat) and one-line errors naming what is wrong.
#include "CliSupport.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

class TestCliEstimate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString data_;

    QString write(const char* name, const QByteArray& text) { return aitocracy::test::writeFile(dir_, name, text); }

    Run estimate(const QString& data, const QString& formula, QStringList extra = {})
    {
        QStringList args{QStringLiteral("estimate"), QStringLiteral("--data"), data, QStringLiteral("--panel"), QStringLiteral("unit,t"),
                         QStringLiteral("--formula"), formula};
        return runCli(args + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The 3 × 3 panel of tst_estimationhand (b = 3/8, clustered SE² = 5/96) plus a
        // column with a word in it.
        data_ = write("hand.csv", "unit,t,y,x,note\nA,1,3,1,1\nA,2,5,2,2\nA,3,6,4,3\nB,1,1,2,4\nB,2,2,1,5\nB,3,6,3,oops\n"
                                  "C,1,2,0,7\nC,2,4,3,8\nC,3,9,5,9\n");
    }

    void jsonFollowsTheContract()
    {
        const Run r = estimate(data_, QStringLiteral("y ~ x | unit + t"),
                               {QStringLiteral("--cluster"), QStringLiteral("unit"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("model")].toString(), QStringLiteral("ols"));
        QCOMPARE(o[QStringLiteral("nobs")].toInt(), 9);
        QCOMPARE(o[QStringLiteral("dropped")].toObject()[QStringLiteral("missing")].toInt(), 0);
        QVERIFY(o[QStringLiteral("dropped")].toObject().contains(QStringLiteral("excluded")));
        QCOMPARE(o[QStringLiteral("dropped")].toObject()[QStringLiteral("excluded")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("fixed_effects")].toArray().size(), 2);
        QCOMPARE(o[QStringLiteral("clusters")].toArray()[0].toObject()[QStringLiteral("groups")].toInt(), 3);
        QCOMPARE(o[QStringLiteral("dof_k")].toInt(), 4);
        for (const char* key : {"r2", "r2_within", "iterations", "elapsed_ms"}) QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject c = o[QStringLiteral("coefficients")].toArray()[0].toObject();
        QCOMPARE(c[QStringLiteral("term")].toString(), QStringLiteral("x"));
        QVERIFY(std::abs(c[QStringLiteral("std_error")].toDouble() - std::sqrt(5.0 / 96)) < 1e-14);
        for (const char* key : {"estimate", "t", "p", "ci_low", "ci_high"}) QVERIFY2(c.contains(QLatin1String(key)), key);
        // Printed with 17 significant digits: sqrt(5/96) = 0.22821773229381923… (the last
        // digits carry the rounding of the arithmetic).
        const QRegularExpression seventeen(QStringLiteral("\"std_error\": 0\\.22821773229381\\d{3}[,}]"));
        QVERIFY2(seventeen.match(r.out).hasMatch(), qPrintable(r.out));
    }

    void textAndLatexFormats()
    {
        Run r = estimate(data_, QStringLiteral("y ~ x | unit + t"), {QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Clustered (unit)")));
        QVERIFY(r.out.contains(QStringLiteral("0.375")));
        r = estimate(data_, QStringLiteral("y ~ x | unit + t"), {QStringLiteral("--format"), QStringLiteral("latex")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\\begin{tabular}")));
        QVERIFY(r.out.contains(QStringLiteral("0.3750")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown variable") << "y ~ x + unrset" << "" << "unknown variable 'unrset' at column 9";
        QTest::newRow("suggestion") << "y ~ xx | unit" << "" << "did you mean 'x'?";
        QTest::newRow("syntax") << "y ~ l(x, 1 | unit" << "" << "column";
        QTest::newRow("non-numeric column") << "y ~ note | unit" << "" << "line 7 has 'oops'";
        QTest::newRow("missing file") << "y ~ x" << "nope.csv" << "nope.csv";
        QTest::newRow("duplicate unit-time") << "y ~ x" << "dup.csv" << "line";
        QTest::newRow("ragged row") << "y ~ x" << "ragged.csv" << "ragged.csv:3";
    }

    void errors()
    {
        QFETCH(QString, formula);
        QFETCH(QString, file);
        QFETCH(QString, message);
        write("dup.csv", "unit,t,y,x\nA,1,1,2\nA,2,2,3\nA,1,3,4\n");
        write("ragged.csv", "unit,t,y,x\nA,1,1,2\nA,2,2\n");
        const QString data = file.isEmpty() ? data_ : dir_.filePath(file);
        const Run r = estimate(data, formula);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);  // one line
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliEstimate)
#include "tst_cliestimate.moc"
