// Import kind detection on small files written here (GDELT 57/58/61 plain and zipped, a
// BigQuery CSV export, contracts in UTF-8 and GB18030, each table, a GeoJSON layer,
// unrecognised and empty files) and on the shared real GDELT samples (PROVENANCE.md).
#include "GdeltSamples.h"
#include "TestSupport.h"
#include "common/TextEncodingConverter.h"
#include "common/ZipWriter.h"
#include "import/ImportKind.h"

#include <QtTest>

#include <string>

using namespace aitocracy::core;
using aitocracy::test::gdelt::kDias;
using aitocracy::test::gdelt::kEvents1;
using aitocracy::test::gdelt::kFakeZip;
using aitocracy::test::gdelt::kSmall;
using aitocracy::test::errorText;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;

namespace {

std::string firstLine(const std::string& path)
{
    const std::string bytes = readBytes(path);
    return bytes.substr(0, bytes.find('\n'));
}

std::string gb18030(const std::string& utf8)
{
    auto c = TextEncodingConverter::open("UTF-8", "GB18030");
    std::string out;
    if (!c || !c->append(utf8, out)) qFatal("cannot convert to GB18030");
    return out;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// One square around (117, 31.8) with a code and a name, as a boundary file would hold it.
const std::string kGeoJson =
    R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adcode":"340100","name":"合肥市"},)"
    R"("geometry":{"type":"Polygon","coordinates":[[[117,31.5],[117.5,31.5],[117.5,32],[117,32],[117,31.5]]]}}]})";

}  // namespace

class TestImportKind : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    std::string write(const std::string& name, const std::string& bytes)
    {
        const std::string p = dir_.filePath(QString::fromStdString(name)).toStdString();
        writeBytes(p, bytes);
        return p;
    }
    FileDetection detect(const std::string& path)
    {
        auto d = detectImportKind(path);
        if (!d) qFatal("%s", errorText(d).c_str());
        return *d;
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void names()
    {
        for (const auto kind : {ImportKind::Gdelt, ImportKind::Contracts, ImportKind::Firms, ImportKind::Software,
                                ImportKind::Weather, ImportKind::Covariates, ImportKind::Boundaries})
            QCOMPARE(importKindFromName(importKindName(kind)), std::optional(kind));
        QCOMPARE(importKindName(ImportKind::Covariates), std::string_view("covariates"));
        QCOMPARE(importKindFromName("boundaries"), std::optional(ImportKind::Boundaries));
        QVERIFY(!importKindFromName("Gdelt"));
        QVERIFY(!importKindFromName(""));
    }

    void gdeltLayouts()
    {
        const std::string row58 = firstLine(kSmall);
        const std::string row57 = row58.substr(0, row58.rfind('\t'));
        const std::string row61 = firstLine(kDias);
        const auto d57 = detect(write("a.export.CSV", row57 + "\n" + row57 + "\n"));
        const auto d58 = detect(write("b.export.CSV", row58 + "\r\n"));
        const auto d61 = detect(write("c.export.CSV", row61 + "\n"));
        for (const auto* d : {&d57, &d58, &d61}) QCOMPARE(d->kind, std::optional(ImportKind::Gdelt));
        QVERIFY2(contains(d57.reason, "tab-separated, 57 columns") && contains(d57.reason, "no SOURCEURL"),
                 d57.reason.c_str());
        QVERIFY2(contains(d58.reason, "58 columns: a GDELT 1.0 event file"), d58.reason.c_str());
        QCOMPARE(d61.reason, std::string("tab-separated, 61 columns: a GDELT 2.0 event file"));
        // A 61-column row the importer would refuse is still GDELT, with the reason said.
        const std::string badDate =
            row61.substr(0, row61.find('\t')) + "\t20181340" + row61.substr(row61.find('\t', row61.find('\t') + 1));
        const auto bad = detect(write("d.export.CSV", badDate + "\n"));
        QCOMPARE(bad.kind, std::optional(ImportKind::Gdelt));
        QVERIFY2(contains(bad.reason, "column 2, SQLDATE is not a calendar date"), bad.reason.c_str());
    }

    void gdeltZipped()
    {
        const std::string zip = dir_.filePath("20180326044500.export.CSV.zip").toStdString();
        auto w = ZipWriter::create(zip);
        QVERIFY(w.has_value());
        QVERIFY(w->beginMember("20180326044500.export.CSV", CivilDate{2018, 3, 26}));
        QVERIFY(w->write(readBytes(kDias)));
        QVERIFY(w->endMember());
        QVERIFY(w->finish());
        const auto d = detect(zip);
        QCOMPARE(d.kind, std::optional(ImportKind::Gdelt));
        QCOMPARE(
            d.reason,
            std::string("ZIP member 20180326044500.export.CSV: tab-separated, 61 columns: a GDELT 2.0 event file"));
    }

    void gdeltBigQueryExport()
    {
        const std::string header =
            "GLOBALEVENTID,SQLDATE,EventCode,EventBaseCode,EventRootCode,IsRootEvent,NumMentions,NumSources,"
            "NumArticles,ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode\r\n";
        const auto d =
            detect(write("bq.csv", header + "1,20180326,141,141,14,1,3,1,3,4,\"Hefei, Anhui, China\",CH\r\n"));
        QCOMPARE(d.kind, std::optional(ImportKind::Gdelt));
        QVERIFY2(contains(d.reason, "12 GDELT column names") && contains(d.reason, "BigQuery"), d.reason.c_str());
        // An export lacking a needed column is not taken, and the reason names the column.
        const auto partial = detect(write("bq2.csv", "GLOBALEVENTID,SQLDATE\n1,20180326\n"));
        QVERIFY(!partial.kind);
        QVERIFY2(contains(partial.reason, "IsRootEvent"), partial.reason.c_str());
    }

    void gdeltRealSamples()
    {
        // PROVENANCE.md: events1 mixes 57- and 58-column rows (first row 57), small has 58,
        // the DIAS file 61; the ".zip" from DIAS is a text file without the ZIP signature.
        QVERIFY(contains(detect(kEvents1).reason, "57 columns"));
        QCOMPARE(detect(kEvents1).kind, std::optional(ImportKind::Gdelt));
        QVERIFY(contains(detect(kSmall).reason, "58 columns"));
        QVERIFY(contains(detect(kDias).reason, "61 columns"));
        const auto fake = detect(kFakeZip);
        QVERIFY(!fake.kind);
        QVERIFY2(contains(fake.reason, "ZIP"), fake.reason.c_str());
    }

    void contracts()
    {
        const auto en = detect(write("contracts.csv", "contract_id,date,buyer,title,amount\nC1,2020-01-02,X,Y,1\n"));
        QCOMPARE(en.kind, std::optional(ImportKind::Contracts));
        QCOMPARE(
            en.reason,
            std::string("comma-separated, 5 columns, header names contract_id, date, buyer, title: a contracts table"));
        const std::string portal =
            "合同编号,签订日期,采购人,中标供应商,合同金额(万元),项目名称\r\n"
            "HT-001,2016-03-05,合肥市公安局,安徽某科技有限公司,12.5,人脸识别系统采购\r\n";
        const auto gb = detect(write("portal-gb.csv", gb18030(portal)));
        QCOMPARE(gb.kind, std::optional(ImportKind::Contracts));
        QVERIFY2(contains(gb.reason, "header names 合同编号, 签订日期, 采购人, 项目名称: a contracts table"),
                 gb.reason.c_str());
        QCOMPARE(detect(write("portal-utf8.csv", portal)).reason, gb.reason);
        // A contracts header wins over a firms table's columns in the same file.
        const auto both = detect(write("both.csv", "firm_id,name,is_ai,contract_id,date,buyer,title\n"));
        QCOMPARE(both.kind, std::optional(ImportKind::Contracts));
    }

    void tables_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("kind");
        QTest::newRow("firms") << "firm_id,name,is_ai"
                               << "firms";
        QTest::newRow("firms zh") << "企业名称,企业代码,是否人工智能企业"
                                  << "firms";
        QTest::newRow("software") << "企业代码,年份,软件著作权,政府软件著作权,商业软件著作权"
                                  << "software";
        QTest::newRow("software en") << "firm_id\tyear\tsoftware_total\tsoftware_government\tsoftware_commercial"
                                     << "software";
        QTest::newRow("weather") << "prefecture_code,date,Rain (mm),temp_c"
                                 << "weather";
        QTest::newRow("covariates") << "code,period,name,value"
                                    << "covariates";
    }

