// Dates in the forms Chinese procurement tables use, unit multipliers from headers, and
// amounts in yuan with currency signs, separators, full-width digits and units.
#include <QtTest>

#include "tabular/ValueParsers.h"

using namespace aitocracy::core;

class TestValueParsers : public QObject {
    Q_OBJECT

private slots:
    void datesInEveryForm()
    {
        const std::optional<std::string> march5("2016-03-05");
        for (const char* text :
             {"2016-03-05", "2016/3/5", "2016/03/05", "20160305", "2016年3月5日", "2016年03月05日", "2016.3.5",
              " 2016-03-05 ", "2016-03-05 10:00", "2016-03-05 10:00:00", "2016-03-05T10:00:00", "2016/3/5 9:05",
              "2016-03-05 10:00:00.0", "20160305 10:00", "\u30002016年3月5日\u3000"}) {
            QVERIFY2(parseDate(text) == march5, text);
        }
        QCOMPARE(parseDate("2016-02-29"), std::optional<std::string>("2016-02-29"));
        QCOMPARE(parseDate("2000-02-29"), std::optional<std::string>("2000-02-29"));
        QCOMPARE(parseDate("1999-12-31"), std::optional<std::string>("1999-12-31"));
    }

    void notDates()
    {
        for (const char* text : {"",           "2016-02-30",  "2015-02-29",       "1900-02-29",      "2016-13-01",
                                 "2016-00-10", "2016-01-00",  "2016-04-31",       "2016-03",         "2016/3-5",
                                 "16-03-05",   "2016-03-05x", "2016-03-05 25:00", "2016-03-05 10:0", "2016-03-05 10:60",
                                 "201603051",  "2016.3.5.",   "三月五日",         "2016年3月",       "abc",
                                 "2016-03-05T"}) {
            QVERIFY2(!parseDate(text), text);
        }
    }

    void headerMultipliers()
    {
        QCOMPARE(amountMultiplierFromHeader("合同金额(万元)"), 1e4);
        QCOMPARE(amountMultiplierFromHeader("合同金额（万元）"), 1e4);
        QCOMPARE(amountMultiplierFromHeader("中标金额万元"), 1e4);
        QCOMPARE(amountMultiplierFromHeader("合同金额(元)"), 1.0);
        QCOMPARE(amountMultiplierFromHeader("合同金额（元）"), 1.0);
        QCOMPARE(amountMultiplierFromHeader("预算(亿元)"), 1e8);
        QCOMPARE(amountMultiplierFromHeader("金额(百万元)"), 1e6);
        QCOMPARE(amountMultiplierFromHeader("金额（千元）"), 1e3);
        QCOMPARE(amountMultiplierFromHeader("金额（万）"), 1e4);
        QCOMPARE(amountMultiplierFromHeader("合同金额"), 1.0);
        QCOMPARE(amountMultiplierFromHeader("万达广场项目金额"), 1.0);
        QCOMPARE(amountMultiplierFromHeader("amount"), 1.0);
    }

    void amounts()
    {
        const auto yuan = [](std::string_view cell, double multiplier = 1.0) {
            const AmountParse p = parseAmountYuan(cell, multiplier);
            if (!p.ok || !p.yuan) qFatal("%s: %s", std::string(cell).c_str(), p.error.c_str());
            return *p.yuan;
        };
        QCOMPARE(yuan("12.3456", 1e4), 123456.0);
        QCOMPARE(yuan("12.3456万元"), 123456.0);
        QCOMPARE(yuan("1234.5"), 1234.5);
        QCOMPARE(yuan(" ¥1,234,567.89 "), 1234567.89);
        QCOMPARE(yuan("￥1，234"), 1234.0);
        QCOMPARE(yuan("RMB 500"), 500.0);
        QCOMPARE(yuan("rmb500元"), 500.0);
        QCOMPARE(yuan("１２３．５"), 123.5);
        QCOMPARE(yuan("３万"), 30000.0);
        QCOMPARE(yuan("1.5亿元"), 150000000.0);
        QCOMPARE(yuan("2亿"), 200000000.0);
        QCOMPARE(yuan("100元", 1e4), 100.0);  // the cell's unit overrides the header's
        QCOMPARE(yuan("0.3", 1e4), 3000.0);
        QCOMPARE(yuan("1.23E+07"), 12300000.0);
        QCOMPARE(yuan("0.005"), 0.01);  // cents
        QCOMPARE(yuan("7"), 7.0);
        QCOMPARE(yuan(".5"), 0.5);
        QCOMPARE(yuan("+8"), 8.0);
        QCOMPARE(yuan("12.34567890", 1e4), 123456.79);
        QCOMPARE(yuan("5百万元"), 5e6);
    }

    void missingAndBadAmounts()
    {
        for (const char* empty : {"", "   ", "\u3000", " \u00A0\t"}) {
            const AmountParse p = parseAmountYuan(empty, 1e4);
            QVERIFY2(p.ok && !p.yuan, empty);
        }
        for (const char* bad : {"abc", "12a", "1.2.3", "1,23", "12,3456", ",123", "1,234,", "万元", "¥", "RMB", "--5",
                                "1e", "N/A", "-", "1 2 3 x"}) {
            const AmountParse p = parseAmountYuan(bad, 1.0);
            QVERIFY2(!p.ok && !p.yuan, bad);
            QVERIFY2(p.error.find("not an amount") != std::string::npos, (std::string(bad) + ": " + p.error).c_str());
        }
        const AmountParse negative = parseAmountYuan("-100", 1.0);
        QVERIFY(!negative.ok);
        QVERIFY2(negative.error.find("negative") != std::string::npos, negative.error.c_str());
        QVERIFY(!parseAmountYuan("－3万元", 1.0).ok);
        QVERIFY(!parseAmountYuan("1e999", 1.0).ok);
    }
};

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
