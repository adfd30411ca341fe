// A user's boundary layer: field checks, geometry checks, repair, reprojection.
#include "geo/UnitLayerIO.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace aitocracy::core;

namespace {

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path) << text;
    return path;
}

std::string featureCollection(const std::string& features, const std::string& crs = {})
{
    return R"({"type":"FeatureCollection",)" + crs + R"("features":[)" + features + "]}";
}

std::string squareFeature(const std::string& props, double x0, double y0, double size)
{
    auto pt = [](double x, double y) {
        std::ostringstream out;
        out.precision(12);
        out << '[' << x << ',' << y << ']';
        return out.str();
    };
    return R"({"type":"Feature","properties":)" + props + R"(,"geometry":{"type":"Polygon","coordinates":[[)" + pt(x0, y0) + "," +
           pt(x0 + size, y0) + "," + pt(x0 + size, y0 + size) + "," + pt(x0, y0 + size) + "," + pt(x0, y0) + "]]}}";
}

BoundaryFileOptions options(const std::string& path, const std::string& code = "adcode", const std::string& name = "name")
{
    BoundaryFileOptions o;
    o.path = path;
    o.codeField = code;
    o.nameField = name;
    return o;
}

}  // namespace

class TestBoundaryFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void readsAGoodLayer()
    {
        const auto path = writeFile(dir_, "good.geojson",
                                    featureCollection(squareFeature(R"({"adcode":"340100","name":"合肥市"})", 117, 31, 1) + "," +
                                                      squareFeature(R"({"adcode":"110000","name":"北京市"})", 116, 39.5, 1)));
        auto r = readBoundaryFile(options(path));
        QVERIFY2(r.has_value(), r ? "" : r.error().describe().c_str());
        QCOMPARE(r->units.units.size(), std::size_t(2));
        QCOMPARE(r->units.units[0].nameZh, std::string("合肥市"));
        QCOMPARE(r->units.units[0].provinceCode, std::string("340000"));
        QCOMPARE(r->units.units[1].kind, std::string("municipality"));
        QCOMPARE(r->report.repaired, std::size_t(0));
    }

    void missingFieldNamesTheFieldsItHas()
    {
        const auto path = writeFile(dir_, "fields.geojson", featureCollection(squareFeature(R"({"ADM2_PCODE":"CN1","NAME_2":"Hefei"})", 117, 31, 1)));
        auto r = readBoundaryFile(options(path, "code", "NAME_2"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, std::string("missing-field"));
        const std::string message = r.error().describe();
        QVERIFY2(message.find("'code'") != std::string::npos, message.c_str());
        QVERIFY2(message.find("ADM2_PCODE, NAME_2") != std::string::npos, message.c_str());
        QVERIFY2(message.find("fields.geojson") != std::string::npos, message.c_str());
    }

    void rejectsALineLayer()
    {
        const auto path = writeFile(dir_, "lines.geojson",
                                    featureCollection(R"({"type":"Feature","properties":{"adcode":"1","name":"x"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}})"));
        auto r = readBoundaryFile(options(path));
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.find("polygons are expected") != std::string::npos, r.error().message.c_str());
    }

    void repairsAndReportsInvalidGeometry()
    {
        // A bow tie: self-intersecting ring, area 2 × 0.25 after repair.
        const auto path = writeFile(dir_, "bowtie.geojson",
                                    featureCollection(R"({"type":"Feature","properties":{"adcode":"1","name":"x"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}})"));
        auto r = readBoundaryFile(options(path));
        QVERIFY2(r.has_value(), r ? "" : r.error().describe().c_str());
        QCOMPARE(r->report.repaired, std::size_t(1));
        QCOMPARE(r->report.warnings.size(), std::size_t(1));
        QCOMPARE(r->units.units[0].geometry.size(), std::size_t(2));  // two triangles
    }

    void rejectsDuplicateCodes()
    {
        const auto path = writeFile(dir_, "dup.geojson",
                                    featureCollection(squareFeature(R"({"adcode":"340100","name":"a"})", 117, 31, 1) + "," +
                                                      squareFeature(R"({"adcode":"340100","name":"b"})", 118, 31, 1)));
        auto r = readBoundaryFile(options(path));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, std::string("duplicate"));
        QVERIFY2(r.error().message.find("340100") != std::string::npos, r.error().message.c_str());
    }

    void reprojectsToLonLat()
    {
        // EPSG:3857 square whose south-west corner is (0 m, 0 m) → (0°, 0°); 111319.49 m east is 1°.
        const auto crs = R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},)";
        const auto path = writeFile(dir_, "merc.geojson", featureCollection(squareFeature(R"({"adcode":"9","name":"m"})", 0, 0, 111319.490793), crs));
        auto r = readBoundaryFile(options(path));
        QVERIFY2(r.has_value(), r ? "" : r.error().describe().c_str());
        const auto box = boundsOf(r->units.units[0].geometry);
        QVERIFY(std::abs(box.minLon) < 1e-9 && std::abs(box.maxLon - 1.0) < 1e-6);
    }

    void rejectsFilesThatAreNotLayers()
    {
        const auto text = writeFile(dir_, "notes.geojson", "this is not JSON");
        auto r = readBoundaryFile(options(text));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, std::string("format"));
        auto missing = readBoundaryFile(options(dir_.filePath(QStringLiteral("nope.gpkg")).toStdString()));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, std::string("io"));
    }
};

QTEST_APPLESS_MAIN(TestBoundaryFile)
#include "tst_boundaryfile.moc"
