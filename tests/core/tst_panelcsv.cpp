// readPanelCsv: times (integers, quarters, months), the gcd time step, missing and
// non-numeric cells, factor views, CSV dialect details, and the errors naming file,
// line and column.
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "estimation/PanelData.h"

using namespace aitocracy::core;
using namespace aitocracy::core::est;
using aitocracy::test::errorText;

using Names = std::vector<std::string>;
using Times = std::vector<std::int64_t>;

class TestPanelCsv : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    int counter_ = 0;

    // Writes `content` byte for byte to a new file and returns its path.
    std::string write(const std::string& content)
    {
        const std::string path = dir_.path().toStdString() + "/panel" + std::to_string(++counter_) + ".csv";
        std::ofstream out(path, std::ios::binary);
        out << content;
        return path;
    }

    Result<PanelData> read(const std::string& content, const std::string& unit = "id", const std::string& time = "t")
    {
        return readPanelCsv(write(content), unit, time);
    }

    // The error of a read that must fail, as "code|context|message" ("" when it succeeded).
    std::string errorOf(const std::string& content, const std::string& unit = "id", const std::string& time = "t")
    {
        const std::string path = write(content);
        auto p = readPanelCsv(path, unit, time);
        if (p) return {};
        std::string context = p.error().context;
        if (context.starts_with(path)) context = "FILE" + context.substr(path.size());
        return p.error().code + "|" + context + "|" + p.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void integerTimes()
    {
        auto p = read("id,t,y,x\n1,1,0.5,3\n1,2,1.5,4\n2,1,-2,5\n2,3,1e-5,.5\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->rows(), std::size_t{4});
        QCOMPARE(p->unitName, std::string("id"));
        QCOMPARE(p->timeName, std::string("t"));
        QCOMPARE(p->unitLevels, (Names{"1", "2"}));
        QCOMPARE(p->unit, (std::vector<std::int32_t>{0, 0, 1, 1}));
        QCOMPARE(p->time, (Times{1, 2, 1, 3}));
        QCOMPARE(p->timeLabels, (Names{"1", "2", "3"}));
        QCOMPARE(p->timeStep, std::int64_t{1});
        QCOMPARE(p->sourceLine, (std::vector<std::size_t>{2, 3, 4, 5}));
        QCOMPARE(p->columnNames(), (Names{"id", "t", "y", "x"}));
        const PanelColumn* y = p->column("y");
        QVERIFY(y != nullptr);
        QCOMPARE(y->values, (std::vector<double>{0.5, 1.5, -2, 1e-5}));
        QVERIFY(y->isNumeric());
        QCOMPARE(p->column("x")->values, (std::vector<double>{3, 4, 5, 0.5}));
        QCOMPARE(p->column("t")->values, (std::vector<double>{1, 2, 1, 3}));
        QVERIFY(p->column("nope") == nullptr);
    }

    void yearsWithStepTwo()
    {
        auto p = read("id,t\na,2\na,4\nb,8\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->timeStep, std::int64_t{2});
        QCOMPARE(p->timeLabels, (Names{"2", "4", "8"}));
        auto years = read("id,t\na,2014\na,2016\nb,2020\nb,2014\n");
        QVERIFY2(years, errorText(years).c_str());
        QCOMPARE(years->timeStep, std::int64_t{2});
        QCOMPARE(years->timeLabels, (Names{"2014", "2016", "2020"}));
        auto single = read("id,t\na,5\nb,5\n");
        QVERIFY2(single, errorText(single).c_str());
        QCOMPARE(single->timeStep, std::int64_t{1});
        QCOMPARE(single->timeLabels, (Names{"5"}));
    }

    void quartersWithGaps()
    {
        auto p = read("id,t\n340100,2016Q1\n340100,2016Q3\n340200,2017Q1\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->time, (Times{2016 * 4, 2016 * 4 + 2, 2017 * 4}));
        QCOMPARE(p->timeStep, std::int64_t{2});
        QCOMPARE(p->timeLabels, (Names{"2016Q1", "2016Q3", "2017Q1"}));
        // Q1, Q2, Q4: differences 1 and 2, gcd 1.
        auto q = read("id,t\na,2016Q4\na,2016Q1\nb,2016Q2\n");
        QVERIFY2(q, errorText(q).c_str());
        QCOMPARE(q->timeStep, std::int64_t{1});
        QCOMPARE(q->timeLabels, (Names{"2016Q1", "2016Q2", "2016Q4"}));
        // The text is not a number: the time column's numeric view says so, its factor view keeps it.
        const PanelColumn* t = p->column("t");
        QVERIFY(!t->isNumeric());
        QCOMPARE(t->levels, (Names{"2016Q1", "2016Q3", "2017Q1"}));
    }

    void months()
    {
        auto p = read("id,t\na,2016-12\na,2017-01\nb,2016-07\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->time, (Times{2016 * 12 + 11, 2017 * 12, 2016 * 12 + 6}));
        QCOMPARE(p->timeStep, std::int64_t{1});
        QCOMPARE(p->timeLabels, (Names{"2016-07", "2016-12", "2017-01"}));
    }

    void missingAndNonNumericCells()
    {
        auto p = read("id,t,y,prov\na,1,,Anhui\na,2,NA,\nb,1,3.5,NA\nb,2,n/a,Anhui\nb,3,inf,Hubei\nc,1,nan,x\n");
        QVERIFY2(p, errorText(p).c_str());
        const PanelColumn* y = p->column("y");
        QVERIFY(std::isnan(y->values[0]));
        QVERIFY(std::isnan(y->values[1]));
        QCOMPARE(y->values[2], 3.5);
        QVERIFY(std::isnan(y->values[3]));
        QVERIFY(std::isnan(y->values[4]));
        QVERIFY(std::isnan(y->values[5]));
        QVERIFY(!y->isNumeric());
        QCOMPARE(y->firstNonNumeric->line, std::size_t{5});
        QCOMPARE(y->firstNonNumeric->text, std::string("n/a"));
        QCOMPARE(y->codes, (std::vector<std::int32_t>{-1, -1, 0, 1, 2, 3}));
        QCOMPARE(y->levels, (Names{"3.5", "n/a", "inf", "nan"}));
        const PanelColumn* prov = p->column("prov");
        QCOMPARE(prov->codes, (std::vector<std::int32_t>{0, -1, -1, 0, 1, 2}));
        QCOMPARE(prov->levels, (Names{"Anhui", "Hubei", "x"}));
        QCOMPARE(prov->firstNonNumeric->line, std::size_t{2});
        QVERIFY(std::isnan(prov->values[0]));
        // A column with only missing cells stays numeric.
        auto q = read("id,t,z\na,1,\na,2,NA\n");
        QVERIFY2(q, errorText(q).c_str());
        QVERIFY(q->column("z")->isNumeric());
        QVERIFY(q->column("z")->levels.empty());
    }

    void numbersAndSpaces()
    {
        auto p = read("id,t,y\na,1,  7 \na,2,+2.5\na,3,-.25\na,4,1E3\na,5,0x10\na,6,1e\n");
        QVERIFY2(p, errorText(p).c_str());
        const PanelColumn* y = p->column("y");
        QCOMPARE(y->values[0], 7.0);
        QCOMPARE(y->values[1], 2.5);
        QCOMPARE(y->values[2], -0.25);
        QCOMPARE(y->values[3], 1000.0);
        QVERIFY(std::isnan(y->values[4]));
        QVERIFY(std::isnan(y->values[5]));
        QCOMPARE(y->firstNonNumeric->text, std::string("0x10"));
        QCOMPARE(y->levels[0], std::string("7"));  // trimmed
    }

    void stringUnitsKeepLeadingZeros()
    {
        auto p = read("id,t\n0101,1\n101,1\n0101,2\n\"0102\",1\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->unitLevels, (Names{"0101", "101", "0102"}));
        QCOMPARE(p->unit, (std::vector<std::int32_t>{0, 1, 0, 2}));
    }

    void bomCrlfAndBlankLines()
    {
        auto p = read("\xEF\xBB\xBFid,t,y\r\na,1,2\r\n\r\na,2,3\r\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->columnNames(), (Names{"id", "t", "y"}));
        QCOMPARE(p->column("y")->values, (std::vector<double>{2, 3}));
        QCOMPARE(p->sourceLine, (std::vector<std::size_t>{2, 4}));
        // No line break after the last row.
        auto q = read("id,t\na,1\nb,1");
        QVERIFY2(q, errorText(q).c_str());
        QCOMPARE(q->rows(), std::size_t{2});
    }

    void quotedFields()
    {
        // R's write.csv: a quoted, empty first header name and quoted strings.
        auto p = read(
            "\"\",\"id\",\"t\",\"name\",\"y\"\n\"1\",\"a\",1,\"Hefei, Anhui\",1.5\n"
            "\"2\",\"a\",2,\"say \"\"hi\"\"\",NA\n\"3\",\"b\",1, \"  padded \" ,\"2\"\n");
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->columnNames(), (Names{"", "id", "t", "name", "y"}));
        QCOMPARE(p->column("name")->levels, (Names{"Hefei, Anhui", "say \"hi\"", "  padded "}));
        QCOMPARE(p->column("y")->values[0], 1.5);
        QVERIFY(std::isnan(p->column("y")->values[1]));
        QCOMPARE(p->column("y")->values[2], 2.0);
        QCOMPARE(p->unitLevels, (Names{"a", "b"}));
        QCOMPARE(errorOf("id,t,name\na,1,\"Hefei\na,2,x\n"),
                 std::string("data|FILE:2|column 'name': unterminated quoted field (line breaks inside quotes are "
                             "not supported)"));
        QVERIFY(errorOf("id,t,name\na,1,\"Hefei\"x\n").find("unexpected text after the closing quote") !=
                std::string::npos);
    }

    void largeRowsCrossBlocks()
    {
        // More than one 1 MiB read block, with the line numbers still right.
        std::string csv = "id,t,y\n";
        for (int u = 0; u < 3000; ++u)
            for (int t = 1; t <= 20; ++t)
                csv += "unit" + std::to_string(u) + "," + std::to_string(t) + "," + std::to_string(u * 100 + t) + "\n";
        QVERIFY(csv.size() > (std::size_t{1} << 20));
        auto p = read(csv);
        QVERIFY2(p, errorText(p).c_str());
        QCOMPARE(p->rows(), std::size_t{60000});
        QCOMPARE(p->unitLevels.size(), std::size_t{3000});
        QCOMPARE(p->column("y")->values[59999], 2999.0 * 100 + 20);
        QCOMPARE(p->sourceLine[59999], std::size_t{60001});
        QCOMPARE(p->timeLabels.size(), std::size_t{20});
    }

    void errorWrongFieldCount()
    {
        QCOMPARE(errorOf("id,t,a,b,c,d\n1,1,1,1,1,1\n1,2,1,1,1\n"),
                 std::string("data|FILE:3|line 3 has 5 fields, the header has 6"));
    }

    void errorDuplicateUnitTime()
    {
        std::string csv = "id,t\n";
        for (int k = 2; k <= 11; ++k) csv += "u" + std::to_string(k) + ",2016Q3\n";  // lines 2..11
        csv += "340100,2016Q3\n";                                                    // line 12
        for (int k = 13; k <= 39; ++k) csv += "v" + std::to_string(k) + ",2016Q3\n";
        csv += "340100,2016Q3\n";  // line 40
        csv += "340100,2016Q3\n";  // line 41
        QCOMPARE(errorOf(csv),
                 std::string("data|FILE:40|duplicate (unit, time) = (340100, 2016Q3) on lines 12 and 40"));
        // Sorted input takes the fast path: still found.
        QCOMPARE(errorOf("id,t\na,1\na,2\na,2\n"),
                 std::string("data|FILE:4|duplicate (unit, time) = (a, 2) on lines 3 and 4"));
    }

    void errorMissingColumns()
    {
        QCOMPARE(errorOf("id,year,y\n1,1,1\n"),
                 std::string("data|FILE:1|the header has no time column 't' (its columns: id, year, y)"));
        QCOMPARE(errorOf("pref,t\n1,1\n"),
                 std::string("data|FILE:1|the header has no unit column 'id' (its columns: pref, t)"));
        QVERIFY(errorOf("a,b\n1,1\n").find("no unit column 'id' and no time column 't'") != std::string::npos);
        QCOMPARE(errorOf("id,t,y,y\n1,1,1,1\n"), std::string("data|FILE:1|duplicate column name 'y' (fields 3 and 4)"));
    }

    void errorMalformedTimes()
    {
        QCOMPARE(errorOf("id,t\na,2016Q1\na,2016Q5\n"),
                 std::string("data|FILE:3|malformed time '2016Q5' in column 't' (the quarter must be 1 to 4)"));
        QVERIFY(
            errorOf("id,t\na,2016-13\n").find("malformed time '2016-13' in column 't' (the month must be 01 to 12)") !=
            std::string::npos);
        QVERIFY(
            errorOf("id,t\na,1\na,2.5\n").find("data|FILE:3|malformed time '2.5' in column 't' (expected an integer") !=
            std::string::npos);
        QCOMPARE(errorOf("id,t\na,2016Q1\na,\n"), std::string("data|FILE:3|empty time in column 't'"));
        QCOMPARE(errorOf("id,t\na,1\n,2\n"), std::string("data|FILE:3|empty unit id in column 'id'"));
    }

    void errorMixedTimeForms()
    {
        QCOMPARE(errorOf("id,t\na,2016Q1\na,2016Q2\nb,2016-07\n"),
                 std::string("data|FILE:4|mixed time forms in column 't': '2016-07' here, but '2016Q1' on line 2 (the "
                             "column must use quarters like 2016Q3 throughout)"));
        QVERIFY(errorOf("id,t\na,2016\na,2016Q2\n").find("mixed time forms") != std::string::npos);
    }

    void errorEmptyFiles()
    {
        QCOMPARE(errorOf(""), std::string("data|FILE|no header row (the file is empty)"));
        QCOMPARE(errorOf("\xEF\xBB\xBF\r\n\n"), std::string("data|FILE|no header row (the file is empty)"));
        QCOMPARE(errorOf("id,t\n"), std::string("data|FILE|no data rows (only a header)"));
    }

    void errorMissingFile()
    {
        auto p = readPanelCsv(dir_.path().toStdString() + "/absent.csv", "id", "t");
        QVERIFY(!p);
        QCOMPARE(p.error().code, std::string("io"));
        QVERIFY(p.error().context.ends_with("absent.csv"));
        QVERIFY(p.error().message.find("cannot open") != std::string::npos);
        QVERIFY(errorOf("id,t\n1,1\n", "t", "t").find("must differ") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestPanelCsv)
#include "tst_panelcsv.moc"
