// `aitocracy-cli demo` as a user meets it: the printed truth configuration is the one a
// --config file may change, and mistakes are clear errors that build nothing.
#include "CliSupport.h"

#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

class TestCliDemo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString write(const char* name, const QByteArray& text) { return aitocracy::test::writeFile(dir_, name, text); }

private Q_SLOTS:
    void printsTheTruthConfiguration()
    {
        const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--print-config")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject truth = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(truth[QStringLiteral("innovationEffect")].toDouble(), 0.486);  // the study's +48.6 %
        QCOMPARE(truth[QStringLiteral("contracts")].toInt(), 300000);
        QVERIFY(truth[QStringLiteral("lagProfile")].isArray());
    }

    void rejectsABadConfiguration()
    {
        const QString config = write("truth.json", R"({"innovationEfect": 0.5})");
        const QString out = dir_.filePath(QStringLiteral("w.aitocracy"));
        const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--config"), config});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("unknown key 'innovationEfect'")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        const QString wrongType = write("types.json", R"({"contracts": "many"})");
        const Run t = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--config"), wrongType});
        QVERIFY(t.exitCode != 0);
        QVERIFY2(t.err.contains(QStringLiteral("wrong type")), qPrintable(t.err));
    }

    void neverOverwritesAProject()
    {
        const QString existing = write("mine.aitocracy", "my work");
        const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), existing, QStringLiteral("--quiet")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("exists")), qPrintable(r.err));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my work"));
    }

    void needsAnOutput()
    {
        const Run r = runCli({QStringLiteral("demo")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--out")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_clidemo.moc"
