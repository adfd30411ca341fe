// CoefficientTableModel: terms in order of first appearance over the series, cells as a
// paper prints them ("0.301***" over "(0.041)", stars by the 0.01/0.05/0.1 rule, rounded
// by hand), stars off, digits, raw values, empty cells for terms a series lacks, and the
// fit-fact rows below the terms.
#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "CoefficientTableModel.h"

using namespace aitocracy::gui;
using namespace Qt::StringLiterals;

namespace {

CoefficientPoint coef(const QString& term, double estimate, double se, double p, const QString& label = {})
{
    CoefficientPoint pt;
    pt.term = term;
    pt.label = label;
    pt.estimate = estimate;
    pt.stdError = se;
    pt.ciLow = estimate - 1.96 * se;
    pt.ciHigh = estimate + 1.96 * se;
    pt.p = p;
    return pt;
}

// Current: rain, rain × AI stock, temperature; pinned: rain and a control it alone has.
QVector<CoefficientSeries> twoSpecs()
{
    CoefficientSeries current;
    current.name = u"Current"_s;
    current.points = {coef(u"rain"_s, 0.3012, 0.041, 0.001),
                      coef(u"rain:ai_stock"_s, -0.0458, 0.02, 0.03, u"rain × AI stock"_s),
                      coef(u"temperature"_s, 0.0049, 0.003, 0.0999)};
    CoefficientSeries pinned;
    pinned.name = u"No controls"_s;
    pinned.points = {coef(u"rain"_s, 0.25, 0.05, 0.2), coef(u"wind"_s, -1.23456, 0.5, 0.0099)};
    return {current, pinned};
}

QString display(const CoefficientTableModel& m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

}  // namespace

class TestCoefficientTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void termsAndSeries()
    {
        CoefficientTableModel m;
        m.setSeries(twoSpecs());
        QCOMPARE(m.columnCount(), 2);
        QCOMPARE(m.rowCount(), 4);  // rain, rain:ai_stock, temperature, wind
        QCOMPARE(m.termCount(), 4);
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), u"Current"_s);
        QCOMPARE(m.headerData(1, Qt::Horizontal).toString(), u"No controls"_s);
        QCOMPARE(m.headerData(0, Qt::Vertical).toString(), u"rain"_s);
        QCOMPARE(m.headerData(1, Qt::Vertical).toString(), u"rain × AI stock"_s);  // the label
        QCOMPARE(m.headerData(1, Qt::Vertical, CoefficientTableModel::TermRole).toString(), u"rain:ai_stock"_s);
        QCOMPARE(m.headerData(3, Qt::Vertical).toString(), u"wind"_s);
    }

    void cellsAsInAPaper()
    {
        CoefficientTableModel m;
        m.setSeries(twoSpecs());
        // 0.3012 → 0.301; p = 0.001 < 0.01: three stars; SE 0.041 → (0.041).
        QCOMPARE(display(m, 0, 0), u"0.301***\n(0.041)"_s);
        QCOMPARE(m.data(m.index(0, 0), CoefficientTableModel::EstimateTextRole).toString(), u"0.301***"_s);
        QCOMPARE(m.data(m.index(0, 0), CoefficientTableModel::StdErrorTextRole).toString(), u"(0.041)"_s);
        // -0.0458 → -0.046; p = 0.03: two stars.
        QCOMPARE(m.data(m.index(1, 0), CoefficientTableModel::EstimateTextRole).toString(), u"-0.046**"_s);
        // p = 0.0999 < 0.1: one star.
        QCOMPARE(m.data(m.index(2, 0), CoefficientTableModel::EstimateTextRole).toString(), u"0.005*"_s);
        // p = 0.2: none; p = 0.0099: three.
        QCOMPARE(display(m, 0, 1), u"0.250\n(0.050)"_s);
        QCOMPARE(display(m, 3, 1), u"-1.235***\n(0.500)"_s);
        QCOMPARE(m.data(m.index(0, 0), Qt::UserRole).toDouble(), 0.3012);
        QCOMPARE(m.data(m.index(0, 0), CoefficientTableModel::StdErrorRole).toDouble(), 0.041);
        QCOMPARE(m.data(m.index(0, 0), CoefficientTableModel::PValueRole).toDouble(), 0.001);
    }

    void missingTermIsAnEmptyCell()
    {
        CoefficientTableModel m;
        m.setSeries(twoSpecs());
        QVERIFY(display(m, 1, 1).isEmpty());  // the pinned spec has no interaction
        QVERIFY(!m.data(m.index(1, 1), Qt::UserRole).isValid());
        QVERIFY(display(m, 3, 0).isEmpty());  // the current one has no wind
    }

    void starsOffAndDigits()
    {
        CoefficientTableModel m;
        m.setSeries(twoSpecs());
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setStars(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(display(m, 0, 0), u"0.301\n(0.041)"_s);
        m.setDigits(2);
        QCOMPARE(display(m, 0, 0), u"0.30\n(0.04)"_s);
        m.setStars(true);
        m.setDigits(4);
        QCOMPARE(display(m, 0, 0), u"0.3012***\n(0.0410)"_s);
        // Too small for the digits, not zero: scientific rather than "0.0000".
        CoefficientSeries tiny;
        tiny.name = u"Current"_s;
        tiny.points = {coef(u"amount"_s, 0.0000123, 0.0000041, 0.5)};
        m.setSeries({tiny});
        QCOMPARE(display(m, 0, 0), u"1.23e-05\n(4.1e-06)"_s);
    }

    void fitFactRowsBelowTheTerms()
    {
        CoefficientTableModel m;
        m.setSeries(twoSpecs());
        FitFacts a;
        a.nobs = 17322;
        a.r2 = 0.41234;
        a.r2Within = 0.0312;
        a.fixedEffects = {u"unit (367 levels)"_s, u"period (48 levels)"_s};
        FitFacts b;
        b.nobs = 17000;
        b.r2 = 0.5;
        m.setFitFacts({a, b});
        // Terms, then observations, R², within R², fixed effects (no first-stage F: no IV).
        QCOMPARE(m.rowCount(), 4 + 4);
        QVERIFY(!m.isFitRow(3) && m.isFitRow(4));
        QCOMPARE(m.headerData(4, Qt::Vertical).toString(), u"Observations"_s);
        QCOMPARE(display(m, 4, 0), u"17,322"_s);
        QCOMPARE(display(m, 4, 1), u"17,000"_s);
        QCOMPARE(m.headerData(5, Qt::Vertical).toString(), u"R²"_s);
        QCOMPARE(display(m, 5, 0), u"0.412"_s);
        QCOMPARE(m.headerData(6, Qt::Vertical).toString(), u"Within R²"_s);
        QCOMPARE(display(m, 6, 0), u"0.031"_s);
        QVERIFY(display(m, 6, 1).isEmpty());
        QCOMPARE(m.headerData(7, Qt::Vertical).toString(), u"Fixed effects"_s);
        QCOMPARE(display(m, 7, 0), u"unit, period"_s);
        QCOMPARE(m.data(m.index(7, 0), Qt::ToolTipRole).toString(), u"unit (367 levels)\nperiod (48 levels)"_s);
        // IV: the first-stage F appears.
        a.firstStageF = 23.456;
        m.setFitFacts({a});
        QCOMPARE(m.headerData(7, Qt::Vertical).toString(), u"First-stage F"_s);
        QCOMPARE(display(m, 7, 0), u"23.46"_s);
        QVERIFY(display(m, 4, 1).isEmpty());  // no facts for the pinned spec
    }
};

QTEST_MAIN(TestCoefficientTableModel)
#include "tst_coefficienttablemodel.moc"
