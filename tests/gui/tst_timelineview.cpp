// TimelineView: the plotted series against sums of a hand-made panel computed by hand,
// the moving average, the log axis, amounts on their own axis, small multiples, brushing
// a time range and shading one set elsewhere.
#include <QDateTimeAxis>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "SelectionModel.h"
#include "SyntheticUnits.h"
#include "TimelineChart.h"
#include "TimelineChartView.h"
#include "TimelineView.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

constexpr double NA = core::Panel::kMissing;

// Three units × six quarters (2016Q1 … 2017Q2).
std::shared_ptr<const core::Panel> handPanel()
{
    auto p = std::make_shared<core::Panel>();
    p->period = core::PeriodKind::Quarter;
    p->unitCodes = {"110100", "120100", "130700"};
    p->periodLabels = {"2016Q1", "2016Q2", "2016Q3", "2016Q4", "2017Q1", "2017Q2"};
    p->periodStarts = {"2016-01-01", "2016-04-01", "2016-07-01", "2016-10-01", "2017-01-01", "2017-04-01"};
    p->columns.push_back({"unrest",
                          "placed unrest events",
                          {1, 2, 3, 4, 5, 6,        //
                           10, NA, 30, 40, 50, 60,  //
                           100, 200, 300, 400, 500, 600}});
    // Missing for every unit in 2016Q3: a gap in the line.
    p->columns.push_back({"contracts_ai_public_security",
                          "AI public-security contracts",
                          {0, 1, NA, 0, 2, 1,  //
                           0, 0, NA, 1, 0, 0,  //
                           3, 0, NA, 0, 0, 1}});
    p->columns.push_back({"amount_ai_public_security",
                          "yuan",
                          {0, 2e6, NA, 0, 4e6, 1e6,  //
                           0, 0, NA, 3e6, 0, 0,      //
                           9e6, 0, NA, 0, 0, 5e5}});
    return p;
}

qreal msAt(int y, int m, int d)
{
    return static_cast<qreal>(QDateTime(QDate(y, m, d), QTime(0, 0)).toMSecsSinceEpoch());
}

QList<qreal> ys(const QList<QPointF>& points)
{
    QList<qreal> out;
    for (const QPointF& p : points) out << p.y();
    return out;
}

struct Fixture {
    SelectionModel selection;
    TimelineView view;

