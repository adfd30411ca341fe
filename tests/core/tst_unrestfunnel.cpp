// unrestFunnel: ten hand-made events whose step is worked out by hand for several
// cleaning options (each time also against the sum of buildPanel's unrest column), hand
// written import counts (a failed import left out), and the real GDELT samples imported
// twice against the importer's own reports.
#include <QtTest>
#include <cmath>

#include "GdeltSamples.h"
#include "HandEvents.h"
#include "TestSupport.h"
#include "geo/BuiltinGeography.h"
#include "import/GdeltImporter.h"
#include "panel/PanelBuilder.h"
#include "panel/UnrestFunnel.h"
#include "store/Sql.h"

using namespace aitocracy::core;
namespace gdelt = aitocracy::test::gdelt;
using aitocracy::test::errorText;

namespace {

const std::vector<std::string> kSamples = {gdelt::kDias, gdelt::kEvents1, gdelt::kEventsT, gdelt::kEvents, gdelt::kSmall};

std::vector<std::int64_t> steps(const StoredSteps& s)
{
    return {s.stored,        s.outsideDays,  s.provinceOnly,    s.unplaced,         s.repeatReports,
            s.otherRootCode, s.notRootEvent, s.belowMinSources, s.belowMinArticles, s.counted};
}

double unrestTotal(const Panel& panel)
{
    double sum = 0;
    for (const double v : panel.column("unrest")->values)
        if (!std::isnan(v)) sum += v;
    return sum;
}

}  // namespace

Q_DECLARE_METATYPE(aitocracy::core::PanelOptions)

class TestUnrestFunnel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    std::string path() { return dir_.filePath(QStringLiteral("f%1.aitocracy").arg(++counter_)).toStdString(); }

    ProjectStore handProject()
    {
        return aitocracy::test::handEventsProject(path());
    }

