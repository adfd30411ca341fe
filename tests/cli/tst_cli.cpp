// aitocracy-cli as a user runs it: exact output of `geo locate`, project creation and
// info, and clear errors for bad input.
#include "CliSupport.h"

#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)); }

private Q_SLOTS:
    void locatePrintsTheDocumentedJson()
    {
        const Run r = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--lat"), QStringLiteral("39.9042"),
                           QStringLiteral("--lon"), QStringLiteral("116.4074"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral(R"({"code": "110000", "name_zh": "北京市", "name_en": "Beijing", "province_code": "110000", "kind": "municipality"})"));
    }

    void locateOutsideEveryUnitIsNull()
    {
        for (const auto& [lat, lon] : {std::pair{"22.3193", "114.1694"}, {"22.1987", "113.5439"}, {"25.0330", "121.5654"}}) {
            const Run r = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--lat"), QString::fromLatin1(lat),
                               QStringLiteral("--lon"), QString::fromLatin1(lon), QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.trimmed(), QStringLiteral(R"({"code": null})"));
        }
    }

    void newThenInfoCountsEverything()
    {
        const QString project = path("china.aitocracy");
        Run r = runCli({QStringLiteral("new"), QStringLiteral("--project"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("info"), QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("schema_version")].toInt(), 3);
        QCOMPARE(info[QStringLiteral("boundaries")].toString(), QStringLiteral("builtin"));
        const QJsonObject counts = info[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("units")].toInt(), 367);
        QCOMPARE(counts[QStringLiteral("code_crosswalk")].toInt(), 12);  // GEODATA.md §3 table
        QVERIFY(counts[QStringLiteral("places")].toInt() > 3000);        // the gazetteer of the built-in map
        QCOMPARE(counts[QStringLiteral("unrest_events")].toInt(), 0);

        // A project's units answer `geo locate --project` the same as the built-in map.
        r = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--project"), project, QStringLiteral("--lat"),
                 QStringLiteral("31.8206"), QStringLiteral("--lon"), QStringLiteral("117.2272")});
        QVERIFY(r.out.contains(QStringLiteral("\"340100\"")));

        // Creating over an existing project is refused and leaves it as it was.
        const QByteArray before = [&] { QFile f(project); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        r = runCli({QStringLiteral("new"), QStringLiteral("--project"), project});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("china.aitocracy")), qPrintable(r.err));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void userBoundariesWithAMissingField()
    {
        const QString file = path("gadm.geojson");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"GID_2":"CHN.1.1_1","NAME_2":"Anqing"},
            "geometry":{"type":"Polygon","coordinates":[[[116,30],[117,30],[117,31],[116,31],[116,30]]]}}]})");
        f.close();
        Run r = runCli({QStringLiteral("new"), QStringLiteral("--project"), path("gadm.aitocracy"), QStringLiteral("--boundaries"), file,
                     QStringLiteral("--code-field"), QStringLiteral("CODE"), QStringLiteral("--name-field"), QStringLiteral("NAME_2")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("GID_2, NAME_2")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("gadm.aitocracy")));

        r = runCli({QStringLiteral("new"), QStringLiteral("--project"), path("gadm.aitocracy"), QStringLiteral("--boundaries"), file,
                 QStringLiteral("--code-field"), QStringLiteral("GID_2"), QStringLiteral("--name-field"), QStringLiteral("NAME_2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--project"), path("gadm.aitocracy"),
                 QStringLiteral("--lat"), QStringLiteral("30.5"), QStringLiteral("--lon"), QStringLiteral("116.5")});
        QVERIFY2(r.out.contains(QStringLiteral("CHN.1.1_1")), qPrintable(r.out));
    }

    void infoOnAForeignFileIsAClearError()
    {
        const QString file = path("notes.aitocracy");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a project\n");
        f.close();
        const Run r = runCli({QStringLiteral("info"), QStringLiteral("--project"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notes.aitocracy")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("terminate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
