// FitFactsView: the empty state, every fact in its row (dropped rows with their reasons),
// IV and collinearity rows only when they apply, and the formula selectable in monospace.
#include <QFontInfo>
#include <QLabel>
#include <QTest>

#include "FitFactsView.h"

using namespace aitocracy::gui;
using namespace Qt::StringLiterals;

namespace {

FitFacts olsFacts()
{
    FitFacts f;
    f.model = u"OLS"_s;
    f.nobs = 17322;
    f.droppedMissing = 12;
    f.droppedExcluded = 1440;
    f.droppedSingletons = 3;
    f.fixedEffects = {u"unit (367 levels)"_s, u"period (48 levels)"_s};
    f.clusters = {u"unit (367 groups)"_s};
    f.r2 = 0.41234;
    f.r2Within = 0.03119;
    f.elapsedMs = 12.34;
    f.formula = u"ai_contracts ~ l(unrest, 0:2) | unit + period"_s;
    return f;
}

}  // namespace

class TestFitFactsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyState()
    {
        FitFactsView view;
        QVERIFY(!view.facts());
        QCOMPARE(view.text(), u"No estimate yet"_s);
    }

    void everyFactInItsRow()
    {
        FitFactsView view;
        view.setFacts(olsFacts());
        const QString expected =
            u"Model\tOLS\n"
            u"Observations\t17,322\n"
            u"Dropped\tmissing values: 12; excluded by the sample: 1,440; singletons: 3\n"
            u"Fixed effects\tunit (367 levels); period (48 levels)\n"
            u"Clusters\tunit (367 groups)\n"
            u"R²\t0.4123\n"
            u"Within R²\t0.0312\n"
            u"Compute time\t12.3 ms\n"
            u"Formula\tai_contracts ~ l(unrest, 0:2) | unit + period"_s;
        QCOMPARE(view.text(), expected);
    }

    void ivAndCollinearRowsWhenTheyApply()
    {
        FitFactsView view;
        FitFacts f = olsFacts();
        f.model = u"IV (2SLS)"_s;
        f.droppedMissing = f.droppedExcluded = f.droppedSingletons = 0;
        f.droppedFeAllZero = 7;
        f.firstStageF = 31.416;
        f.collinearDropped = {u"rain_lag1"_s, u"temp"_s};
        f.r2Within = std::numeric_limits<double>::quiet_NaN();
        view.setFacts(f);
        const QString text = view.text();
        QVERIFY2(text.contains(u"Dropped\tall-zero outcome: 7\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"First-stage F\t31.42\n"_s));
        QVERIFY(text.contains(u"Dropped as collinear\train_lag1, temp\n"_s));
        QVERIFY(text.contains(u"Within R²\t—\n"_s));
        // Back to OLS: those rows go; nothing dropped says so.
        f = olsFacts();
        f.droppedMissing = f.droppedExcluded = f.droppedSingletons = 0;
        view.setFacts(f);
        QVERIFY(!view.text().contains(u"First-stage F"_s));
        QVERIFY(!view.text().contains(u"collinear"_s));
        QVERIFY(view.text().contains(u"Dropped\tnone\n"_s));
        view.clear();
        QCOMPARE(view.text(), u"No estimate yet"_s);
    }

    void formulaSelectableInMonospace()
    {
        FitFactsView view;
        view.setFacts(olsFacts());
        const QLabel* formula = view.formulaLabel();
        QCOMPARE(formula->text(), olsFacts().formula);
        QVERIFY(formula->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(QFontInfo(formula->font()).fixedPitch());
    }
};

QTEST_MAIN(TestFitFactsView)
#include "tst_fitfactsview.moc"