    void tables()
    {
        QFETCH(QString, header);
        QFETCH(QString, kind);
        const auto d = detect(write("t.csv", header.toStdString() + "\n"));
        QVERIFY2(d.kind.has_value(), d.reason.c_str());
        QCOMPARE(QString::fromUtf8(importKindName(*d.kind).data()), kind);
        QVERIFY2(contains(d.reason, ": a " + kind.toStdString() + " table"), d.reason.c_str());
    }

    void boundaries()
    {
        const auto byExtension = detect(write("cities.geojson", kGeoJson));
        QCOMPARE(byExtension.kind, std::optional(ImportKind::Boundaries));
        QCOMPARE(byExtension.reason, std::string("a .geojson file: a boundary layer"));
        // The same layer under a name GDAL must recognise by content.
        const auto byGdal = detect(write("cities.txt", kGeoJson));
        QCOMPARE(byGdal.kind, std::optional(ImportKind::Boundaries));
        QVERIFY2(contains(byGdal.reason, "Polygon") && contains(byGdal.reason, "1 features"), byGdal.reason.c_str());
    }

    void unrecognised()
    {
        const auto d = detect(write("other.csv", "a,b,c\n1,2,3\n"));
        QVERIFY(!d.kind);
        QVERIFY2(contains(d.reason, "comma-separated, 3 columns (a, b, c): not recognised"), d.reason.c_str());
        const auto near = detect(write("weatherish2.csv", "prefecture_code,date,rain\n"));
        QVERIFY(!near.kind);
        QVERIFY2(contains(near.reason, "closest: a weather table, which also needs temp_c"), near.reason.c_str());
    }

    void errors()
    {
        auto empty = detectImportKind(write("empty.csv", ""));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, std::string("format"));
        auto missing = detectImportKind(dir_.filePath("nothing-here.csv").toStdString());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, std::string("io"));
    }
};

QTEST_APPLESS_MAIN(TestImportKind)
#include "tst_importkind.moc"
