// The import wizard's preview and column mapping: rows compared with hand-written
// expectations (RFC 4180 quotes, GB18030, a chosen encoding), GDELT's codebook names
// compared with GDELT's own header files (../shared/data/gdelt/lookup), row counts exact
// for small files and within 5% for larger generated ones, a GeoJSON layer through GDAL.
#include "GdeltSamples.h"
#include "TestSupport.h"
#include "common/TextEncodingConverter.h"
#include "common/ZipWriter.h"
#include "import/FilePreview.h"

#include <QtTest>

#include <cmath>
#include <sstream>
#include <string>

using namespace aitocracy::core;
using aitocracy::test::gdelt::kDias;
using aitocracy::test::gdelt::kEvents1;
using aitocracy::test::gdelt::kLookup;
using aitocracy::test::errorText;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;
using Rows = std::vector<std::vector<std::string>>;
using Names = std::vector<std::string>;

namespace {

std::string gb18030(const std::string& utf8)
{
    auto c = TextEncodingConverter::open("UTF-8", "GB18030");
    std::string out;
    if (!c || !c->append(utf8, out)) qFatal("cannot convert to GB18030");
    return out;
}

// GDELT's published header files: one name a line after "tableId" (1.0, 58 names), or
// the first CSV field of each line after the header (2.0, 61 names).
Names gdeltHeaderFile(const std::string& file)
{
    std::istringstream in(readBytes(file));
    Names names;
    std::string line;
    std::getline(in, line);  // tableId…
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) names.push_back(line.substr(0, line.find(',')));
    }
    return names;
}

Names tabSplit(const std::string& line)
{
    Names out;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        out.push_back(line.substr(start, tab - start));
    out.push_back(line.substr(start));
    return out;
}

std::optional<std::size_t> columnOf(const std::vector<FieldMapping>& m, const std::string& field)
{
    for (const auto& f : m)
        if (f.field == field) return f.column;
    qFatal("no field %s", field.c_str());
}

bool requiredOf(const std::vector<FieldMapping>& m, const std::string& field)
{
    for (const auto& f : m)
        if (f.field == field) return f.required;
    qFatal("no field %s", field.c_str());
}

const std::string kPortal =
    "合同编号,签订日期,采购人,项目名称\r\n"
    "HT-001,2016-03-05,合肥市公安局,人脸识别系统采购\r\n"
    "HT-002,2016-03-06,合肥市教育局,\"门禁，含安装\"\r\n";

}  // namespace

class TestFilePreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::string path(const std::string& name) const
    {
        return dir_.filePath(QString::fromStdString(name)).toStdString();
    }
    std::string write(const std::string& name, const std::string& bytes)
    {
        writeBytes(path(name), bytes);
        return path(name);
    }
    FilePreview preview(const std::string& file, ImportKind kind, std::optional<TextEncoding> encoding = {},
                        std::size_t maxRows = 50)
    {
        auto p = previewFile(file, kind, encoding, maxRows);
        if (!p) qFatal("%s", errorText(p).c_str());
        return std::move(*p);
    }
    std::string zipOf(const std::string& name, const std::string& member, const std::string& bytes)
    {
        auto w = ZipWriter::create(path(name));
        if (!w || !w->beginMember(member, CivilDate{2018, 3, 26}) || !w->write(bytes) || !w->endMember() ||
            !w->finish())
            qFatal("cannot write %s", name.c_str());
        return path(name);
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void quotedFields()
    {
        const std::string file = write("quoted.csv",
                                       "contract_id,date,buyer,title\r\n"
                                       "C1,2020-01-02,\"Bureau, City\",\"Line one\nLine two\"\r\n"
                                       "C2,2020-01-03,\"He said \"\"yes\"\"\",Plain\r\n"
                                       "\r\n"
                                       "C3,2020-01-04,B,T\r\n");
        const auto p = preview(file, ImportKind::Contracts);
        QCOMPARE(p.header, (Names{"contract_id", "date", "buyer", "title"}));
        QVERIFY(p.headerInFile);
        QCOMPARE(p.delimiter, ',');
        QCOMPARE(p.encoding, TextEncoding::Utf8);
        QCOMPARE(p.encodingReason, std::string("ASCII only"));
        QCOMPARE(p.rows, (Rows{{"C1", "2020-01-02", "Bureau, City", "Line one\nLine two"},
                               {"C2", "2020-01-03", "He said \"yes\"", "Plain"},
                               {"C3", "2020-01-04", "B", "T"}}));
        QCOMPARE(p.estimatedRows, std::int64_t{3});
        QVERIFY(p.rowCountExact);
        QCOMPARE(p.bytes, readBytes(file).size());
        QVERIFY(p.member.empty());
        // Fewer rows shown, the count still exact.
        const auto one = preview(file, ImportKind::Contracts, {}, 1);
        QCOMPARE(one.rows.size(), std::size_t{1});
        QCOMPARE(one.estimatedRows, std::int64_t{3});
    }

    void gb18030AndAChosenEncoding()
    {
        const std::string file = write("portal.csv", gb18030(kPortal));
        const auto p = preview(file, ImportKind::Contracts);
        QCOMPARE(p.encoding, TextEncoding::Gb18030);
        QVERIFY(p.encodingReason.find("valid GB18030") != std::string::npos);
        QCOMPARE(p.header, (Names{"合同编号", "签订日期", "采购人", "项目名称"}));
        QCOMPARE(p.rows, (Rows{{"HT-001", "2016-03-05", "合肥市公安局", "人脸识别系统采购"},
                               {"HT-002", "2016-03-06", "合肥市教育局", "门禁，含安装"}}));
        const auto asUtf8 = preview(file, ImportKind::Contracts, TextEncoding::Utf8);
        QCOMPARE(asUtf8.encoding, TextEncoding::Utf8);
        QCOMPARE(asUtf8.encodingReason, std::string("given"));
        QCOMPARE(asUtf8.rows.size(), std::size_t{2});
        QCOMPARE(asUtf8.rows[0][0], std::string("HT-001"));
        QVERIFY(asUtf8.rows[0][2] != "合肥市公安局");
        QVERIFY(asUtf8.rows[0][2].find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD for GB18030 bytes
        // A UTF-8 file given as GB18030 decodes to other characters than written.
        const std::string utf8 = write("portal-utf8.csv", kPortal);
        QCOMPARE(preview(utf8, ImportKind::Contracts).rows[0][2], std::string("合肥市公安局"));
        QVERIFY(preview(utf8, ImportKind::Contracts, TextEncoding::Gb18030).rows[0][2] != "合肥市公安局");
    }

    void largerFileEstimate()
    {
        // About 3 MB of rows of varying length (10 to 110 characters of title).
        std::string text = "firm_id,name,is_ai\n";
        const int n = 60000;
        for (int i = 0; i < n; ++i)
            text += "F" + std::to_string(i) + "," + std::string(static_cast<std::size_t>(10 + (i * 37) % 101), 'x') +
                    "," + std::to_string(i % 2) + "\n";
        const auto p = preview(write("firms.csv", text), ImportKind::Firms);
        QVERIFY(text.size() > 2'500'000);
        QVERIFY(!p.rowCountExact);
        QCOMPARE(p.rows.size(), std::size_t{50});
        QCOMPARE(p.rows[49], (Names{"F49", std::string(10 + (49 * 37) % 101, 'x'), "1"}));
        QVERIFY2(std::abs(static_cast<double>(p.estimatedRows - n)) < 0.05 * n,
                 std::to_string(p.estimatedRows).c_str());
    }

    void gdeltNames()
    {
        const Names v1 = gdeltHeaderFile(kLookup + "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv");
        const Names v2 = gdeltHeaderFile(kLookup + "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        QCOMPARE(v1.size(), std::size_t{58});
        QCOMPARE(v2.size(), std::size_t{61});
        const auto p = preview(kDias, ImportKind::Gdelt);
        QCOMPARE(p.header, v2);
        QVERIFY(!p.headerInFile);
        QCOMPARE(p.delimiter, '\t');
        const std::string bytes = readBytes(kDias);
        QCOMPARE(p.rows.size(), std::size_t{50});
        QCOMPARE(p.rows[0], tabSplit(bytes.substr(0, bytes.find('\n'))));
        QCOMPARE(p.estimatedRows, std::int64_t{1540});  // PROVENANCE.md
        QVERIFY(p.rowCountExact);
        // events1 mixes 57- and 58-column rows: the 58 names cover both.
        const auto mixed = preview(kEvents1, ImportKind::Gdelt);
        QCOMPARE(mixed.header, v1);
        QCOMPARE(mixed.estimatedRows, std::int64_t{100});
        QCOMPARE(mixed.rows[0].size(), std::size_t{57});
        // A file of 57-column rows only: the 1.0 names without SOURCEURL.
        const std::string events1 = readBytes(kEvents1);
        const std::string row57 = events1.substr(0, events1.find('\n'));
        QCOMPARE(tabSplit(row57).size(), std::size_t{57});
        const auto only57 = preview(write("57.export.CSV", row57 + "\n" + row57 + "\n"), ImportKind::Gdelt);
        QCOMPARE(only57.header, Names(v1.begin(), v1.end() - 1));
        QCOMPARE(only57.estimatedRows, std::int64_t{2});
    }

    void gdeltZipped()
    {
        const std::string bytes = readBytes(kDias);
        const auto plain = preview(kDias, ImportKind::Gdelt);
        const auto zipped = preview(zipOf("dias.zip", "20180326044500.export.CSV", bytes), ImportKind::Gdelt);
        QCOMPARE(zipped.member, std::string("20180326044500.export.CSV"));
        QCOMPARE(zipped.rows, plain.rows);
        QCOMPARE(zipped.header, plain.header);
        QCOMPARE(zipped.estimatedRows, std::int64_t{1540});
        QVERIFY(zipped.rowCountExact);
        QCOMPARE(zipped.bytes, readBytes(path("dias.zip")).size());
        // Three times the rows (1.8 MB inflated): more than the sample, estimated.
        const auto big = preview(zipOf("dias3.zip", "x.CSV", bytes + bytes + bytes), ImportKind::Gdelt);
        QVERIFY(!big.rowCountExact);
        QVERIFY2(std::abs(static_cast<double>(big.estimatedRows - 4620)) < 0.05 * 4620,
                 std::to_string(big.estimatedRows).c_str());
        const auto bigPlain = preview(write("dias3.CSV", bytes + bytes + bytes), ImportKind::Gdelt);
        QVERIFY(!bigPlain.rowCountExact);
        QVERIFY2(std::abs(static_cast<double>(bigPlain.estimatedRows - 4620)) < 0.05 * 4620,
                 std::to_string(bigPlain.estimatedRows).c_str());
    }

    void gdeltBigQueryExport()
    {
        const std::string file = write("bq.csv",
                                       "GLOBALEVENTID,SQLDATE,IsRootEvent,EventCode,EventBaseCode,EventRootCode,"
                                       "NumMentions,NumSources,NumArticles,ActionGeo_Type,ActionGeo_FullName,"
                                       "ActionGeo_CountryCode\r\n"
                                       "7,20180326,1,141,141,14,3,1,3,4,\"Hefei, Anhui, China\",CH\r\n");
        const auto p = preview(file, ImportKind::Gdelt);
        QVERIFY(p.headerInFile);
        QCOMPARE(p.delimiter, ',');
        QCOMPARE(p.header.size(), std::size_t{12});
        QCOMPARE(p.header[10], std::string("ActionGeo_FullName"));
        QCOMPARE(p.rows,
                 (Rows{{"7", "20180326", "1", "141", "141", "14", "3", "1", "3", "4", "Hefei, Anhui, China", "CH"}}));
        QCOMPARE(p.estimatedRows, std::int64_t{1});
    }

    void boundaries()
    {
        const std::string file =
            write("cities.geojson",
                  R"({"type":"FeatureCollection","features":[)"
                  R"({"type":"Feature","properties":{"adcode":"340100","name":"合肥市"},"geometry":{"type":"Polygon",)"
                  R"("coordinates":[[[117,31.5],[117.5,31.5],[117.5,32],[117,32],[117,31.5]]]}},)"
                  R"({"type":"Feature","properties":{"adcode":"340200","name":"芜湖市"},"geometry":{"type":"Polygon",)"
                  R"("coordinates":[[[118,31],[118.5,31],[118.5,31.5],[118,31.5],[118,31]]]}}]})");
        const auto p = preview(file, ImportKind::Boundaries);
        QCOMPARE(p.layer, std::string("cities"));
        QCOMPARE(p.header, (Names{"adcode", "name"}));
        QCOMPARE(p.rows, (Rows{{"340100", "合肥市"}, {"340200", "芜湖市"}}));
        QCOMPARE(p.estimatedRows, std::int64_t{2});
        QVERIFY(p.rowCountExact);
        const auto m = mapImportColumns(ImportKind::Boundaries, p.header, {});
        QCOMPARE(columnOf(m, "code"), std::optional<std::size_t>(0));
        QCOMPARE(columnOf(m, "name"), std::optional<std::size_t>(1));
        QVERIFY(!columnOf(m, "name_en"));
        auto bad = previewFile(write("not-geo.geojson", "hello"), ImportKind::Boundaries, std::nullopt);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, std::string("format"));
    }

    void errors()
    {
        auto missing = previewFile(path("none.csv"), ImportKind::Contracts, std::nullopt);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, std::string("io"));
        for (const auto kind : {ImportKind::Contracts, ImportKind::Gdelt}) {
            auto empty = previewFile(write("empty.csv", ""), kind, std::nullopt);
            QVERIFY(!empty);
            QCOMPARE(empty.error().code, std::string("format"));
        }
    }

    void contractMapping()
    {
        const Names header{"序号", "合同编号", "签订日期", "采购人", "采购项目名称", "项目名称", "合同金额(万元)"};
        auto m = mapImportColumns(ImportKind::Contracts, header, {});
        QCOMPARE(m.size(), std::size_t{9});
        QCOMPARE(columnOf(m, "contract_id"), std::optional<std::size_t>(1));
        QCOMPARE(columnOf(m, "date"), std::optional<std::size_t>(2));
        QCOMPARE(columnOf(m, "buyer"), std::optional<std::size_t>(3));
        QCOMPARE(columnOf(m, "title"),
                 std::optional<std::size_t>(5));  // 项目名称 comes before 采购项目名称 among the names
        QCOMPARE(columnOf(m, "amount"), std::optional<std::size_t>(6));
        QVERIFY(!columnOf(m, "supplier"));
        QVERIFY(requiredOf(m, "title") && requiredOf(m, "contract_id") && !requiredOf(m, "amount"));
        // The map wins; an entry naming no column of the header is ignored.
        m = mapImportColumns(ImportKind::Contracts, header,
                             {{"title", "采购项目名称"}, {"supplier", "中标人"}, {"contract_id", "序号"}});
        QCOMPARE(columnOf(m, "title"), std::optional<std::size_t>(4));
        QCOMPARE(columnOf(m, "contract_id"), std::optional<std::size_t>(0));
        QVERIFY(!columnOf(m, "supplier"));
        // A required field without a column.
        m = mapImportColumns(ImportKind::Contracts, {"合同编号", "签订日期", "采购人"}, {});
        QVERIFY(!columnOf(m, "title"));
    }

    void tableMapping()
    {
        auto w = mapImportColumns(ImportKind::Weather, {"日期", "城市代码", "降水量(mm)", "平均气温（℃）"}, {});
        QCOMPARE(w.size(), std::size_t{4});
        QCOMPARE(columnOf(w, "prefecture_code"), std::optional<std::size_t>(1));
        QCOMPARE(columnOf(w, "date"), std::optional<std::size_t>(0));
        QCOMPARE(columnOf(w, "rain_mm"), std::optional<std::size_t>(2));
        QCOMPARE(columnOf(w, "temp_c"), std::optional<std::size_t>(3));
        QVERIFY(requiredOf(w, "temp_c"));
        auto f = mapImportColumns(ImportKind::Firms, {"企业名称", "企业代码", "AI"},
                                  {{"name", "企业代码"}, {"firm_id", "nope"}});
        QCOMPARE(columnOf(f, "name"), std::optional<std::size_t>(1));
        QVERIFY(!columnOf(f, "firm_id"));  // its alias 企业代码 is taken by the map
        QCOMPARE(columnOf(f, "is_ai"), std::optional<std::size_t>(2));
        auto s = mapImportColumns(ImportKind::Software, {"firm_id", "year", "software_total"}, {});
        QVERIFY(!columnOf(s, "software_government"));
        QVERIFY(mapImportColumns(ImportKind::Gdelt, {"GLOBALEVENTID"}, {}).empty());
    }

    void boundaryMapping()
    {
        // GADM level 2: GID_2, the pinyin NAME_2 as the English name, the Chinese NL_NAME_2.
        const Names gadm{"GID_0", "NAME_0", "GID_1",     "NAME_1",   "NL_NAME_1",
                         "GID_2", "NAME_2", "VARNAME_2", "NL_NAME_2"};
        auto m = mapImportColumns(ImportKind::Boundaries, gadm, {});
        QCOMPARE(columnOf(m, "code"), std::optional<std::size_t>(5));
        QCOMPARE(columnOf(m, "name"), std::optional<std::size_t>(8));
        QCOMPARE(columnOf(m, "name_en"), std::optional<std::size_t>(6));
        QCOMPARE(columnOf(m, "province"), std::optional<std::size_t>(3));
        QVERIFY(requiredOf(m, "code") && requiredOf(m, "name") && !requiredOf(m, "name_en") &&
                !requiredOf(m, "province"));
        const Names hdx{"ADM2_EN", "ADM2_ZH", "ADM2_PCODE", "ADM1_EN", "ADM1_ZH"};
        m = mapImportColumns(ImportKind::Boundaries, hdx, {{"province", "ADM1_EN"}});
        QCOMPARE(columnOf(m, "code"), std::optional<std::size_t>(2));
        QCOMPARE(columnOf(m, "name"), std::optional<std::size_t>(1));
        QCOMPARE(columnOf(m, "name_en"), std::optional<std::size_t>(0));
        QCOMPARE(columnOf(m, "province"), std::optional<std::size_t>(3));
        m = mapImportColumns(ImportKind::Boundaries, {"id", "label"}, {});
        QVERIFY(!columnOf(m, "code") && !columnOf(m, "name"));
    }
};

QTEST_APPLESS_MAIN(TestFilePreview)
#include "tst_filepreview.moc"
