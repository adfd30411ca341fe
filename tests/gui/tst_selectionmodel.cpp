// SelectionModel: select / toggle / clear and the time range, with their signals.
#include <QSignalSpy>
#include <QTest>

#include "SelectionModel.h"

using aitocracy::gui::SelectionModel;

class TestSelectionModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectOnlyReplaces()
    {
        SelectionModel model;
        QSignalSpy spy(&model, &SelectionModel::selectionChanged);
        model.selectOnly(QStringLiteral("340100"));
        model.selectOnly(QStringLiteral("110000"));
        QCOMPARE(model.selectedCodes(), QSet<QString>{QStringLiteral("110000")});
        QCOMPARE(spy.count(), 2);
        model.selectOnly(QStringLiteral("110000"));  // no change, no signal
        QCOMPARE(spy.count(), 2);
    }
    void toggleAddsAndRemoves()
    {
        SelectionModel model;
        QSignalSpy spy(&model, &SelectionModel::selectionChanged);
        model.toggle(QStringLiteral("340100"));
        model.toggle(QStringLiteral("110000"));
        QCOMPARE(model.selectedCodes().size(), 2);
        model.toggle(QStringLiteral("340100"));
        QCOMPARE(model.selectedCodes(), QSet<QString>{QStringLiteral("110000")});
        QVERIFY(!model.isSelected(QStringLiteral("340100")));
        QCOMPARE(spy.count(), 3);
    }
    void clearSignalsOnlyWhenNotEmpty()
    {
        SelectionModel model;
        QSignalSpy spy(&model, &SelectionModel::selectionChanged);
        model.clear();
        QCOMPARE(spy.count(), 0);
        model.toggle(QStringLiteral("340100"));
        model.clear();
        QVERIFY(model.isEmpty());
        QCOMPARE(spy.count(), 2);
    }
    void timeRangeIsOrdered()
    {
        SelectionModel model;
        QSignalSpy spy(&model, &SelectionModel::timeRangeChanged);
        model.setTimeRange(QDate(2020, 12, 31), QDate(2015, 1, 1));
        QCOMPARE(model.timeFrom(), QDate(2015, 1, 1));
        QCOMPARE(model.timeTo(), QDate(2020, 12, 31));
        model.setTimeRange(QDate(2015, 1, 1), QDate(2020, 12, 31));
        QCOMPARE(spy.count(), 1);
        model.setTimeRange(QDate(), QDate(2018, 6, 30));  // open start
        QVERIFY(model.timeFrom().isNull());
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSelectionModel)
#include "tst_selectionmodel.moc"
