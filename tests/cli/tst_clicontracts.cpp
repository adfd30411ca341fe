// `aitocracy-cli import contracts`, `export contracts`, `rules show|set` and `info` as a
// user meets them, and the promise that a killed import leaves the project as it was.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

#include "CliSupport.h"

using aitocracy::test::runCli;
using aitocracy::test::writeFile;

namespace {

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char* kTable =
    "contract_id,date,buyer,buyer_region_code,supplier,amount,title\n"
    "C-1,2017-05-01,合肥市公安局,,某科技公司,\"1,200\",人脸识别系统\n"
    "C-2,2017-05-02,芜湖市公安局,,某公司,800,视频监控设备\n"
    "C-3,2017-05-03,朝阳区城管局,,某公司,5,办公用品\n"
    "C-4,not a date,合肥市公安局,,某公司,5,办公用品\n";

}  // namespace

class TestCliContracts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const auto r = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--lon"),
                               QStringLiteral("117.2"), QStringLiteral("--lat"), QStringLiteral("31.8")});
        if (r.exitCode != 0) QSKIP("the built-in map is not built");
    }

    void importInfoExportRules()
    {
        const QString table = writeFile(dir_, "c.csv", kTable);
        const QString project = path("p.aitocracy");
        auto r = runCli({QStringLiteral("import"), QStringLiteral("contracts"), QStringLiteral("--project"), project,
                         QStringLiteral("--format"), QStringLiteral("json"), table});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = jsonOf(r.out);
        QCOMPARE(report[QStringLiteral("stored")].toInt(), 3);
        QCOMPARE(report[QStringLiteral("rejected")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("rejected_rows")].toArray()[0].toObject()[QStringLiteral("line")].toInt(), 5);
        QCOMPARE(report[QStringLiteral("mapping")].toObject()[QStringLiteral("amount")].toString(),
                 QStringLiteral("amount"));
        QCOMPARE(
            report[QStringLiteral("unresolved_buyers")].toArray()[0].toObject()[QStringLiteral("buyer")].toString(),
            QStringLiteral("朝阳区城管局"));

        r = runCli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                    QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject info = jsonOf(r.out);
        const QJsonObject byClass = info[QStringLiteral("contracts_by_class")].toObject();
        QCOMPARE(byClass[QStringLiteral("ai_public_security")].toInt(), 1);
        QCOMPARE(byClass[QStringLiteral("surveillance")].toInt(), 1);
        QCOMPARE(byClass[QStringLiteral("other")].toInt(), 1);
        QCOMPARE(info[QStringLiteral("contracts_unplaced_buyers")].toInt(), 1);

        r = runCli({QStringLiteral("export"), QStringLiteral("contracts"), QStringLiteral("--project"), project,
                    QStringLiteral("--out"), path("out.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile out(path("out.csv"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(out.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1],
                 QStringLiteral(
                     "C-1,2017-05-01,340100,ai_public_security,1200,合肥市公安局,某科技公司,buyer:公安;ai:人脸识别"));

        // New rules re-classify what is stored.
        r = runCli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject rules = jsonOf(r.out);
        QVERIFY(rules[QStringLiteral("ai")].toArray().contains(QStringLiteral("人脸识别")));
        rules[QStringLiteral("surveillance")] = QJsonArray{QStringLiteral("办公用品")};
        const QString rulesFile = writeFile(dir_, "rules.json", QJsonDocument(rules).toJson());
        r = runCli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--project"), project,
                    QStringLiteral("--file"), rulesFile, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject re = jsonOf(r.out);
        QCOMPARE(re[QStringLiteral("contracts")].toInt(), 3);
        QCOMPARE(re[QStringLiteral("changed_class")].toInt(), 2);  // C-2 no longer surveillance, C-3 now is
        // A broken rules file is refused, naming the key.
        const QString bad = writeFile(dir_, "bad.json",
                                      R"({"version":1,"ai":"人脸识别","public_security_buyer":[],"surveillance":[]})");
        r = runCli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--project"), project,
                    QStringLiteral("--file"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ai")), qPrintable(r.err));
    }

    void killedImportLeavesProjectAsItWas()
    {
        // A table big enough that the import is still running when it is killed.
        QByteArray big = "contract_id,date,buyer,title\n";
        for (int i = 0; i < 400000; ++i)
            big += "K-" + QByteArray::number(i) + ",2018-01-01,合肥市公安局第" + QByteArray::number(i % 97) +
                   "分局,人脸识别系统采购项目\n";
        const QString table = writeFile(dir_, "big.csv", big);
        const QString project = path("k.aitocracy");
        auto r = runCli(
            {QStringLiteral("import"), QStringLiteral("contracts"), QStringLiteral("--project"), project,
             writeFile(dir_, "one.csv", "contract_id,date,buyer,title\nA-1,2018-01-01,合肥市公安局,人脸识别\n")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 sizeBefore = QFileInfo(project).size();
        QProcess p;
        p.start(QStringLiteral(AITOCRACY_CLI_PATH),
                {QStringLiteral("import"), QStringLiteral("contracts"), QStringLiteral("--project"), project, table});
        QVERIFY(p.waitForStarted());
        // Killed once rows have reached the file, however fast the machine: the import
        // loads under a rollback journal, which exists from the first changed page to the
        // commit, and stored pages go to the file as the page cache fills. So the file is
        // half written and the journal is left behind, hot.
        const QString journal = project + QStringLiteral("-journal");
        auto midway = [&] { return QFileInfo::exists(journal) && QFileInfo(project).size() > sizeBefore; };
        while (p.state() == QProcess::Running && !midway()) QThread::msleep(2);
        QVERIFY2(p.state() == QProcess::Running,
                 "the import finished before it could be killed: make the table bigger");
        p.kill();
        QVERIFY(p.waitForFinished());
        QVERIFY(QFileInfo::exists(journal));
        r = runCli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                    QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject counts = jsonOf(r.out)[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("contracts")].toInt(), 1);
        QCOMPARE(counts[QStringLiteral("imports")].toInt(), 1);
        // And the same file imports in full afterwards.
        r = runCli({QStringLiteral("import"), QStringLiteral("contracts"), QStringLiteral("--project"), project,
                    QStringLiteral("--format"), QStringLiteral("json"), table},
                   300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(r.out)[QStringLiteral("stored")].toInt(), 400000);
    }
};

QTEST_GUILESS_MAIN(TestCliContracts)
#include "tst_clicontracts.moc"
