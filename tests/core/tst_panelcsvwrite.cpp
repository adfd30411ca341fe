// writePanelCsv: the header, unit-major rows, empty cells for missing values and numbers
// that read back exactly; the estimator's reader takes the file; a failed write leaves
// nothing behind.
#include <QtTest>
#include <cmath>

#include "TestSupport.h"
#include "estimation/PanelData.h"
#include "panel/PanelCsv.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::readBytes;

class TestPanelCsvWrite : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    static Panel sample()
    {
        Panel p;
        p.period = PeriodKind::Quarter;
        p.unitCodes = {"110000", "120000"};
        p.periodLabels = {"2016Q4", "2017Q1"};
        p.periodStarts = {"2016-10-01", "2017-01-01"};
        p.columns.push_back({"unrest", "events", {2, 0, 1, 3}});
        p.columns.push_back({"share",
                             "a third, a missing value, a large and a tiny number",
                             {1.0 / 3.0, Panel::kMissing, 123456789.125, 1e-7}});
        return p;
    }

private Q_SLOTS:
    void writesTheTextExactly()
    {
        const std::string out = dir_.filePath(QStringLiteral("p.csv")).toStdString();
        auto rows = writePanelCsv(sample(), out);
        QVERIFY2(rows, errorText(rows).c_str());
        QCOMPARE(*rows, std::size_t{4});
        QCOMPARE(readBytes(out), std::string("unit,period,unrest,share\n"
                                             "110000,2016Q4,2,0.3333333333333333\n"
                                             "110000,2017Q1,0,\n"
                                             "120000,2016Q4,1,123456789.125\n"
                                             "120000,2017Q1,3,1e-07\n"));
        QVERIFY(!QFile::exists(QString::fromStdString(out + ".tmp")));
    }

    void theEstimatorReadsItBack()
    {
        const std::string out = dir_.filePath(QStringLiteral("back.csv")).toStdString();
        const Panel p = sample();
        QVERIFY(writePanelCsv(p, out));
        auto data = est::readPanelCsv(out, "unit", "period");
        QVERIFY2(data, errorText(data).c_str());
        QCOMPARE(data->rows(), std::size_t{4});
        QCOMPARE(data->timeLabels, (std::vector<std::string>{"2016Q4", "2017Q1"}));
        QCOMPARE(data->time[1] - data->time[0], std::int64_t{1});  // consecutive quarters across the year
        for (const auto& c : p.columns) {
            const est::PanelColumn* back = data->column(c.name);
            QVERIFY(back);
            for (std::size_t r = 0; r < 4; ++r) {
                if (std::isnan(c.values[r]))
                    QVERIFY(std::isnan(back->values[r]));
                else
                    QCOMPARE(back->values[r], c.values[r]);  // bit for bit
            }
        }
    }

    void aFailedWriteLeavesNothing()
    {
        const std::string out = dir_.filePath(QStringLiteral("no/such/dir/p.csv")).toStdString();
        auto rows = writePanelCsv(sample(), out);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, std::string("io"));
        QVERIFY(!QFile::exists(QString::fromStdString(out)));
    }
};

QTEST_GUILESS_MAIN(TestPanelCsvWrite)
#include "tst_panelcsvwrite.moc"