    explicit Fixture(std::shared_ptr<const core::Panel> panel = handPanel())
    {
        view.resize(900, 420);
        view.setSelectionModel(&selection);
        view.setUnits(test::threeSquares());
        view.setPanel(std::move(panel));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
    TimelineChart* chart(int i = 0) const { return view.chartViews().at(i)->timelineChart(); }
    void set(const std::function<void(TimelineOptions&)>& edit)
    {
        TimelineOptions o = view.options();
        edit(o);
        view.setOptions(o);
    }
};

}  // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void allChinaIsTheSumOverUnits()
    {
        Fixture f;
        QCOMPARE(f.view.chartViews().size(), 1);
        const QList<QPointF> points = f.chart()->pointsOf(QStringLiteral("unrest"));
        // 1+10+100, 2+(missing)+200, …
        QCOMPARE(ys(points), (QList<qreal>{111, 202, 333, 444, 555, 666}));
        QCOMPARE(points.front().x(), msAt(2016, 1, 1));
        QCOMPARE(points.back().x(), msAt(2017, 4, 1));
        // Default series: unrest and AI public-security contracts; the missing quarter is a gap.
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("contracts_ai_public_security"))),
                 (QList<qreal>{3, 1, 1, 2, 2}));
        QVERIFY(f.view.note().isEmpty());
    }
    void selectionIsSummed()
    {
        Fixture f;
        f.set([](TimelineOptions& o) { o.scope = TimelineScope::SelectedSummed; });
        QVERIFY(f.view.note().contains(QStringLiteral("all of China")));  // nothing selected yet
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("unrest"))).front(), 111);
        f.selection.setSelectedCodes({QStringLiteral("110100"), QStringLiteral("130700")});
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("unrest"))), (QList<qreal>{101, 202, 303, 404, 505, 606}));
        QVERIFY(f.view.note().isEmpty());
    }
    void movingAverageByHand()
    {
        Fixture f;
        f.set([](TimelineOptions& o) { o.movingAverage = 2; });
        const QList<QPointF> points = f.chart()->pointsOf(QStringLiteral("unrest"));
        // No value for the first quarter (incomplete window); then (111+202)/2, (202+333)/2, …
        QCOMPARE(ys(points), (QList<qreal>{156.5, 267.5, 388.5, 499.5, 610.5}));
        QCOMPARE(points.front().x(), msAt(2016, 4, 1));
        f.set([](TimelineOptions& o) { o.movingAverage = 3; });
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("unrest"))),
                 (QList<qreal>{(111 + 202 + 333) / 3.0, (202 + 333 + 444) / 3.0, 444, 555}));
    }
    void logScaleUsesALogAxisAndDropsZeros()
    {
        Fixture f;
        QCOMPARE(f.chart()->countAxis()->type(), QAbstractAxis::AxisTypeValue);
        f.set([](TimelineOptions& o) { o.logScale = true; });
        auto* axis = qobject_cast<QLogValueAxis*>(f.chart()->countAxis());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 1.0);     // smallest value 1 (contracts)
        QCOMPARE(axis->max(), 1000.0);  // largest 666
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("unrest"))).size(), 6);
    }
    void amountsGoOnASecondAxis()
    {
        Fixture f;
        QVERIFY(!f.chart()->amountAxis());
        f.set([](TimelineOptions& o) { o.showAmounts = true; });
        QAbstractAxis* amounts = f.chart()->amountAxis();
        QVERIFY(amounts);
        QCOMPARE(amounts->alignment(), Qt::AlignRight);
        QCOMPARE(f.chart()->countAxis()->alignment(), Qt::AlignLeft);
        // Millions of yuan: 9e6, 2e6, (gap), 3e6, 4e6, 1.5e6.
        QCOMPARE(ys(f.chart()->pointsOf(QStringLiteral("amount_ai_public_security"))), (QList<qreal>{9, 2, 3, 4, 1.5}));
        // Amounts follow the shown contract classes: none shown, no amounts.
        f.set([](TimelineOptions& o) { o.countColumns = {QStringLiteral("unrest")}; });
        QVERIFY(!f.chart()->amountAxis());
        f.set([](TimelineOptions& o) {
            o.countColumns = {QStringLiteral("contracts_ai_public_security")};
            o.showAmounts = true;
        });
        QCOMPARE(f.chart()->amountAxis()->alignment(), Qt::AlignRight);
    }
    void smallMultiplesOnePerPrefecture()
    {
        Fixture f;
        f.set([](TimelineOptions& o) { o.scope = TimelineScope::SelectedSmallMultiples; });
        f.selection.setSelectedCodes({QStringLiteral("130700"), QStringLiteral("120100")});
        QCOMPARE(f.view.chartViews().size(), 2);
        // In the panel's unit order, titled by name.
        QCOMPARE(f.chart(0)->title(), QStringLiteral("天津市 Tianjin"));
        QCOMPARE(ys(f.chart(0)->pointsOf(QStringLiteral("unrest"))), (QList<qreal>{10, 30, 40, 50, 60}));
        QCOMPARE(ys(f.chart(1)->pointsOf(QStringLiteral("unrest"))), (QList<qreal>{100, 200, 300, 400, 500, 600}));
        QVERIFY(f.view.legendText().contains(QStringLiteral("Unrest events")));  // one legend for all
    }
    void smallMultiplesAreCapped()
    {
        auto p = std::make_shared<core::Panel>();
        p->period = core::PeriodKind::Year;
        p->periodLabels = {"2016", "2017"};
        p->periodStarts = {"2016-01-01", "2017-01-01"};
        QSet<QString> all;
        for (int u = 0; u < 14; ++u) {
            p->unitCodes.push_back(std::to_string(100000 + u));
            all.insert(QString::number(100000 + u));
        }
        p->columns.push_back({"unrest", "", std::vector<double>(28, 1.0)});
        Fixture f(p);
        f.set([](TimelineOptions& o) { o.scope = TimelineScope::SelectedSmallMultiples; });
        f.selection.setSelectedCodes(all);
        QCOMPARE(f.view.chartViews().size(), TimelineView::kMaxSmallMultiples);
        QVERIFY(f.view.note().contains(QStringLiteral("first 12 of 14")));
    }
    void brushingSnapsToPeriods()
    {
        Fixture f;
        QSignalSpy spy(&f.selection, &SelectionModel::timeRangeChanged);
        // 3 April is nearest the start of 2016Q2, 20 September that of 2016Q4.
        f.view.brushBetween(QDateTime(QDate(2016, 9, 20), QTime(12, 0)), QDateTime(QDate(2016, 4, 3), QTime(0, 0)));
        QCOMPARE(f.selection.timeFrom(), QDate(2016, 4, 1));
        QCOMPARE(f.selection.timeTo(), QDate(2016, 12, 31));
        QCOMPARE(spy.count(), 1);
    }
    void mouseDragSetsTheTimeRange()
    {
        Fixture f;
        TimelineChartView* chartView = f.view.chartViews().front();
        const int y = static_cast<int>(chartView->mapFromScene(f.chart()->plotArea().center()).y());
        const auto xAt = [&](int yy, int m, int d) {
            return static_cast<int>(std::lround(chartView->xOf(QDateTime(QDate(yy, m, d), QTime(0, 0)))));
        };
        QWidget* viewport = chartView->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(xAt(2016, 4, 1) + 2, y));
        QTest::mouseMove(viewport, QPoint(xAt(2016, 8, 1), y));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(xAt(2016, 7, 1) - 2, y));
        QCOMPARE(f.selection.timeFrom(), QDate(2016, 4, 1));
        QCOMPARE(f.selection.timeTo(), QDate(2016, 9, 30));
        // A double click selects every period again.
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(xAt(2016, 7, 1), y));
        QVERIFY(f.selection.timeFrom().isNull() && f.selection.timeTo().isNull());
    }
    void externalRangeIsShaded()
    {
        Fixture f;
        TimelineChartView* chartView = f.view.chartViews().front();
        QVERIFY(chartView->shadeRect().isEmpty());
        f.selection.setTimeRange(QDate(2016, 7, 1), QDate(2016, 12, 31));
        const QRectF shade = chartView->shadeRect();
        QVERIFY(!shade.isEmpty());
        // Where the chart itself puts 1 July 2016 and 1 January 2017 (the end of 31 December).
        QAbstractSeries* series = f.chart()->series().front();
        const auto chartX = [&](qreal ms) {
            return chartView->mapFromScene(f.chart()->mapToScene(f.chart()->mapToPosition({ms, 0}, series))).x();
        };
        QVERIFY(std::abs(shade.left() - chartX(msAt(2016, 7, 1))) <= 1.0);
        QVERIFY(std::abs(shade.right() - chartX(msAt(2017, 1, 1))) <= 1.0);
        QVERIFY(std::abs(shade.top() - chartView->mapFromScene(f.chart()->plotArea().topLeft()).y()) <= 1.0);
        // An open end runs to the edge of the plot.
        f.selection.setTimeRange(QDate(2016, 7, 1), QDate());
        QVERIFY(std::abs(chartView->shadeRect().right() - chartX(msAt(2017, 4, 1))) <= 1.0);
        // Shading survives a rebuild of the charts.
        f.set([](TimelineOptions& o) { o.logScale = true; });
        QTRY_VERIFY(!f.view.chartViews().front()->shadeRect().isEmpty());  // once laid out
    }
    void dateLabelsDoNotCrowd()
    {
        Fixture f;
        QDateTimeAxis* axis = f.chart()->dateAxis();
        const QFontMetrics metrics(axis->labelsFont());
        const int label = metrics.horizontalAdvance(QStringLiteral("2016-01"));
        const qreal spacing = f.chart()->plotArea().width() / (axis->tickCount() - 1);
        QVERIFY2(spacing > label, qPrintable(QString::number(spacing)));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
