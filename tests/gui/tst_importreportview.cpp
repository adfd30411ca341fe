// The import report: counts grouped by section, the rejected rows sortable and filterable,
// and the CSV export (RFC 4180: quotes doubled, fields with commas, quotes or line breaks
// quoted, CRLF, UTF-8) compared with text written out by hand.
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include "ImportReportView.h"

using namespace aitocracy::gui;

namespace {

ImportOutcome sample()
{
    ImportOutcome o;
    o.title = u"Contracts — portal.csv"_qs;
    o.counts = {{QString(), u"Rows read"_qs, 20},
                {QString(), u"Stored"_qs, 18},
                {u"Rejected by kind"_qs, u"bad_date"_qs, 1},
                {u"Rejected by kind"_qs, u"missing_id"_qs, 1}};
    o.rejected = {{u"portal.csv"_qs, 16, 1, u"the contract id is empty"_qs, u",2016-03-16,北京市公安局"_qs},
                  {u"portal.csv"_qs, 9, 2, u"\"2016-02-30\" is not a date"_qs, u"HT-8,2016-02-30,\"x, y\"\nmore"_qs},
                  {u"other.csv"_qs, 120, 0, u"3 fields; the header has 6"_qs, u"a,b,c"_qs}};
    return o;
}

}  // namespace

class TestImportReportView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsBySection()
    {
        ImportReportView view;
        view.setOutcome(sample());
        QTreeWidget* tree = view.countsView();
        QCOMPARE(tree->topLevelItemCount(), 3);  // two main counts and one section
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Rows read"_qs);
        QCOMPARE(tree->topLevelItem(0)->text(1), u"20"_qs);
        QCOMPARE(tree->topLevelItem(2)->text(0), u"Rejected by kind"_qs);
        QCOMPARE(tree->topLevelItem(2)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(2)->child(1)->text(0), u"missing_id"_qs);
    }

    void csvExportIsRfc4180()
    {
        ImportReportView view;
        view.setOutcome(sample());
        // Sorted by line, ascending, by default.
        const QString expected =
            u"File,Line,Column,Reason,Raw text\r\n"
            u"portal.csv,9,2,\"\"\"2016-02-30\"\" is not a date\",\"HT-8,2016-02-30,\"\"x, y\"\"\nmore\"\r\n"
            u"portal.csv,16,1,the contract id is empty,\",2016-03-16,北京市公安局\"\r\n"
            u"other.csv,120,,3 fields; the header has 6,\"a,b,c\"\r\n"_qs;
        QCOMPARE(view.csvText(), expected);
        const QString path = QDir::temp().filePath(u"aitocracy-report-test.csv"_qs);
        QVERIFY(view.exportCsv(path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected.toUtf8());
        file.remove();
    }

    void sortAndFilter()
    {
        ImportReportView view;
        view.setOutcome(sample());
        QTableView* table = view.rejectedView();
        QCOMPARE(table->model()->rowCount(), 3);
        table->sortByColumn(1, Qt::DescendingOrder);  // numerically: 120, 16, 9
        QCOMPARE(table->model()->index(0, 1).data().toInt(), 120);
        QCOMPARE(table->model()->index(2, 1).data().toInt(), 9);
        view.filterEdit()->setText(u"北京"_qs);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toInt(), 16);
        QCOMPARE(view.csvText().count(u"\r\n"_qs), 2);  // the header and the one row shown
        view.filterEdit()->setText(u"PORTAL"_qs);       // case does not matter
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void statusOfACancelledImport()
    {
        ImportReportView view;
        ImportOutcome o;
        o.title = u"Contracts — big.csv"_qs;
        o.status = ImportStatus::Cancelled;
        view.setOutcome(o);
        QVERIFY(view.statusLabel()->text().contains(u"cancelled; the project is unchanged"_qs));
        QCOMPARE(view.rejectedView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestImportReportView)
#include "tst_importreportview.moc"
