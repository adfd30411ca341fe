// PrefectureTable: totals and means over the selected time range by hand, numeric sorting
// with missing values last, the name/code filter, and the selection synchronised both ways
// without feedback.
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>

#include "PrefectureFilterProxy.h"
#include "PrefectureTable.h"
#include "PrefectureTableModel.h"
#include "SelectionModel.h"
#include "SyntheticUnits.h"

using namespace aitocracy;
using namespace aitocracy::gui;

namespace {

constexpr double NA = core::Panel::kMissing;

// The three synthetic squares plus 三沙市, which the panel lacks (its values are missing).
std::shared_ptr<const core::UnitSet> fourUnits()
{
    return test::threeSquares(true);
}

// 北京 110100, 天津 120100, 张家口 130700 × four quarters of 2016.
std::shared_ptr<const core::Panel> handPanel()
{
    auto p = std::make_shared<core::Panel>();
    p->period = core::PeriodKind::Quarter;
    p->unitCodes = {"110100", "120100", "130700"};
    p->periodLabels = {"2016Q1", "2016Q2", "2016Q3", "2016Q4"};
    p->periodStarts = {"2016-01-01", "2016-04-01", "2016-07-01", "2016-10-01"};
    p->columns.push_back({"unrest",
                          "placed unrest events",
                          {1, 2, 3, 4,      //
                           10, 20, NA, 40,  //
                           5, 5, 5, 5}});
    // Totals 9, 100, 10: lexicographic order would put "10" and "100" before "9".
    p->columns.push_back({"contracts_other",
                          "other contracts",
                          {9, 0, 0, 0,      //
                           25, 25, 25, 25,  //
                           1, 2, 3, 4}});
    return p;
}

struct Fixture {
    SelectionModel selection;
    PrefectureTable table;

    Fixture()
    {
        table.setUnits(fourUnits());
        table.setPanel(handPanel());
        table.setSelectionModel(&selection);
        table.resize(900, 400);
        table.show();
    }
    PrefectureTableModel* model() const { return table.model(); }
    // Source row of a unit's value in the given value column.
    double value(const QString& code, int valueColumn) const
    {
        return model()->valueAt(model()->rowOf(code), valueColumn);
    }
    // The codes in the order the (sorted, filtered) table shows them.
    QStringList shownCodes() const
    {
        QStringList codes;
        for (int r = 0; r < table.proxy()->rowCount(); ++r)
            codes << table.proxy()->index(r, 0).data(PrefectureTableModel::kCodeRole).toString();
        return codes;
    }
};

const QString kBeijing = QStringLiteral("110100");
const QString kTianjin = QStringLiteral("120100");
const QString kZhangjiakou = QStringLiteral("130700");
const QString kSansha = QStringLiteral("460300");

}  // namespace

class TestPrefectureTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns()
    {
        Fixture f;
        QCOMPARE(f.model()->rowCount(), 4);
        QCOMPARE(f.model()->valueColumns(), (QStringList{QStringLiteral("unrest"), QStringLiteral("contracts_other")}));
        const int row = f.model()->rowOf(kZhangjiakou);
        QCOMPARE(f.model()->index(row, PrefectureTableModel::NameZh).data().toString(), QStringLiteral("张家口市"));
        QCOMPARE(f.model()->index(row, PrefectureTableModel::NameEn).data().toString(), QStringLiteral("Zhangjiakou"));
        QCOMPARE(f.model()->index(row, PrefectureTableModel::Province).data().toString(), QStringLiteral("河北省"));
        QCOMPARE(f.model()->headerData(PrefectureTableModel::FirstValue, Qt::Horizontal).toString(),
                 QStringLiteral("Unrest events"));
    }
    void totalsOverTheTimeRange()
    {
        Fixture f;
        // Every period: 1+2+3+4, 10+20+40 (one missing), 5×4; 三沙 has no panel row.
        QCOMPARE(f.value(kBeijing, 0), 10.0);
        QCOMPARE(f.value(kTianjin, 0), 70.0);
        QCOMPARE(f.value(kZhangjiakou, 0), 20.0);
        QVERIFY(std::isnan(f.value(kSansha, 0)));
        QCOMPARE(f.model()->index(f.model()->rowOf(kSansha), PrefectureTableModel::FirstValue).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(f.table.rangeText().contains(QStringLiteral("2016Q1 – 2016Q4")));

        // Q2 and Q3 (a range that only touches 2016Q3 still covers it).
        f.selection.setTimeRange(QDate(2016, 4, 1), QDate(2016, 7, 15));
        QCOMPARE(f.value(kBeijing, 0), 5.0);
        QCOMPARE(f.value(kTianjin, 0), 20.0);
        QCOMPARE(f.value(kZhangjiakou, 0), 10.0);
        QCOMPARE(f.value(kTianjin, 1), 50.0);
        QVERIFY(f.table.rangeText().contains(QStringLiteral("2016Q2 – 2016Q3")));

        // Means over the non-missing periods: (2+3)/2, 20/1, (5+5)/2.
        f.table.setAggregate(Aggregate::Mean);
        QCOMPARE(f.value(kBeijing, 0), 2.5);
        QCOMPARE(f.value(kTianjin, 0), 20.0);
        QCOMPARE(f.value(kZhangjiakou, 0), 5.0);
        QCOMPARE(f.model()->index(f.model()->rowOf(kBeijing), PrefectureTableModel::FirstValue).data().toString(),
                 QStringLiteral("2.50"));

        // Open start: everything up to 2016Q2.
        f.table.setAggregate(Aggregate::Total);
        f.selection.setTimeRange(QDate(), QDate(2016, 6, 30));
        QCOMPARE(f.value(kBeijing, 0), 3.0);
        QCOMPARE(f.value(kTianjin, 0), 30.0);
    }
    void sortsNumericallyWithMissingLast()
    {
        Fixture f;
        const int column = PrefectureTableModel::FirstValue + 1;  // contracts_other: 9, 100, 10, missing
        f.table.view()->sortByColumn(column, Qt::AscendingOrder);
        QCOMPARE(f.shownCodes(), (QStringList{kBeijing, kZhangjiakou, kTianjin, kSansha}));
        f.table.view()->sortByColumn(column, Qt::DescendingOrder);
        QCOMPARE(f.shownCodes(), (QStringList{kTianjin, kZhangjiakou, kBeijing, kSansha}));
        f.table.view()->sortByColumn(PrefectureTableModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(f.shownCodes(), (QStringList{kBeijing, kSansha, kTianjin, kZhangjiakou}));
    }
    void filterByNameOrCode()
    {
        Fixture f;
        f.table.setFilterText(QStringLiteral("tian"));
        QCOMPARE(f.shownCodes(), QStringList{kTianjin});
        f.table.setFilterText(QStringLiteral("北京"));
        QCOMPARE(f.shownCodes(), QStringList{kBeijing});
        f.table.setFilterText(QStringLiteral("1307"));
        QCOMPARE(f.shownCodes(), QStringList{kZhangjiakou});
        f.table.setFilterText(QString());
        QCOMPARE(f.shownCodes().size(), 4);
    }
    void rowSelectionSetsTheSelection()
    {
        Fixture f;
        QSignalSpy changed(&f.selection, &SelectionModel::selectionChanged);
        QItemSelectionModel* rows = f.table.view()->selectionModel();
        const auto proxyRow = [&](const QString& code) {
            return f.table.proxy()->mapFromSource(f.model()->index(f.model()->rowOf(code), 0));
        };
        rows->select(proxyRow(kTianjin), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(f.selection.selectedCodes(), QSet<QString>{kTianjin});
        QCOMPARE(changed.count(), 1);
        rows->select(proxyRow(kBeijing), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(f.selection.selectedCodes(), (QSet<QString>{kTianjin, kBeijing}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(rows->selectedRows().size(), 2);  // not re-selected into something else
    }
    void selectionSelectsTheRows()
    {
        Fixture f;
        QSignalSpy changed(&f.selection, &SelectionModel::selectionChanged);
        QSignalSpy rowsChanged(f.table.view()->selectionModel(), &QItemSelectionModel::selectionChanged);
        f.selection.setSelectedCodes({kZhangjiakou, kSansha});
        QCOMPARE(changed.count(), 1);  // no echo from the table
        QCOMPARE(rowsChanged.count(), 1);
        QSet<QString> selectedRows;
        for (const QModelIndex& index : f.table.view()->selectionModel()->selectedRows())
            selectedRows.insert(index.data(PrefectureTableModel::kCodeRole).toString());
        QCOMPARE(selectedRows, (QSet<QString>{kZhangjiakou, kSansha}));

        // Filtering hides rows without deselecting their units, and shows them selected again.
        f.table.setFilterText(QStringLiteral("sansha"));
        QCOMPARE(f.selection.selectedCodes(), (QSet<QString>{kZhangjiakou, kSansha}));
        QCOMPARE(f.table.view()->selectionModel()->selectedRows().size(), 1);
        f.table.setFilterText(QString());
        QCOMPARE(f.table.view()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(changed.count(), 1);

        // New values (another time range) keep the rows selected.
        f.selection.setTimeRange(QDate(2016, 1, 1), QDate(2016, 3, 31));
        QCOMPARE(f.table.view()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(changed.count(), 1);
        f.selection.clear();
        QVERIFY(f.table.view()->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestPrefectureTable)
#include "tst_prefecturetable.moc"