private Q_SLOTS:
    void storedSteps_data()
    {
        QTest::addColumn<PanelOptions>("options");
        // stored, outside days, province only, unplaced, repeat, other root, not root,
        // < sources, < articles, counted
        QTest::addColumn<std::vector<std::int64_t>>("expected");
        PanelOptions o;
        QTest::newRow("defaults") << o << std::vector<std::int64_t>{10, 0, 1, 1, 2, 1, 0, 0, 0, 5};
        PanelOptions b;
        b.unrestRootCodes.clear();
        b.dropMergedReports = false;
        b.rootEventsOnly = true;
        b.minSources = 2;
        b.minArticles = 2;
        b.from = "2016-01-01";
        b.to = "2016-12-31";
        // 10 outside; 5 not root; 2, 3 one source; 1, 4, 8, 9 left.
        QTest::newRow("all codes, root only, ≥2 ≥2, 2016") << b << std::vector<std::int64_t>{10, 1, 1, 1, 0, 0, 1, 2, 0, 4};
        PanelOptions c;
        c.minSources = 3;
        // Of 1, 2, 5, 8, 10: 2, 8, 10 have fewer than 3 sources.
        QTest::newRow("≥3 sources") << c << std::vector<std::int64_t>{10, 0, 1, 1, 2, 1, 0, 3, 0, 2};
        PanelOptions d;
        d.dropMergedReports = false;
        d.minArticles = 4;
        // Of 1, 2, 3, 5, 8, 9, 10: 2, 3, 5, 8, 10 have fewer than 4 articles.
        QTest::newRow("repeats kept, ≥4 articles") << d << std::vector<std::int64_t>{10, 0, 1, 1, 0, 1, 0, 0, 5, 2};
        PanelOptions m;
        m.period = PeriodKind::Month;
        m.from = "2016-01-10";
        m.to = "2016-05-01";
        // Whole months: 2016-01-01 to 2016-05-31, so 7 (05-02) is in and 8, 9, 10 are out.
        QTest::newRow("months to May") << m << std::vector<std::int64_t>{10, 3, 1, 1, 1, 1, 0, 0, 0, 3};
    }

    void storedSteps()
    {
        QFETCH(PanelOptions, options);
        QFETCH(std::vector<std::int64_t>, expected);
        const ProjectStore store = handProject();
        auto funnel = unrestFunnel(store, options);
        QVERIFY2(funnel.has_value(), errorText(funnel).c_str());
        QCOMPARE(steps(funnel->panel), expected);
        auto panel = buildPanel(store, options);
        QVERIFY2(panel.has_value(), errorText(panel).c_str());
        QCOMPARE(unrestTotal(*panel), static_cast<double>(funnel->panel.counted));
        QCOMPARE(funnel->imported.imports, std::int64_t{0});
    }

    void importStepsFromProvenance()
    {
        const ProjectStore store = handProject();
        const char* imports = R"sql(
            INSERT INTO imports (kind, file_name, file_size, sha256, started_at, status, counts_json) VALUES
              ('gdelt', 'a.CSV', 1, '', 'x', 'ok', '{"rows_read":100,"rejected":2,"country_rows_by_geo_type":{"1":3,"4":20,"5":6,"0":1},
                "other_country":68,"dropped_root_code":10,"dropped_event_code":1,"dropped_not_root_event":4,
                "dropped_min_sources":2,"dropped_min_articles":1,"dropped_date":3,"kept":9,"placed_in_unit":5,
                "province_only":3,"unplaced":1,"stored":8,"duplicates_by_id":1}'),
              ('gdelt', 'b.CSV', 1, '', 'x', 'ok', '{"rows_read":10,"country_rows_by_geo_type":{"4":2},"other_country":8,
                "kept":2,"placed_in_unit":2,"stored":2}'),
              ('gdelt', 'c.CSV', 1, '', 'x', 'failed', '{"rows_read":1000}'),
              ('weather', 'w.csv', 1, '', 'x', 'ok', '{"rows_read":5000}');
        )sql";
        QVERIFY(execSql(store.handle(), imports).has_value());
        auto funnel = unrestFunnel(store, PanelOptions{});
        QVERIFY2(funnel.has_value(), errorText(funnel).c_str());
        const ImportSteps& s = funnel->imported;
        QCOMPARE(s.imports, std::int64_t{2});
        QCOMPARE(s.rowsRead, std::int64_t{110});
        QCOMPARE(s.rejected, std::int64_t{2});
        QCOMPARE(s.notInCountry, std::int64_t{76});
        QCOMPARE(s.cityPrecision, std::int64_t{22});
        QCOMPARE(s.provincePrecision, std::int64_t{6});
        QCOMPARE(s.countryPrecision, std::int64_t{3});
        QCOMPARE(s.otherPrecision, std::int64_t{1});
        QCOMPARE(s.notProtest, std::int64_t{11});
        QCOMPARE(s.notRootEvent, std::int64_t{4});
        QCOMPARE(s.belowMinSources, std::int64_t{2});
        QCOMPARE(s.belowMinArticles, std::int64_t{1});
        QCOMPARE(s.outsideDates, std::int64_t{3});
        QCOMPARE(s.kept, std::int64_t{11});
        QCOMPARE(s.placedInUnit, std::int64_t{7});
        QCOMPARE(s.provinceOnly, std::int64_t{3});
        QCOMPARE(s.unplaced, std::int64_t{1});
        QCOMPARE(s.duplicatesById, std::int64_t{1});
        QCOMPARE(s.stored, std::int64_t{10});

        QVERIFY(execSql(store.handle(), "UPDATE imports SET counts_json = 'not json' WHERE file_name = 'b.CSV'").has_value());
        auto broken = unrestFunnel(store, PanelOptions{});
        QVERIFY(!broken.has_value());
        QCOMPARE(broken.error().code, std::string("format"));
    }

    // The real samples, imported twice: every China row whatever its code, then the study's
    // defaults (no protest among them, PROVENANCE.md: every China row dropped by its code).
    void realImportsMatchTheReports()
    {
        auto units = loadBuiltinGeography();
        QVERIFY2(units.has_value(), errorText(units).c_str());
        auto store = ProjectStore::create(path(), *units, "builtin");
        QVERIFY2(store.has_value(), errorText(store).c_str());
        GdeltSettings every;
        every.rootCodes.clear();
        every.rootEventsOnly = false;
        auto first = importGdelt(*store, kSamples, every);
        QVERIFY2(first.has_value(), errorText(first).c_str());
        auto second = importGdelt(*store, kSamples, GdeltSettings{});
        QVERIFY2(second.has_value(), errorText(second).c_str());
        GdeltCounts total = first->total;
        total.add(second->total);

        PanelOptions all;
        all.unrestRootCodes.clear();
        auto funnel = unrestFunnel(*store, all);
        QVERIFY2(funnel.has_value(), errorText(funnel).c_str());
        const ImportSteps& s = funnel->imported;
        QCOMPARE(s.imports, static_cast<std::int64_t>(2 * kSamples.size()));
        QCOMPARE(s.rowsRead, total.rowsRead);
        QCOMPARE(s.rowsRead, std::int64_t{2 * (1540 + 100 + 100 + 100 + 10)});  // PROVENANCE.md
        QCOMPARE(s.rejected, total.rejected);
        QCOMPARE(s.notInCountry, total.otherCountry);
        // China rows (PROVENANCE.md): 16 + 0 + 1 + 0 + 0 country, 9 + 3 + 0 + 2 + 0 city, none province; twice.
        QCOMPARE(s.countryPrecision, std::int64_t{2 * 17});
        QCOMPARE(s.cityPrecision, std::int64_t{2 * 14});
        QCOMPARE(s.provincePrecision, std::int64_t{0});
        QCOMPARE(s.otherPrecision, std::int64_t{0});
        QCOMPARE(s.notProtest, total.droppedRootCode + total.droppedEventCode);
        QCOMPARE(s.notProtest, std::int64_t{31});
        QCOMPARE(s.notRootEvent, total.droppedNotRoot);
        QCOMPARE(s.kept, total.kept);
        QCOMPARE(s.kept, std::int64_t{31});
        QCOMPARE(s.placedInUnit, total.placedInUnit);
        QCOMPARE(s.provinceOnly, total.provinceOnly);
        QCOMPARE(s.unplaced, total.unplaced);
        QCOMPARE(s.unplaced, std::int64_t{17});
        QCOMPARE(s.duplicatesById, total.duplicatesById);
        QCOMPARE(s.stored, total.stored);
        // The stored part starts where the import part ends, and the panel agrees.
        QCOMPARE(funnel->panel.stored, s.stored);
        QCOMPARE(funnel->panel.provinceOnly + funnel->panel.unplaced, s.provinceOnly + s.unplaced);
        const auto sum = [](const StoredSteps& p) {
            return p.outsideDays + p.provinceOnly + p.unplaced + p.repeatReports + p.otherRootCode + p.notRootEvent +
                   p.belowMinSources + p.belowMinArticles + p.counted;
        };
        QCOMPARE(sum(funnel->panel), funnel->panel.stored);
        QCOMPARE(funnel->panel.counted, s.placedInUnit);
        auto panel = buildPanel(*store, all);
        QVERIFY2(panel.has_value(), errorText(panel).c_str());
        QCOMPARE(unrestTotal(*panel), static_cast<double>(funnel->panel.counted));
        PanelOptions strict = all;
        strict.rootEventsOnly = true;
        strict.minSources = 2;
        auto cleaned = unrestFunnel(*store, strict);
        QVERIFY(cleaned.has_value());
        QCOMPARE(sum(cleaned->panel), cleaned->panel.stored);
        auto strictPanel = buildPanel(*store, strict);
        QVERIFY(strictPanel.has_value());
        QCOMPARE(unrestTotal(*strictPanel), static_cast<double>(cleaned->panel.counted));
    }
};

QTEST_APPLESS_MAIN(TestUnrestFunnel)
#include "tst_unrestfunnel.moc"
