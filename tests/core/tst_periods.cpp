// Period arithmetic: labels of each kind, ISO weeks across year boundaries, leap days,
// whole periods covering a range, and parsing.
#include <QtTest>

#include "TestSupport.h"
#include "common/Dates.h"
#include "panel/Periods.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;

using Labels = std::vector<std::string>;

class TestPeriods : public QObject {
    Q_OBJECT

    static std::string label(PeriodKind kind, const char* date)
    {
        auto l = periodLabelOfDate(kind, date);
        if (!l) qFatal("%s", errorText(l).c_str());
        return *l;
    }

private Q_SLOTS:
    void labelsOfEachKind()
    {
        // 2016-03-05 is a Saturday; ISO week 1 of 2016 starts on Monday 2016-01-04, so
        // 61 days later it is in week 9.
        QCOMPARE(label(PeriodKind::Day, "2016-03-05"), std::string("2016-03-05"));
        QCOMPARE(label(PeriodKind::Week, "2016-03-05"), std::string("2016-W09"));
        QCOMPARE(label(PeriodKind::Month, "2016-03-05"), std::string("2016-03"));
        QCOMPARE(label(PeriodKind::Quarter, "2016-03-05"), std::string("2016Q1"));
        QCOMPARE(label(PeriodKind::Quarter, "2016-04-01"), std::string("2016Q2"));
        QCOMPARE(label(PeriodKind::Quarter, "2016-12-31"), std::string("2016Q4"));
        QCOMPARE(label(PeriodKind::Year, "2016-03-05"), std::string("2016"));
    }

    void isoWeeksAcrossYearBoundaries()
    {
        // 2015 has 53 ISO weeks (1 January 2015 was a Thursday); its week 53 runs from
        // Monday 28 December 2015 to Sunday 3 January 2016.
        QCOMPARE(label(PeriodKind::Week, "2015-12-28"), std::string("2015-W53"));
        QCOMPARE(label(PeriodKind::Week, "2016-01-01"), std::string("2015-W53"));
        QCOMPARE(label(PeriodKind::Week, "2016-01-03"), std::string("2015-W53"));
        QCOMPARE(label(PeriodKind::Week, "2016-01-04"), std::string("2016-W01"));
        // Monday 31 December 2018 belongs to the first week of 2019.
        QCOMPARE(label(PeriodKind::Week, "2018-12-30"), std::string("2018-W52"));
        QCOMPARE(label(PeriodKind::Week, "2018-12-31"), std::string("2019-W01"));
        QCOMPARE(label(PeriodKind::Week, "2021-01-03"), std::string("2020-W53"));
        QCOMPARE(label(PeriodKind::Week, "1970-01-01"), std::string("1970-W01"));
        QCOMPARE(label(PeriodKind::Week, "1969-12-28"), std::string("1969-W52"));

        auto weeks = periodsCovering(PeriodKind::Week, "2015-12-30", "2016-01-10");
        QVERIFY2(weeks, errorText(weeks).c_str());
        QCOMPARE(weeks->labels, (Labels{"2015-W53", "2016-W01"}));
        QCOMPARE(weeks->starts, (Labels{"2015-12-28", "2016-01-04"}));
    }

    void leapDays()
    {
        QVERIFY(parseIsoDay("2016-02-29").has_value());
        QVERIFY(parseIsoDay("2000-02-29").has_value());
        QVERIFY(!parseIsoDay("2015-02-29").has_value());
        QVERIFY(!parseIsoDay("2100-02-29").has_value());
        QCOMPARE(*parseIsoDay("2016-03-01") - *parseIsoDay("2016-02-28"), std::int64_t{2});
        auto leap = periodsCovering(PeriodKind::Day, "2016-02-28", "2016-03-01");
        QVERIFY2(leap, errorText(leap).c_str());
        QCOMPARE(leap->labels, (Labels{"2016-02-28", "2016-02-29", "2016-03-01"}));
        auto common = periodsCovering(PeriodKind::Day, "2015-02-28", "2015-03-01");
        QVERIFY2(common, errorText(common).c_str());
        QCOMPARE(common->labels, (Labels{"2015-02-28", "2015-03-01"}));
        QCOMPARE(label(PeriodKind::Week, "2016-02-29"), std::string("2016-W09"));
        QCOMPARE(label(PeriodKind::Month, "2016-02-29"), std::string("2016-02"));
    }

