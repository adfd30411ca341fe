// `aitocracy-cli figure`: the map and the timeline of a small demonstration world as PNG,
// SVG and PDF files of the requested physical size, holding the legend text and one
// filled shape per unit.
#include <QRegularExpression>
#include <QtTest>

#include "CliSupport.h"

using aitocracy::test::runCli;

class TestCliFigure : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_;
    QString path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)); }
    aitocracy::test::CliRun figure(const QStringList& extra)
    {
        return runCli(QStringList{QStringLiteral("figure"), QStringLiteral("--project"), project_} + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = path("demo.aitocracy");
        const QString config = path("config.json");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"contracts": 3000})");
        f.close();
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), project_, QStringLiteral("--config"),
                               config, QStringLiteral("--quiet")});
        if (r.exitCode != 0) QSKIP(qPrintable(QStringLiteral("no demonstration world (is the map built?): ") + r.err));
    }

    void mapAsPngSvgPdf()
    {
        auto r = figure({QStringLiteral("--view"), QStringLiteral("map"), QStringLiteral("--var"),
                         QStringLiteral("unrest"), QStringLiteral("--period"), QStringLiteral("2016Q1:2016Q4"),
                         QStringLiteral("--size"), QStringLiteral("double"), QStringLiteral("--out"), path("m.png")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The PNG header's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        QFile png(path("m.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray head = png.read(24);
        QVERIFY(head.startsWith("\x89PNG"));
        auto be32 = [&](int at) {
            return (quint8(head[at]) << 24) | (quint8(head[at + 1]) << 16) | (quint8(head[at + 2]) << 8) |
                   quint8(head[at + 3]);
        };
        QCOMPARE(be32(16), 2100u);  // 7 in at 300 dpi
        QCOMPARE(be32(20), 1380u);  // 4.6 in

        r = figure({QStringLiteral("--period"), QStringLiteral("2016Q1:2016Q4"), QStringLiteral("--size"),
                    QStringLiteral("single"), QStringLiteral("--out"), path("m.svg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile svgFile(path("m.svg"));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(svgFile.readAll());
        const auto width = QRegularExpression(QStringLiteral("<svg[^>]*width=\"([0-9.]+)mm\"")).match(svg);
        QVERIFY(width.hasMatch());
        QVERIFY(qAbs(width.captured(1).toDouble() - 88.9) < 0.5);  // 3.5 in
        QVERIFY(svg.contains(QStringLiteral("No data")));
        QVERIFY(svg.contains(QStringLiteral("unrest, sum 2016Q1 – 2016Q4")));
        // Every unit is a filled path (367 units; borders are polylines).
        QVERIFY2(svg.count(QStringLiteral("<path")) >= 367,
                 qPrintable(QString::number(svg.count(QStringLiteral("<path")))));

        r = figure({QStringLiteral("--period"), QStringLiteral("2017"), QStringLiteral("--var"),
                    QStringLiteral("contracts_ai_public_security"), QStringLiteral("--scheme"), QStringLiteral("jenks"),
                    QStringLiteral("--size"), QStringLiteral("slide"), QStringLiteral("--out"), path("m.pdf")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdf(path("m.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const auto box = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                             .match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(qAbs(box.captured(1).toDouble() - 960) < 1);  // 13.333 in
        QVERIFY(qAbs(box.captured(2).toDouble() - 540) < 1);  // 7.5 in
    }

    void timelineOfTwoPrefectures()
    {
        const auto r = figure({QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--period"),
                               QStringLiteral("2016Q1:2016Q4"), QStringLiteral("--prefectures"),
                               QStringLiteral("340100,110000"), QStringLiteral("--out"), path("t.svg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(path("t.svg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(QStringLiteral("Selected prefectures (2), summed")));
        QVERIFY(svg.contains(QStringLiteral("Unrest\u00a0events")));  // the legend keeps its words together
    }

    void grayscaleHasNoColour()
    {
        for (const char* view : {"map", "timeline"}) {
            const auto r = figure({QStringLiteral("--view"), QString::fromUtf8(view), QStringLiteral("--var"),
                                   QStringLiteral("contracts_ai_public_security"), QStringLiteral("--period"),
                                   QStringLiteral("2016Q1:2016Q4"), QStringLiteral("--grayscale"),
                                   QStringLiteral("--out"), path("g.svg")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(path("g.svg"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(f.readAll());
            // Every colour is a grey (Qt Charts' own label grey #404044 is within 4).
            auto it =
                QRegularExpression(QStringLiteral("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})\\b")).globalMatch(svg);
            int colours = 0;
            while (it.hasNext()) {
                const auto m = it.next();
                const int red = m.captured(1).toInt(nullptr, 16), green = m.captured(2).toInt(nullptr, 16),
                          blue = m.captured(3).toInt(nullptr, 16);
                QVERIFY2(qAbs(red - green) <= 4 && qAbs(green - blue) <= 4,
                         qPrintable(QString::fromUtf8(view) + QStringLiteral(": ") + m.captured()));
                ++colours;
            }
            QVERIFY(colours > 10);
        }
    }

    void clearErrors()
    {
        auto r = figure({QStringLiteral("--period"), QStringLiteral("2016Q9"), QStringLiteral("--out"), path("x.png")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--period")), qPrintable(r.err));
        r = figure({QStringLiteral("--period"), QStringLiteral("2016Q1"), QStringLiteral("--var"),
                    QStringLiteral("nonsense"), QStringLiteral("--out"), path("x.png")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nonsense")), qPrintable(r.err));
        r = figure({QStringLiteral("--period"), QStringLiteral("2016Q1"), QStringLiteral("--out"), path("x.gif")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("x.gif")));
    }
};

QTEST_GUILESS_MAIN(TestCliFigure)
#include "tst_clifigure.moc"
