// The data-quality dock on the ten hand-made events of tests/core/HandEvents.h: the
// switches reach the panel controller, so the panel every view gets changes with them,
// and the funnel's count follows: dropping repeat reports off adds exactly the merged
// reports, a minimum of k sources removes exactly the events with fewer (both counted
// straight through SQLite), and the change is shown against the count before.
#include <QApplication>
#include <QCheckBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

#include "../core/HandEvents.h"
#include "../core/SqliteQuery.h"
#include "DataQualityPanel.h"
#include "PanelController.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

double unrestTotal(const std::shared_ptr<const core::Panel>& panel)
{
    if (!panel) return -1;
    double sum = 0;
    for (const double v : panel->column("unrest")->values)
        if (!std::isnan(v)) sum += v;
    return sum;
}

std::int64_t countOf(const std::string& path, const std::string& sql)
{
    std::int64_t n = -1;
    test::query(path, sql, [&](const std::vector<std::string>& row) { n = std::stoll(row[0]); });
    return n;
}

// The "Counted in the panel" row: the last one of the panel part.
QString countedRow(const QTreeWidget* tree)
{
    const QTreeWidgetItem* panel = tree->topLevelItem(1);
    return panel ? panel->child(panel->childCount() - 1)->text(1) : QString();
}

}  // namespace

class TestDataQualityPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void switchesCleanThePanel()
    {
        const std::string path = dir_.filePath(QStringLiteral("events.aitocracy")).toStdString();
        test::handEventsProject(path);  // closed again at once
        PanelController panels;
        DataQualityPanel quality(&panels);
        std::shared_ptr<const core::Panel> panel;
        connect(&panels, &PanelController::panelReady, this, [&panel](std::shared_ptr<const core::Panel> p) { panel = std::move(p); });
        panels.setProject(QString::fromStdString(path));
        auto* tree = quality.findChild<QTreeWidget*>(QStringLiteral("funnelTree"));
        auto* dropRepeats = quality.findChild<QCheckBox*>(QStringLiteral("dropRepeats"));
        auto* minSources = quality.findChild<QSpinBox*>(QStringLiteral("minSources"));
        QVERIFY(tree && dropRepeats && minSources);
        QVERIFY(dropRepeats->isChecked());

        // The study's cleaning: events 1, 2, 5, 8 and 10 (HandEvents.h).
        QTRY_VERIFY(quality.funnel().has_value());
        QTRY_COMPARE(unrestTotal(panel), 5.0);
        QCOMPARE(quality.funnel()->panel.counted, std::int64_t{5});
        QCOMPARE(quality.funnel()->panel.stored, std::int64_t{10});
        QCOMPARE(countedRow(tree), QStringLiteral("5"));
        QVERIFY(quality.changeText().isEmpty());

        const std::int64_t merged = countOf(path, "SELECT count(*) FROM unrest_events WHERE duplicate_of IS NOT NULL "
                                                  "AND unit_code IS NOT NULL AND event_root_code = '14'");
        QCOMPARE(merged, std::int64_t{2});
        dropRepeats->setChecked(false);
        QVERIFY(!panels.options().dropMergedReports);
        QTRY_COMPARE(unrestTotal(panel), 5.0 + static_cast<double>(merged));
        QTRY_COMPARE(quality.funnel()->panel.counted, 5 + merged);
        QCOMPARE(quality.changeText(), QStringLiteral("+2 events vs. before"));
        QCOMPARE(countedRow(tree), QStringLiteral("7"));

        dropRepeats->setChecked(true);
        QTRY_COMPARE(unrestTotal(panel), 5.0);
        QTRY_COMPARE(quality.funnel()->panel.counted, std::int64_t{5});
        const int k = 3;
        const std::int64_t fewer = countOf(path, "SELECT count(*) FROM unrest_events WHERE unit_code IS NOT NULL AND "
                                                 "duplicate_of IS NULL AND event_root_code = '14' AND num_sources < " +
                                                     std::to_string(k));
        QCOMPARE(fewer, std::int64_t{3});  // events 2, 8 and 10
        minSources->setValue(k);
        QCOMPARE(panels.options().minSources, std::int64_t{k});
        QTRY_COMPARE(unrestTotal(panel), 5.0 - static_cast<double>(fewer));
        QTRY_COMPARE(quality.funnel()->panel.counted, 5 - fewer);
        QCOMPARE(quality.funnel()->panel.belowMinSources, fewer);
        QCOMPARE(quality.changeText(), QStringLiteral("\u22123 events vs. before"));

        // A reload of the same data under the same rules keeps the last change shown.
        panels.refresh();
        QTRY_VERIFY(!panels.isBusy() && !quality.isBusy());
        QCOMPARE(quality.changeText(), QStringLiteral("\u22123 events vs. before"));
        panels.setProject(QString());
        QTRY_VERIFY(!quality.funnel().has_value());
        QCOMPARE(tree->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestDataQualityPanel)
#include "tst_dataqualitypanel.moc"
