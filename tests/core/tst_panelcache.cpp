// PanelCache: the same panel object for the same project, data and options; a new one
// after an import, for other options, or for another project; the least recently used
// leaves first; concurrent use from several threads.
#include <QtTest>
#include <atomic>
#include <thread>

#include "HandPanelProject.h"
#include "TestSupport.h"
#include "import/TableImport.h"
#include "panel/PanelCache.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

class TestPanelCache : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::string path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)).toStdString(); }

    static std::shared_ptr<const Panel> get(PanelCache& cache, const ProjectStore& store, const PanelOptions& options)
    {
        auto panel = cache.get(store, options);
        if (!panel) qFatal("%s", errorText(panel).c_str());
        return *panel;
    }

private Q_SLOTS:
    void sameKeySameObjectNewOneAfterAnImport()
    {
        ProjectStore store = aitocracy::test::handProject(path("a.aitocracy"));
        PanelCache cache;
        PanelOptions quarter;
        const auto first = get(cache, store, quarter);
        QCOMPARE(get(cache, store, quarter).get(), first.get());
        PanelOptions month = quarter;
        month.period = PeriodKind::Month;
        const auto monthly = get(cache, store, month);
        QVERIFY(monthly.get() != first.get());
        QCOMPARE(monthly->period, PeriodKind::Month);
        QCOMPARE(get(cache, store, quarter).get(), first.get());  // switching back costs nothing
        QCOMPARE(cache.size(), std::size_t{2});

        aitocracy::test::writeBytes(path("cov.csv"), "prefecture_code,period,name,value\n110000,2016Q2,gdp,2.5\n");
        auto imported = importTable(store, TableKind::Covariates, path("cov.csv"), {});
        QVERIFY2(imported, errorText(imported).c_str());
        const auto after = get(cache, store, quarter);
        QVERIFY(after.get() != first.get());
        const PanelColumn* gdp = after->column("gdp");
        QVERIFY(gdp);
        QCOMPARE(after->at(*gdp, 0, after->periodCount() - 2), 2.5);  // A, 2016Q2
        QCOMPARE(cache.size(), std::size_t{2});                       // the stale quarterly panel was replaced
        // The old panel stays valid for whoever still holds it.
        QVERIFY(std::isnan(first->at(*first->column("gdp"), 0, first->periodCount() - 2)));
    }

    void otherProjectOtherPanel()
    {
        const ProjectStore a = aitocracy::test::handProject(path("b1.aitocracy"));
        const ProjectStore b = aitocracy::test::handProject(path("b2.aitocracy"));
        PanelCache cache;
        QVERIFY(get(cache, a, {}).get() != get(cache, b, {}).get());
    }

    void leastRecentlyUsedLeaves()
    {
        const ProjectStore store = aitocracy::test::handProject(path("c.aitocracy"));
        PanelCache cache(2);
        PanelOptions day, week, month;
        day.period = PeriodKind::Day;
        week.period = PeriodKind::Week;
        month.period = PeriodKind::Month;
        const auto d = get(cache, store, day);
        const auto w = get(cache, store, week);
        QCOMPARE(get(cache, store, day).get(), d.get());
        get(cache, store, month);  // week was used least recently
        QCOMPARE(cache.size(), std::size_t{2});
        QCOMPARE(get(cache, store, day).get(), d.get());
        QVERIFY(get(cache, store, week).get() != w.get());
        cache.clear();
        QCOMPARE(cache.size(), std::size_t{0});
    }

    void threadsShareTheCache()
    {
        // One connection per thread, as SQLite handles are used by one thread at a time.
        const ProjectStore main = aitocracy::test::handProject(path("d.aitocracy"));
        PanelCache cache;
        const auto expected = get(cache, main, {});
        std::vector<std::thread> threads;
        std::atomic<int> same{0};
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&] {
                auto store = ProjectStore::open(path("d.aitocracy"));
                if (!store) return;
                for (int k = 0; k < 20; ++k) {
                    PanelOptions o;
                    o.period = k % 2 ? PeriodKind::Month : PeriodKind::Quarter;
                    auto panel = cache.get(*store, o);
                    if (panel && o.period == PeriodKind::Quarter && panel->get() == expected.get()) ++same;
                }
            });
        for (auto& t : threads) t.join();
        QCOMPARE(same.load(), 40);
    }
};

QTEST_GUILESS_MAIN(TestPanelCache)
#include "tst_panelcache.moc"
