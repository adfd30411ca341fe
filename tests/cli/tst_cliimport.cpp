// `aitocracy-cli import gdelt` as a user meets it: a missing project is created with the
// built-in map, the JSON report carries the counts of PROVENANCE.md, a re-import adds
// nothing, and a text file named .zip is an error naming the file that changes nothing.
#include "CliSupport.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

namespace {
const QString kDias = QStringLiteral(AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326044500.export.CSV");
const QString kFakeZip = QStringLiteral(AITOCRACY_SHARED_DIR "/data/gdelt/epournaras__DIAS-GDELT/b61e972/20180326191500.export.CSV.zip");
}  // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    static QJsonObject total(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("total")].toObject(); }

private Q_SLOTS:
    void importsIntoANewProject()
    {
        const QString project = dir_.filePath(QStringLiteral("new.aitocracy"));
        const QStringList args{QStringLiteral("import"), QStringLiteral("gdelt"), QStringLiteral("--project"), project,
                               QStringLiteral("--root-codes"), QStringLiteral("all"), QStringLiteral("--all-events"),
                               QStringLiteral("--format"), QStringLiteral("json"), kDias};
        const Run r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(project));
        const QJsonObject t = total(r);
        QCOMPARE(t[QStringLiteral("rows_read")].toInt(), 1540);
        QCOMPARE(t[QStringLiteral("rows_by_layout")].toObject()[QStringLiteral("61")].toInt(), 1540);
        const QJsonObject geo = t[QStringLiteral("country_rows_by_geo_type")].toObject();
        QCOMPARE(geo[QStringLiteral("1")].toInt(), 16);
        QCOMPARE(geo[QStringLiteral("4")].toInt(), 9);
        QCOMPARE(t[QStringLiteral("kept")].toInt(), 25);
        QCOMPARE(t[QStringLiteral("stored")].toInt(), 25);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("files")].toArray().size(), 1);

        const Run again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(total(again)[QStringLiteral("stored")].toInt(), 0);
        QCOMPARE(total(again)[QStringLiteral("duplicates_by_id")].toInt(), 25);

        // The study's defaults (CH protests): none in this file.
        const Run study = runCli({QStringLiteral("import"), QStringLiteral("gdelt"), QStringLiteral("--project"), project,
                                  QStringLiteral("--format"), QStringLiteral("json"), kDias});
        QVERIFY2(study.exitCode == 0, qPrintable(study.err));
        QCOMPARE(total(study)[QStringLiteral("kept")].toInt(), 0);
        QCOMPARE(total(study)[QStringLiteral("dropped_root_code")].toInt(), 25);

        // export events: the header the docs name and one line per stored event.
        const QString csv = dir_.filePath(QStringLiteral("events.csv"));
        const Run ex = runCli({QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--project"), project, QStringLiteral("--out"), csv});
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code"));
        QCOMPARE(lines.size(), 1 + 25 + 1);  // header, 25 events, the empty piece after the final newline
        int withUnit = 0;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.size(), 9);
            if (!fields[7].isEmpty()) {
                ++withUnit;
                QCOMPARE(fields[4], QByteArray("4"));
            }
        }
        QCOMPARE(withUnit, 9);  // the 9 city-level China rows all lie inside a prefecture
    }

    void fakeZipIsAnErrorNamingTheFile()
    {
        const QString project = dir_.filePath(QStringLiteral("fake.aitocracy"));
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("gdelt"), QStringLiteral("--project"), project, kDias, kFakeZip});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("20180326191500.export.CSV.zip")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ZIP")), qPrintable(r.err));
        // The first, good file was rolled back with the rest.
        const Run info = runCli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const QJsonObject counts = QJsonDocument::fromJson(info.out.toUtf8()).object()[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("unrest_events")].toInt(-1), 0);
        QCOMPARE(counts[QStringLiteral("imports")].toInt(-1), 0);
    }

    void badDateIsRefused()
    {
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("gdelt"), QStringLiteral("--project"),
                              dir_.filePath(QStringLiteral("d.aitocracy")), QStringLiteral("--from"), QStringLiteral("March"), kDias});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--from")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
