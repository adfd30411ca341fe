// CsvReader on files written here: UTF-8 with a BOM and CRLF, GB18030 made by iconv, tab
// separated, quoted fields with delimiters, doubled quotes and line breaks (line numbers
// must stay right after them), records straddling the read buffer, bad bytes reported
// per record with their line and column, and the errors: empty file, no header row,
// missing file, a quote never closed.
#include <QtTest>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "common/TextEncodingConverter.h"
#include "tabular/CsvReader.h"

using namespace aitocracy::core;
using aitocracy::test::errorText;
using aitocracy::test::writeBytes;

namespace {

struct Row {
    std::vector<std::string> fields;
    std::int64_t line = 0;
    std::string text;
    std::optional<std::string> problem;
};

Result<std::vector<Row>> readAll(CsvReader& reader)
{
    std::vector<Row> rows;
    CsvRecord rec;
    for (;;) {
        auto more = reader.next(rec);
        if (!more) return std::unexpected(more.error());
        if (!*more) return rows;
        rows.push_back({{rec.fields.begin(), rec.fields.end()}, rec.line, std::string(rec.text), rec.problem});
    }
}

std::string toGb18030(const std::string& utf8)
{
    auto conv = TextEncodingConverter::open("UTF-8", "GB18030");
    if (!conv) qFatal("%s", conv.error().describe().c_str());
    std::string out;
    if (auto r = conv->append(utf8, out); !r) qFatal("%s", r.error().describe().c_str());
    return out;
}

using Fields = std::vector<std::string>;

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::string write(const char* name, const std::string& bytes)
    {
        const std::string path = dir_.filePath(QString::fromUtf8(name)).toStdString();
        writeBytes(path, bytes);
        return path;
    }

private slots:
    void utf8WithBomAndCrlf()
    {
        const std::string path =
            write("bom.csv", "\xEF\xBB\xBF 合同编号 ,采购单位,金额\r\nA-1,合肥市公安局,12.5\r\n\r\nA-2,,7\r\n");
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        QCOMPARE(reader->encoding().encoding, TextEncoding::Utf8);
        QCOMPARE(reader->delimiter(), ',');
        QCOMPARE(reader->header(), (Fields{"合同编号", "采购单位", "金额"}));
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{2});
        QCOMPARE((*rows)[0].fields, (Fields{"A-1", "合肥市公安局", "12.5"}));
        QCOMPARE((*rows)[0].line, std::int64_t{2});
        QCOMPARE((*rows)[0].text, std::string("A-1,合肥市公安局,12.5"));
        QVERIFY(!(*rows)[0].problem);
        QCOMPARE((*rows)[1].fields, (Fields{"A-2", "", "7"}));
        QCOMPARE((*rows)[1].line, std::int64_t{4});  // after the empty line
        QCOMPARE(reader->bytesRead(), std::int64_t(QFileInfo(QString::fromStdString(path)).size()));
    }

    void quotedFieldsWithDelimitersQuotesAndNewlines()
    {
        const std::string path = write("quoted.csv",
                                       "id,name,note\n"
                                       "1,\"Smith, John\",\"He said \"\"hi\"\"\"\n"
                                       "2,\"two\nlines\",\"three\r\nline\nfield\"\r\n"
                                       "3,\"\",plain\n"
                                       "4,\"last\",\"\"\"\"\n"
                                       "5,no newline at end,\"x\"");
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{5});
        QCOMPARE((*rows)[0].fields, (Fields{"1", "Smith, John", "He said \"hi\""}));
        QCOMPARE((*rows)[1].fields, (Fields{"2", "two\nlines", "three\r\nline\nfield"}));
        QCOMPARE((*rows)[1].text, std::string("2,\"two\nlines\",\"three\r\nline\nfield\""));
        QCOMPARE((*rows)[2].fields, (Fields{"3", "", "plain"}));
        QCOMPARE((*rows)[3].fields, (Fields{"4", "last", "\""}));
        QCOMPARE((*rows)[4].fields, (Fields{"5", "no newline at end", "x"}));
        QCOMPARE((*rows)[0].line, std::int64_t{2});
        QCOMPARE((*rows)[1].line, std::int64_t{3});
        QCOMPARE((*rows)[2].line, std::int64_t{7});
        QCOMPARE((*rows)[3].line, std::int64_t{8});
        QCOMPARE((*rows)[4].line, std::int64_t{9});
        for (const Row& r : *rows) QVERIFY(!r.problem);
    }

    void tabSeparated()
    {
        const std::string path = write("tab.tsv", "名称\t金额,万元\t备注\n甲,乙\t1,234\t\"a\tb\"\n\t\t\n");
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        QCOMPARE(reader->delimiter(), '\t');
        QCOMPARE(reader->header(), (Fields{"名称", "金额,万元", "备注"}));
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{2});
        QCOMPARE((*rows)[0].fields, (Fields{"甲,乙", "1,234", "a\tb"}));
        QCOMPARE((*rows)[1].fields, (Fields{"", "", ""}));

        // A given delimiter wins over detection.
        auto semi = CsvReader::open(write("semi.csv", "a;b,c\n1;2,3\n"), {.delimiter = ';'});
        QVERIFY2(semi.has_value(), errorText(semi).c_str());
        QCOMPARE(semi->header(), (Fields{"a", "b,c"}));
    }

    void gb18030Detected()
    {
        const std::string utf8 =
            "合同编号,采购单位,供应商,项目名称\r\n"
            "HF-001,合肥市公安局,科大讯飞,\"人脸识别系统，一期\"\r\n"
            "HF-002,省公安厅,海康威视,\"雪亮工程\n（二期）𠀀\"\r\n";
        const std::string path = write("gb.csv", toGb18030(utf8));
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        QCOMPARE(reader->encoding().encoding, TextEncoding::Gb18030);
        QCOMPARE(reader->header(), (Fields{"合同编号", "采购单位", "供应商", "项目名称"}));
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{2});
        QCOMPARE((*rows)[0].fields, (Fields{"HF-001", "合肥市公安局", "科大讯飞", "人脸识别系统，一期"}));
        QCOMPARE((*rows)[1].fields, (Fields{"HF-002", "省公安厅", "海康威视", "雪亮工程\n（二期）𠀀"}));
        QCOMPARE((*rows)[1].line, std::int64_t{3});
        QVERIFY(!(*rows)[1].problem);

        auto given = CsvReader::open(path, {.encoding = TextEncoding::Gb18030});
        QVERIFY2(given.has_value(), errorText(given).c_str());
        QCOMPARE(given->encoding().confidence, 1.0);
        QCOMPARE(given->encoding().reason, std::string("given"));
        QCOMPARE(given->header()[0], std::string("合同编号"));
    }

    void invalidBytesAreRecordProblems()
    {
        // Line 3, column 2 holds a byte GB18030 does not allow (0xFF); line 4 is fine.
        const std::string gb = toGb18030("编号,单位\n1,公安局\n2,") + "\xFF" + toGb18030("公安厅\n3,法院\n");
        auto reader = CsvReader::open(write("badgb.csv", gb));
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        QCOMPARE(reader->encoding().encoding, TextEncoding::Gb18030);
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{3});
        QVERIFY(!(*rows)[0].problem);
        QVERIFY((*rows)[1].problem.has_value());
        QCOMPARE((*rows)[1].line, std::int64_t{3});
        QVERIFY2((*rows)[1].problem->starts_with("column 2: bytes that are not valid GB18030"),
                 (*rows)[1].problem->c_str());
        QCOMPARE((*rows)[1].fields[1], std::string("\uFFFD公安厅"));
        QVERIFY(!(*rows)[2].problem);

        // The same in UTF-8: a stray 0xE5 (a lead byte without its continuation) in column 3.
        auto utf8 =
            CsvReader::open(write("badutf8.csv", "a,b,c\n1,2,3\n4,5,x\xE5y\n"), {.encoding = TextEncoding::Utf8});
        QVERIFY2(utf8.has_value(), errorText(utf8).c_str());
        auto urows = readAll(*utf8);
        QVERIFY2(urows.has_value(), errorText(urows).c_str());
        QCOMPARE(urows->size(), std::size_t{2});
        QVERIFY(!(*urows)[0].problem);
        QCOMPARE((*urows)[1].line, std::int64_t{3});
        QVERIFY2((*urows)[1].problem && (*urows)[1].problem->starts_with("column 3: bytes that are not valid UTF-8"),
                 (*urows)[1].problem.value_or("no problem").c_str());
        QCOMPARE((*urows)[1].fields[2], std::string("x\uFFFDy"));
    }

    void textAfterClosingQuoteIsAProblem()
    {
        auto reader = CsvReader::open(write("stray.csv", "a,b\n\"x\"y,2\n3,\"ok\"\n"));
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), std::size_t{2});
        QVERIFY((*rows)[0].problem.has_value());
        QVERIFY2((*rows)[0].problem->starts_with("column 1: text after the closing quote; expected ','"),
                 (*rows)[0].problem->c_str());
        QCOMPARE((*rows)[0].fields, (Fields{"xy", "2"}));
        QVERIFY(!(*rows)[1].problem);
    }

    void unterminatedQuoteIsAnError()
    {
        const std::string path = write("open.csv", "a,b,c\n1,2,3\n4,5,\"never\nclosed\n");
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        CsvRecord rec;
        auto first = reader->next(rec);
        QVERIFY(first.has_value() && *first);
        auto second = reader->next(rec);
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, std::string("parse"));
        QCOMPARE(second.error().context, path + ":3:3");
        QVERIFY2(second.error().message.find("never closed") != std::string::npos, second.error().message.c_str());
    }

    void emptyAndMissingFiles()
    {
        const std::string empty = write("empty.csv", "");
        auto e = CsvReader::open(empty);
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().code, std::string("format"));
        QCOMPARE(e.error().context, empty);

        const std::string blank = write("blank.csv", "\xEF\xBB\xBF\r\n\n\n");
        auto b = CsvReader::open(blank);
        QVERIFY(!b.has_value());
        QCOMPARE(b.error().code, std::string("format"));
        QCOMPARE(b.error().context, blank);

        const std::string missing = dir_.filePath("missing.csv").toStdString();
        auto m = CsvReader::open(missing);
        QVERIFY(!m.has_value());
        QCOMPARE(m.error().code, std::string("io"));
        QCOMPARE(m.error().context, missing);

        // A header and nothing else: no records, no error.
        auto h = CsvReader::open(write("header.csv", "a,b"));
        QVERIFY2(h.has_value(), errorText(h).c_str());
        QCOMPARE(h->header(), (Fields{"a", "b"}));
        CsvRecord rec;
        auto more = h->next(rec);
        QVERIFY(more.has_value() && !*more);
    }

    void recordsStraddleTheBuffer()
    {
        // ~6 MiB of GB18030 with multi-line quoted fields everywhere and one 3 MiB field, so
        // records cross block boundaries and one is longer than a block.
        std::string utf8 = "编号,名称,备注\n";
        std::int64_t line = 2;
        std::vector<std::int64_t> lines;
        for (int i = 0; i < 60000; ++i) {
            lines.push_back(line);
            if (i % 7 == 0) {
                utf8 += std::to_string(i) + ",\"公安局\n第" + std::to_string(i) + "号\",\"说明，\"\"引用\"\"\"\r\n";
                line += 2;
            } else {
                utf8 += std::to_string(i) + ",人脸识别系统建设项目,备注" + std::to_string(i) + "\n";
                line += 1;
            }
            if (i == 30000) {
                lines.push_back(line);
                utf8 += "long,\"" + std::string(3 << 20, 'x') + "\n\",end\n";
                line += 2;
            }
        }
        const std::string path = write("big.csv", toGb18030(utf8));
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.has_value(), errorText(reader).c_str());
        QCOMPARE(reader->encoding().encoding, TextEncoding::Gb18030);
        auto rows = readAll(*reader);
        QVERIFY2(rows.has_value(), errorText(rows).c_str());
        QCOMPARE(rows->size(), lines.size());
        for (std::size_t k = 0, i = 0; k < rows->size(); ++k) {
            const Row& r = (*rows)[k];
            QCOMPARE(r.line, lines[k]);
            QVERIFY(!r.problem);
            QCOMPARE(r.fields.size(), std::size_t{3});
            if (r.fields[0] == "long") {
                QCOMPARE(r.fields[1].size(), std::size_t{(3 << 20) + 1});
                continue;
            }
            QCOMPARE(r.fields[0], std::to_string(i));
            if (i % 7 == 0) QCOMPARE(r.fields[1], "公安局\n第" + std::to_string(i) + "号");
            ++i;
        }
        QCOMPARE(reader->bytesRead(), std::int64_t(QFileInfo(QString::fromStdString(path)).size()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
