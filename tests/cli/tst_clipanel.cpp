// `aitocracy-cli panel` end to end on a small demonstration world: the CSV's shape and
// totals, the estimate command reading it, and one-line errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>

#include "../core/SqliteQuery.h"
#include "CliSupport.h"

using aitocracy::test::runCli;
using Run = aitocracy::test::CliRun;

class TestCliPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString project_;
    double locatedEvents_ = 0;  // located events without their repeat reports, as `demo` printed them

    QString path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)); }

    static QStringList lines(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    Run panel(const QString& out, QStringList extra)
    {
        return runCli(
            QStringList{QStringLiteral("panel"), QStringLiteral("--project"), project_, QStringLiteral("--out"), out} +
            extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const Run map = runCli({QStringLiteral("geo"), QStringLiteral("locate"), QStringLiteral("--lon"),
                                QStringLiteral("117.2"), QStringLiteral("--lat"), QStringLiteral("31.8")});
        if (map.exitCode != 0) QSKIP("the built-in map is not built");
        project_ = path("demo.aitocracy");
        const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--out"), project_,
                                 QStringLiteral("--contracts"), QStringLiteral("3000"), QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // "… 9275 located events (3245 unlocated, 1390 duplicate reports) …"
        const auto m =
            QRegularExpression(QStringLiteral("(\\d+) located events \\(\\d+ unlocated, (\\d+) duplicate reports\\)"))
                .match(demo.out);
        QVERIFY2(m.hasMatch(), qPrintable(demo.out));
        locatedEvents_ = m.captured(1).toDouble();
    }

    void writesTheQuarterlyPanel()
    {
        const QString out = path("panel.csv");
        const Run r = panel(out, {QStringLiteral("--period"), QStringLiteral("quarter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = lines(out);
        QVERIFY(!rows.isEmpty());
        const QStringList header = rows.front().split(QLatin1Char(','));
        QCOMPARE(header.mid(0, 3),
                 (QStringList{QStringLiteral("unit"), QStringLiteral("period"), QStringLiteral("unrest")}));
        for (const char* name : {"contracts_ai_public_security", "amount_other", "ai_stock", "log_ai_stock", "rain_sum",
                                 "rain_days", "temp_mean", "log1p_unrest", "z_contracts_ai_public_security"})
            QVERIFY2(header.contains(QString::fromLatin1(name)), name);
        // "…/panel.csv: 10880 rows (340 units × 32 quarters 2013Q1 to 2020Q4) × 35 columns"
        const auto m =
            QRegularExpression(
                QStringLiteral(
                    ": (\\d+) rows \\((\\d+) units × (\\d+) quarters (\\d{4}Q\\d) to (\\d{4}Q\\d)\\) × (\\d+) columns"))
                .match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(1).toInt(), rows.size() - 1);
        QCOMPARE(m.captured(2).toInt() * m.captured(3).toInt(), rows.size() - 1);
        QCOMPARE(m.captured(6).toInt(), header.size());
        QCOMPARE(rows.at(1).split(QLatin1Char(',')).at(1), m.captured(4));
        QCOMPARE(rows.back().split(QLatin1Char(',')).at(1), m.captured(5));
        double unrest = 0;
        int unobserved = 0;  // rows without unrest (quarters before the events begin) or without a lag (the first)
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList cells = rows.at(i).split(QLatin1Char(','));
            QCOMPARE(cells.size(), header.size());
            unrest += cells.at(2).toDouble();
            if (cells.at(2).isEmpty() || cells.at(1) == m.captured(4)) ++unobserved;
        }
        // The world stores its repeat reports as merged (duplicate_of), so each event counts once.
        QCOMPARE(unrest, locatedEvents_);

        const Run e = runCli({QStringLiteral("estimate"), QStringLiteral("--data"), out, QStringLiteral("--panel"),
                              QStringLiteral("unit,period"), QStringLiteral("--formula"),
                              QStringLiteral("unrest ~ l(log_ai_stock, 1) | unit + period"), QStringLiteral("--format"),
                              QStringLiteral("json")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QJsonObject result = QJsonDocument::fromJson(e.out.toUtf8()).object();
        // The demo's events begin in 2014 while its panel begins in 2013 (contracts): four
        // quarters without unrest per unit, the first of which has no lag either.
        const int units = m.captured(2).toInt();
        QCOMPARE(unobserved, 4 * units);
        QCOMPARE(result[QStringLiteral("dropped")].toObject()[QStringLiteral("missing")].toInt(), unobserved);
        QCOMPARE(result[QStringLiteral("nobs")].toInt(), rows.size() - 1 - unobserved);
        QVERIFY(std::isfinite(
            result[QStringLiteral("coefficients")].toArray().at(0).toObject()[QStringLiteral("estimate")].toDouble()));

        // The project's panel straight into the estimator gives the same numbers as its CSV.
        const Run direct = runCli({QStringLiteral("estimate"), QStringLiteral("--project"), project_,
                                   QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--formula"),
                                   QStringLiteral("unrest ~ l(log_ai_stock, 1) | unit + period"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        QJsonObject a = result, b = QJsonDocument::fromJson(direct.out.toUtf8()).object();
        a.remove(QStringLiteral("elapsed_ms"));
        b.remove(QStringLiteral("elapsed_ms"));
        QCOMPARE(b, a);
    }

    void estimateOnAWeeklyProjectPanel()
    {
        // Weeks have no CSV time form the estimator reads; from the project they work.
        const Run e = runCli({QStringLiteral("estimate"), QStringLiteral("--project"), project_,
                              QStringLiteral("--period"), QStringLiteral("week"), QStringLiteral("--formula"),
                              QStringLiteral("unrest ~ l(log_ai_stock, 1) | unit + period"), QStringLiteral("--format"),
                              QStringLiteral("json")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QJsonObject r = QJsonDocument::fromJson(e.out.toUtf8()).object();
        QVERIFY(r[QStringLiteral("fixed_effects")].toArray().at(1).toObject()[QStringLiteral("levels")].toInt() >
                300);  // weeks
        const Run both =
            runCli({QStringLiteral("estimate"), QStringLiteral("--project"), project_, QStringLiteral("--data"),
                    path("x.csv"), QStringLiteral("--formula"), QStringLiteral("unrest ~ log_ai_stock")});
        QCOMPARE(both.exitCode, 1);
        QVERIFY(both.err.contains(QStringLiteral("either")));
    }

    void monthsInARange()
    {
        const QString out = path("months.csv");
        const Run r = panel(out, {QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--from"),
                                  QStringLiteral("2016-01-15"), QStringLiteral("--to"), QStringLiteral("2016-03-01"),
                                  QStringLiteral("--rain-threshold"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = lines(out);
        QVERIFY(rows.size() > 1);
        QCOMPARE((rows.size() - 1) % 3, 0);
        QCOMPARE(rows.at(1).split(QLatin1Char(',')).at(1), QStringLiteral("2016-01"));
        QCOMPARE(rows.at(3).split(QLatin1Char(',')).at(1), QStringLiteral("2016-03"));
        const Run e = runCli({QStringLiteral("estimate"), QStringLiteral("--data"), out, QStringLiteral("--panel"),
                              QStringLiteral("unit,period"), QStringLiteral("--formula"),
                              QStringLiteral("unrest ~ rain_days | unit + period")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    }

    // The data-quality switches on the command line: the panel's unrest total is the placed
    // events the project holds under the same conditions, counted straight in SQLite.
    void cleaningSwitches()
    {
        const auto unrestTotal = [this](const QStringList& extra) {
            const QString out = path("cleaned.csv");
            QFile::remove(out);
            const Run r = panel(out, extra);
            if (r.exitCode != 0) qFatal("%s", qPrintable(r.err));
            double total = 0;
            const QStringList rows = lines(out);
            for (qsizetype i = 1; i < rows.size(); ++i) total += rows.at(i).split(QLatin1Char(',')).at(2).toDouble();
            return total;
        };
        const auto stored = [this](const char* where) {
            double n = -1;
            aitocracy::test::query(project_.toStdString(),
                                   std::string("SELECT count(*) FROM unrest_events WHERE unit_code IS NOT NULL AND ") + where,
                                   [&](const std::vector<std::string>& row) { n = std::stod(row[0]); });
            return n;
        };
        QCOMPARE(unrestTotal({QStringLiteral("--keep-repeats")}), stored("event_root_code = '14'"));
        QCOMPARE(unrestTotal({QStringLiteral("--min-sources"), QStringLiteral("2")}),
                 stored("event_root_code = '14' AND duplicate_of IS NULL AND num_sources >= 2"));
        QCOMPARE(unrestTotal({QStringLiteral("--all-event-codes"), QStringLiteral("--root-events-only"),
                              QStringLiteral("--min-articles"), QStringLiteral("3")}),
                 stored("duplicate_of IS NULL AND is_root_event = 1 AND num_articles >= 3"));
        // The repeats the demo printed are what --keep-repeats adds.
        QVERIFY(unrestTotal({QStringLiteral("--keep-repeats")}) > locatedEvents_);
        QVERIFY(unrestTotal({QStringLiteral("--min-sources"), QStringLiteral("2")}) < locatedEvents_);
        const Run bad = panel(path("bad.csv"), {QStringLiteral("--min-sources"), QStringLiteral("-1")});
        QVERIFY(bad.exitCode != 0);
    }

    void writesTheFirmPanel()
    {
        const QString out = path("firms.csv");
        const Run r = panel(out, {QStringLiteral("--firms")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = lines(out);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.front(),
                 QStringLiteral("firm,year,software_total,software_government,software_commercial,is_ai,"
                                "first_ps_year,rel_high,rel_low,treated_high,treated_low,window_high,window_low"));
        // The world's 1200 AI and 2500 other firms × its software years 2013–2020:
        // "…/firms.csv: 29600 rows (3700 firms × 8 years 2013 to 2020) × 13 columns, built in … ms"
        QVERIFY2(r.out.contains(QStringLiteral(": 29600 rows (3700 firms × 8 years 2013 to 2020) × 13 columns")),
                 qPrintable(r.out));
        QCOMPARE(rows.size() - 1, 29600);

        // Only AI firms have software output: the others' 2500 × 8 firm-years are missing.
        const Run e = runCli({QStringLiteral("estimate"), QStringLiteral("--data"), out, QStringLiteral("--panel"),
                              QStringLiteral("firm,year"), QStringLiteral("--formula"),
                              QStringLiteral("software_total ~ window_high | firm + year"), QStringLiteral("--model"),
                              QStringLiteral("poisson"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QJsonObject result = QJsonDocument::fromJson(e.out.toUtf8()).object();
        const QJsonObject dropped = result[QStringLiteral("dropped")].toObject();
        QCOMPARE(dropped[QStringLiteral("missing")].toInt(), 20000);
        QCOMPARE(result[QStringLiteral("nobs")].toInt() + dropped[QStringLiteral("fe_all_zero")].toInt(), 9600);

        const Run mixed = panel(out, {QStringLiteral("--firms"), QStringLiteral("--period"), QStringLiteral("month")});
        QVERIFY(mixed.exitCode != 0);
        QVERIFY2(mixed.err.contains(QStringLiteral("excludes")), qPrintable(mixed.err));
    }

    void errorsAreOneLine()
    {
        const QString out = path("bad.csv");
        const Run period = panel(out, {QStringLiteral("--period"), QStringLiteral("fortnight")});
        QCOMPARE(period.exitCode, 1);
        QVERIFY2(period.err.startsWith(QStringLiteral("aitocracy-cli: ")) &&
                     period.err.contains(QStringLiteral("day, week, month, quarter or year")),
                 qPrintable(period.err));
        const Run backwards = panel(out, {QStringLiteral("--from"), QStringLiteral("2017-01-01"),
                                          QStringLiteral("--to"), QStringLiteral("2016-01-01")});
        QCOMPARE(backwards.exitCode, 1);
        QVERIFY2(backwards.err.contains(QStringLiteral("comes after")), qPrintable(backwards.err));
        const Run missing = runCli({QStringLiteral("panel"), QStringLiteral("--project"), path("none.aitocracy"),
                                    QStringLiteral("--out"), out});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith(QStringLiteral("aitocracy-cli: ")), qPrintable(missing.err));
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliPanel)
#include "tst_clipanel.moc"