    void wholePeriodsCoverARange()
    {
        auto quarters = periodsCovering(PeriodKind::Quarter, "2015-11-15", "2016-04-01");
        QVERIFY2(quarters, errorText(quarters).c_str());
        QCOMPARE(quarters->labels, (Labels{"2015Q4", "2016Q1", "2016Q2"}));
        QCOMPARE(quarters->starts, (Labels{"2015-10-01", "2016-01-01", "2016-04-01"}));
        QCOMPARE(quarters->firstIndex, std::int64_t{2015 * 4 + 3});
        auto months = periodsCovering(PeriodKind::Month, "2016-11-30", "2017-02-01");
        QVERIFY2(months, errorText(months).c_str());
        QCOMPARE(months->labels, (Labels{"2016-11", "2016-12", "2017-01", "2017-02"}));
        QCOMPARE(months->starts, (Labels{"2016-11-01", "2016-12-01", "2017-01-01", "2017-02-01"}));
        auto years = periodsCovering(PeriodKind::Year, "2013-06-01", "2015-01-01");
        QVERIFY2(years, errorText(years).c_str());
        QCOMPARE(years->labels, (Labels{"2013", "2014", "2015"}));
        QCOMPARE(years->starts, (Labels{"2013-01-01", "2014-01-01", "2015-01-01"}));
        auto one = periodsCovering(PeriodKind::Day, "2016-05-05", "2016-05-05");
        QVERIFY2(one, errorText(one).c_str());
        QCOMPARE(one->labels, Labels{"2016-05-05"});
    }

    void firstDaysRoundTrip()
    {
        // Every day of 2012–2021 lies in the period starting at periodFirstDay, which is
        // no later than the day, before the next period's first day; and the index read
        // straight from the date's text is the same.
        for (const PeriodKind kind :
             {PeriodKind::Day, PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year})
            for (std::int64_t d = daysFromCivil(2012, 1, 1); d <= daysFromCivil(2021, 12, 31); ++d) {
                const std::int64_t i = periodIndex(kind, d);
                QCOMPARE(periodIndexOfDate(kind, isoDate(d)).value_or(-1), i);
                QVERIFY(periodFirstDay(kind, i) <= d);
                QVERIFY(periodFirstDay(kind, i + 1) > d);
            }
    }

    void badInput()
    {
        QCOMPARE(*parsePeriodKind("week"), PeriodKind::Week);
        QCOMPARE(*parsePeriodKind("quarter"), PeriodKind::Quarter);
        auto bad = parsePeriodKind("quarterly");
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.find("day, week, month, quarter or year") != std::string::npos,
                 bad.error().message.c_str());
        for (const auto kind :
             {PeriodKind::Day, PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year})
            QCOMPARE(*parsePeriodKind(periodKindName(kind)), kind);
        QVERIFY(!periodLabelOfDate(PeriodKind::Month, "2016-3-5"));
        QVERIFY(!periodLabelOfDate(PeriodKind::Month, "2016-13-01"));
        QVERIFY(!periodIndexOfDate(PeriodKind::Quarter, "2016-04-31"));
        QVERIFY(!periodIndexOfDate(PeriodKind::Year, "2016-00-10"));
        QVERIFY(!periodIndexOfDate(PeriodKind::Day, "2016-01-1x"));
        QVERIFY(!periodsCovering(PeriodKind::Month, "2016-05-01", "2016-04-30"));
        QVERIFY(!periodsCovering(PeriodKind::Month, "", "2016-04-30"));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
