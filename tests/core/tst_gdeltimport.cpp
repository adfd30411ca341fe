// The GDELT importer on the shared real files (counts as PROVENANCE.md states them),
// malformed input (a text file named .zip, a truncated archive, a 40-field row), the
// one-transaction rule, GLOBALEVENTID de-duplication, placement checked against GDAL's
// own point-in-polygon, and a round trip through the demonstration world's raw files.
#include "GdeltSamples.h"
#include "SqliteQuery.h"
#include "ProjectFolder.h"
#include "TestSupport.h"
#include "common/ZipWriter.h"
#include "geo/BuiltinGeography.h"
#include "geo/OgrConvert.h"
#include "import/GdeltEventExport.h"
#include "import/GdeltImporter.h"
#include "import/GdeltRow.h"
#include "sim/DemoWorld.h"
#include "sim/RawExport.h"
#include "store/ProjectStore.h"

#include <QtTest>

#include <ogr_geometry.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

using namespace aitocracy::core;
using aitocracy::test::gdelt::kDias;
using aitocracy::test::gdelt::kEvents;
using aitocracy::test::gdelt::kEvents1;
using aitocracy::test::gdelt::kEventsT;
using aitocracy::test::gdelt::kFakeZip;
using aitocracy::test::gdelt::kSmall;
using aitocracy::test::errorText;
using aitocracy::test::query;
using aitocracy::test::readBytes;
using aitocracy::test::writeBytes;
namespace fs = std::filesystem;

namespace {

// Every row in the chosen country, whatever its code: the counts of PROVENANCE.md.
GdeltSettings allCodes(const std::string& country = "CH")
{
    GdeltSettings s;
    s.country = country;
    s.rootCodes.clear();
    s.rootEventsOnly = false;
    return s;
}

std::int64_t countOf(const ProjectStore& store, const std::string& sql)
{
    std::int64_t n = -1;
    query(store.handle(), sql, [&](const std::vector<std::string>& r) { n = std::stoll(r[0]); });
    return n;
}

}  // namespace

class TestGdeltImport : public QObject {
    Q_OBJECT

private:
    aitocracy::test::ProjectFolder folder_;

    std::string path(const std::string& name) const { return folder_.path(name); }
    ProjectStore newProject() { return folder_.newProject(); }

private slots:
    void initTestCase()
    {
        QVERIFY(folder_.isValid());
        auto units = loadBuiltinGeography();
        QVERIFY2(units.has_value(), errorText(units).c_str());
        folder_.units = std::move(*units);
    }

    void parseRow()
    {
        GdeltRowView row;
        // 40 fields: refused as a whole line.
        std::string forty;
        for (int i = 1; i < 40; ++i) forty += std::to_string(i) + "\t";
        forty += "40";
        auto problem = parseGdeltRow(forty, row);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->column, 0);
        QVERIFY(problem->reason.find("40 fields") != std::string::npos);
        // The first line of the real 2.0 file: layout and key fields.
        const std::string bytes = readBytes(kDias);
        const std::string text = bytes.substr(0, bytes.find('\n'));
        QVERIFY(!parseGdeltRow(text, row).has_value());
        QCOMPARE(row.layout, 61);
        const GdeltRow owned(row);
        QCOMPARE(std::to_string(owned.globalEventId), text.substr(0, text.find('\t')));
        QCOMPARE(owned.eventDate.size(), std::size_t{10});
        QCOMPARE(owned.eventDate[4], '-');
        QVERIFY(owned.dateAdded.starts_with("20180326"));
        QVERIFY(owned.sourceUrl.starts_with("http"));
        QCOMPARE(owned.eventRootCode.size(), std::size_t{2});  // "01".."20": the leading zero is kept
    }

    void realFileCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("l57");
        QTest::addColumn<int>("l58");
        QTest::addColumn<int>("l61");
        QTest::addColumn<int>("chType1");
        QTest::addColumn<int>("chType4");
        QTest::addColumn<int>("chType5");
        // Numbers from ../shared/data/gdelt/PROVENANCE.md.
        QTest::newRow("events1") << QString::fromStdString(kEvents1) << 100 << 40 << 60 << 0 << 0 << 3 << 0;
        QTest::newRow("eventsT") << QString::fromStdString(kEventsT) << 100 << 0 << 0 << 100 << 1 << 0 << 0;
        QTest::newRow("events") << QString::fromStdString(kEvents) << 100 << 0 << 0 << 100 << 0 << 2 << 0;
        QTest::newRow("small") << QString::fromStdString(kSmall) << 10 << 0 << 10 << 0 << 0 << 0 << 0;
        QTest::newRow("dias") << QString::fromStdString(kDias) << 1540 << 0 << 0 << 1540 << 16 << 9 << 0;
    }

    void realFileCounts()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, l57);
        QFETCH(int, l58);
        QFETCH(int, l61);
        QFETCH(int, chType1);
        QFETCH(int, chType4);
        QFETCH(int, chType5);
        auto store = newProject();
        auto r = importGdelt(store, {file.toStdString()}, allCodes());
        QVERIFY2(r.has_value(), errorText(r).c_str());
        const GdeltCounts& c = r->total;
        QCOMPARE(c.rowsRead, std::int64_t{rows});
        QCOMPARE(c.rejected, std::int64_t{0});
        auto layout = [&](int n) { return c.rowsByLayout.contains(n) ? c.rowsByLayout.at(n) : 0; };
        QCOMPARE(layout(57), std::int64_t{l57});
        QCOMPARE(layout(58), std::int64_t{l58});
        QCOMPARE(layout(61), std::int64_t{l61});
        auto geo = [&](int t) { return c.countryRowsByGeoType.contains(t) ? c.countryRowsByGeoType.at(t) : 0; };
        QCOMPARE(geo(1), std::int64_t{chType1});
        QCOMPARE(geo(4), std::int64_t{chType4});
        QCOMPARE(geo(5), std::int64_t{chType5});
        const std::int64_t chRows = chType1 + chType4 + chType5;
        QCOMPARE(geo(0) + geo(2) + geo(3), std::int64_t{0});
        QCOMPARE(c.kept, chRows);
        QCOMPARE(c.otherCountry, rows - chRows);
        QCOMPARE(c.stored, chRows);
        QCOMPARE(c.placedInUnit + c.provinceOnly + c.unplaced, c.kept);
        QCOMPARE(c.unplaced, std::int64_t{chType1});  // country-level rows cannot be placed
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events"), chRows);
        // Provenance: one record with the file's size and digest and these counts.
        auto imports = store.imports();
        QVERIFY(imports.has_value());
        QCOMPARE(imports->size(), std::size_t{1});
        QCOMPARE(imports->front().fileName, fs::path(file.toStdString()).filename().string());
        QCOMPARE(imports->front().fileSize, static_cast<std::int64_t>(fs::file_size(file.toStdString())));
        QCOMPARE(imports->front().sha256.size(), std::size_t{64});
        if (file.endsWith(QStringLiteral("small.export.txt")))  // as sha256sum prints it
            QCOMPARE(imports->front().sha256, std::string("2a83df480a80e0ae348b949ae64b8eaf5f0d87c381098d21c45aa524b14127a1"));
        QCOMPARE(imports->front().status, std::string(import_status::ok));
        QCOMPARE(imports->front().countsJson, c.toJson());
        // CH protest rows: none in any of these files (PROVENANCE.md), so the study's
        // default settings keep nothing.
        auto store2 = newProject();
        auto study = importGdelt(store2, {file.toStdString()}, GdeltSettings{});
        QVERIFY2(study.has_value(), errorText(study).c_str());
        QCOMPARE(study->total.kept, std::int64_t{0});
        QCOMPARE(study->total.droppedRootCode, chRows);
    }

    void taiwanAndHongKongAreNotChina()
    {
        auto store = newProject();
        auto tw = importGdelt(store, {kDias}, allCodes("TW"));
        QVERIFY2(tw.has_value(), errorText(tw).c_str());
        std::int64_t n = 0;
        for (const auto& [type, rows] : tw->total.countryRowsByGeoType) n += rows;
        QCOMPARE(n, std::int64_t{15});
        QCOMPARE(tw->total.placedInUnit, std::int64_t{0});  // Taiwan is outside every unit
        auto store2 = newProject();
        auto hk = importGdelt(store2, {kDias}, allCodes("HK"));
        QVERIFY(hk.has_value());
        QCOMPARE(hk->total.kept, std::int64_t{1});
        QCOMPARE(hk->total.placedInUnit, std::int64_t{0});
        QCOMPARE(hk->total.provinceOnly, std::int64_t{0});
    }

    void filtersAreCounted()
    {
        auto store = newProject();
        GdeltSettings s = allCodes("");
        s.rootCodes = {"1", "14"};  // "1" means root "01"
        s.rootEventsOnly = true;
        s.minSources = 2;
        auto r = importGdelt(store, {kDias}, s);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        const auto& c = r->total;
        QVERIFY(c.droppedRootCode > 0);
        QVERIFY(c.droppedNotRoot > 0);
        QVERIFY(c.droppedMinSources > 0);
        QVERIFY(c.kept > 0);
        QCOMPARE(c.droppedRootCode + c.droppedNotRoot + c.droppedMinSources + c.kept, std::int64_t{1540});
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events WHERE event_root_code NOT IN ('01','14') OR is_root_event = 0 "
                                "OR num_sources < 2"),
                 std::int64_t{0});
        auto store2 = newProject();
        GdeltSettings d = allCodes("");
        d.fromDate = "2018-03-26";
        d.toDate = "2018-03-26";
        auto dated = importGdelt(store2, {kDias}, d);
        QVERIFY(dated.has_value());
        QVERIFY(dated->total.droppedDate > 0);
        QVERIFY(dated->total.kept > 0);
        QCOMPARE(countOf(store2, "SELECT count(*) FROM unrest_events WHERE event_date <> '2018-03-26'"), std::int64_t{0});
    }

    void fakeZipIsRejectedByName()
    {
        auto store = newProject();
        auto r = importGdelt(store, {kFakeZip}, allCodes());
        QVERIFY(!r);
        QVERIFY(r.error().describe().find("20180326191500.export.CSV.zip") != std::string::npos);
        QVERIFY(r.error().message.find("ZIP") != std::string::npos);
        QCOMPARE(countOf(store, "SELECT count(*) FROM imports"), std::int64_t{0});
    }

    void fortyFieldRowIsRejected()
    {
        std::string text = readBytes(kDias);
        const std::size_t firstEnd = text.find('\n') + 1;
        std::string forty;
        for (int i = 1; i < 40; ++i) forty += "x\t";
        forty += "x\n";
        text.insert(firstEnd, forty);  // becomes line 2
        writeBytes(path("forty.CSV"), text);
        auto store = newProject();
        auto r = importGdelt(store, {path("forty.CSV")}, allCodes());
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->total.rowsRead, std::int64_t{1541});
        QCOMPARE(r->total.rejected, std::int64_t{1});
        QCOMPARE(r->total.rowsByLayout.at(61), std::int64_t{1540});
        QCOMPARE(r->rejectedRows.size(), std::size_t{1});
        QCOMPARE(r->rejectedRows[0].line, std::int64_t{2});
        QVERIFY(r->rejectedRows[0].reason.find("40 fields") != std::string::npos);
        auto stored = store.rejectedRows(r->files[0].importId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->size(), std::size_t{1});
        QCOMPARE(stored->front().line, std::int64_t{2});
    }

    void zippedFileMatchesPlain()
    {
        auto w = ZipWriter::create(path("20180326044500.export.CSV.zip"));
        QVERIFY(w.has_value());
        QVERIFY(w->beginMember("20180326044500.export.CSV", CivilDate{2018, 3, 26}));
        QVERIFY(w->write(readBytes(kDias)));
        QVERIFY(w->endMember());
        QVERIFY(w->finish());
        auto store = newProject();
        auto r = importGdelt(store, {path("20180326044500.export.CSV.zip")}, allCodes());
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->total.rowsRead, std::int64_t{1540});
        QCOMPARE(r->total.countryRowsByGeoType.at(4), std::int64_t{9});
        QCOMPARE(r->total.countryRowsByGeoType.at(1), std::int64_t{16});
    }

    void csvExportWithHeader()
    {
        // The real 2.0 rows as a BigQuery export would give them: a subset of columns in
        // another order, commas, RFC 4180 quotes around every place name and any field with a comma.
        const int cols[] = {1, 2, 27, 28, 29, 26, 32, 33, 34, 52, 53, 54, 55, 57, 58, 59, 60, 61};
        std::string csv = "GLOBALEVENTID,SQLDATE,EventCode,EventBaseCode,EventRootCode,IsRootEvent,NumMentions,NumSources,NumArticles,"
                          "ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,"
                          "ActionGeo_FeatureID,DATEADDED,SOURCEURL\r\n";
        std::ifstream in(kDias);
        for (std::string line; std::getline(in, line);) {
            std::vector<std::string> f;
            std::size_t start = 0;
            for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) f.push_back(line.substr(start, tab - start));
            f.push_back(line.substr(start));
            for (std::size_t i = 0; i < std::size(cols); ++i) {
                std::string v = f[static_cast<std::size_t>(cols[i] - 1)];
                if (cols[i] == 53 || v.find_first_of(",\"") != std::string::npos) {
                    std::string q = "\"";
                    for (char ch : v) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                    v = q + "\"";
                }
                csv += (i ? "," : "") + v;
            }
            csv += "\r\n";
        }
        csv += "1,2,3\r\n";  // line 1542: a short row
        writeBytes(path("bigquery.csv"), csv);
        auto fromCsv = newProject();
        auto r = importGdelt(fromCsv, {path("bigquery.csv")}, allCodes(""));
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->total.rowsRead, std::int64_t{1541});
        QCOMPARE(r->total.rowsByLayout.at(0), std::int64_t{1540});
        QCOMPARE(r->total.rejected, std::int64_t{1});
        QCOMPARE(r->rejectedRows.at(0).line, std::int64_t{1542});
        auto fromTsv = newProject();
        QVERIFY(importGdelt(fromTsv, {kDias}, allCodes("")).has_value());
        const std::string all = "SELECT global_event_id, event_date, event_code, event_base_code, event_root_code, is_root_event, num_mentions, "
                                "num_sources, num_articles, geo_type, geo_fullname, geo_country, geo_adm1, lat, lon, geo_feature_id, unit_code, "
                                "province_code, date_added, source_url FROM unrest_events ORDER BY global_event_id";
        std::vector<std::vector<std::string>> a, b;
        query(fromCsv.handle(), all, [&](const std::vector<std::string>& row) { a.push_back(row); });
        query(fromTsv.handle(), all, [&](const std::vector<std::string>& row) { b.push_back(row); });
        QCOMPARE(a.size(), std::size_t{1540});
        QVERIFY(a == b);
        QVERIFY(std::any_of(a.begin(), a.end(), [](const auto& row) { return row[10].find(',') != std::string::npos; }));
        // A header without a needed column is an error naming the file and line.
        writeBytes(path("noroot.csv"), "GLOBALEVENTID,SQLDATE\n1,20180326\n");
        auto bad = importGdelt(fromCsv, {path("noroot.csv")}, allCodes(""));
        QVERIFY(!bad);
        QVERIFY(bad.error().describe().find("noroot.csv:1") != std::string::npos);
        QVERIFY(bad.error().message.find("IsRootEvent") != std::string::npos);
    }

    void reimportAddsNothing()
    {
        auto store = newProject();
        auto first = importGdelt(store, {kDias, kEvents1}, allCodes(""));
        QVERIFY2(first.has_value(), errorText(first).c_str());
        QVERIFY(first->total.stored > 1000);
        const auto events = countOf(store, "SELECT count(*) FROM unrest_events");
        QCOMPARE(events, first->total.stored);
        auto second = importGdelt(store, {kDias, kEvents1}, allCodes(""));
        QVERIFY(second.has_value());
        QCOMPARE(second->total.stored, std::int64_t{0});
        QCOMPARE(second->total.duplicatesById, first->total.stored + first->total.duplicatesById);
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events"), events);
    }

    void failingImportChangesNothing()
    {
        auto store = newProject();
        QVERIFY(importGdelt(store, {kEvents}, allCodes("")).has_value());
        const auto events = countOf(store, "SELECT count(*) FROM unrest_events");
        const auto imports = countOf(store, "SELECT count(*) FROM imports");
        QCOMPARE(imports, std::int64_t{1});
        // A good file, then a truncated archive: nothing of the good file may remain.
        auto w = ZipWriter::create(path("whole.zip"));
        QVERIFY(w.has_value());
        QVERIFY(w->beginMember("x.CSV", CivilDate{2018, 3, 26}));
        QVERIFY(w->write(readBytes(kEventsT)));
        QVERIFY(w->endMember());
        QVERIFY(w->finish());
        const std::string whole = readBytes(path("whole.zip"));
        writeBytes(path("truncated.export.CSV.zip"), whole.substr(0, whole.size() / 2));
        auto r = importGdelt(store, {kDias, path("truncated.export.CSV.zip")}, allCodes(""));
        QVERIFY(!r);
        QVERIFY(r.error().describe().find("truncated.export.CSV.zip") != std::string::npos);
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events"), events);
        QCOMPARE(countOf(store, "SELECT count(*) FROM imports"), imports);
        // A cancelled import leaves it unchanged too.
        CancelToken cancel;
        cancel.cancel();
        auto c = importGdelt(store, {kDias}, allCodes(""), &cancel);
        QVERIFY(!c);
        QCOMPARE(c.error().code, std::string("cancelled"));
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events"), events);
    }

    void placementAgreesWithGdal()
    {
        auto store = newProject();
        auto r = importGdelt(store, {kDias, kEvents1, kEvents}, allCodes());
        QVERIFY2(r.has_value(), errorText(r).c_str());
        QCOMPARE(r->total.countryRowsByGeoType.at(4), std::int64_t{9 + 3 + 2});
        ensureGdalRegistered();
        std::map<std::string, std::unique_ptr<OGRMultiPolygon>> outlines;
        for (const auto& u : folder_.units.units) outlines[u.code] = toOgr(u.geometry);
        int placed = 0, checked = 0;
        query(store.handle(), "SELECT lon, lat, coalesce(unit_code, ''), geo_adm1, coalesce(province_code, '') FROM unrest_events WHERE geo_type = 4",
              [&](const std::vector<std::string>& row) {
                  const OGRPoint point(std::stod(row[0]), std::stod(row[1]));
                  ++checked;
                  if (!row[2].empty()) {
                      ++placed;
                      QVERIFY2(outlines.at(row[2])->Contains(&point), (row[2] + " does not contain the point").c_str());
                      QVERIFY(!row[4].empty());
                      QCOMPARE(row[4], folder_.units.find(row[2])->provinceCode);
                  } else {
                      for (const auto& [code, outline] : outlines) QVERIFY2(!outline->Contains(&point), code.c_str());
                  }
              });
        QCOMPARE(checked, 14);
        QVERIFY(placed >= 10);
        // "Peiping, Beijing, China" (events1): Beijing, province 110000.
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events WHERE geo_fullname LIKE 'Peiping%' AND province_code = '110000' "
                                "AND unit_code IS NOT NULL"),
                 std::int64_t{2});
    }

    void demoWorldRoundTrip()
    {
        sim::DemoConfig config;
        config.contracts = 2000;
        const std::string demo = path("demo.aitocracy");
        auto built = sim::buildDemoProject(demo, folder_.units, config);
        QVERIFY2(built.has_value(), errorText(built).c_str());
        auto raw = sim::exportRawFiles(demo, path("raw"));
        QVERIFY2(raw.has_value(), errorText(raw).c_str());
        std::vector<std::string> gdeltFiles;
        for (const auto& f : raw->files)
            if (f.kind == "gdelt") gdeltFiles.push_back(path("raw") + "/" + f.name);
        QVERIFY(gdeltFiles.size() > 10);
        auto store = newProject();
        GdeltSettings s;  // the study's defaults: the demo world's events are CH protests
        s.rootEventsOnly = false;
        auto r = importGdelt(store, gdeltFiles, s);
        QVERIFY2(r.has_value(), errorText(r).c_str());
        auto demoStore = ProjectStore::open(demo);
        QVERIFY(demoStore.has_value());
        std::map<std::string, std::pair<std::string, std::string>> truth;  // id → (unit, day)
        query(demoStore->handle(), "SELECT global_event_id, unit_code, event_date FROM unrest_events WHERE geo_type = 4 AND unit_code IS NOT NULL",
              [&](const std::vector<std::string>& row) { truth[row[0]] = {row[1], row[2]}; });
        QVERIFY(truth.size() > 1000);
        std::map<std::string, std::pair<std::string, std::string>> back;
        query(store.handle(), "SELECT global_event_id, coalesce(unit_code, ''), event_date FROM unrest_events WHERE geo_type = 4",
              [&](const std::vector<std::string>& row) { back[row[0]] = {row[1], row[2]}; });
        std::size_t same = 0;
        for (const auto& [id, where] : truth) {
            const auto it = back.find(id);
            QVERIFY2(it != back.end(), ("event " + id + " did not come back").c_str());
            QVERIFY2(it->second == where, ("event " + id + " came back in " + it->second.first + " on " + it->second.second +
                                           ", simulated in " + where.first + " on " + where.second).c_str());
            ++same;
        }
        QCOMPARE(same, truth.size());
        QCOMPARE(countOf(*demoStore, "SELECT count(*) FROM unrest_events"), r->total.stored);
        // Province-level reports come back in their province.
        std::map<std::string, std::string> provinces;
        query(demoStore->handle(), "SELECT global_event_id, province_code FROM unrest_events WHERE geo_type = 5",
              [&](const std::vector<std::string>& row) { provinces[row[0]] = row[1]; });
        QVERIFY(!provinces.empty());
        std::size_t provinceSame = 0;
        query(store.handle(), "SELECT global_event_id, coalesce(province_code, '') FROM unrest_events WHERE geo_type = 5",
              [&](const std::vector<std::string>& row) { provinceSame += provinces.at(row[0]) == row[1] ? 1 : 0; });
        QCOMPARE(provinceSame, provinces.size());
        QCOMPARE(r->total.provinceOnly, static_cast<std::int64_t>(provinces.size()));
        QCOMPARE(r->total.mergedReports, std::int64_t{0});  // the rule is off by default
        QCOMPARE(countOf(store, "SELECT count(*) FROM unrest_events WHERE duplicate_of IS NOT NULL"), std::int64_t{0});

        // The merge rule: one row per (day, unit, code) remains unmarked, counted by
        // independent SQL on the simulated world.
        auto merged = newProject();
        GdeltSettings m = s;
        m.mergeSameDayUnitCode = true;
        auto mr = importGdelt(merged, gdeltFiles, m);
        QVERIFY2(mr.has_value(), errorText(mr).c_str());
        const auto located = countOf(*demoStore, "SELECT count(*) FROM unrest_events WHERE unit_code IS NOT NULL");
        const auto groups = countOf(*demoStore, "SELECT count(*) FROM (SELECT DISTINCT unit_code, event_date, event_code FROM unrest_events "
                                                "WHERE unit_code IS NOT NULL)");
        QVERIFY(located > groups);
        QCOMPARE(mr->total.mergedReports, located - groups);
        QVERIFY(mr->total.mergedReports >= static_cast<std::int64_t>(built->duplicateReports));
        QCOMPARE(countOf(merged, "SELECT count(*) FROM unrest_events e JOIN unrest_events k ON k.global_event_id = e.duplicate_of "
                                 "WHERE k.unit_code <> e.unit_code OR k.event_date <> e.event_date OR k.event_code <> e.event_code "
                                 "OR k.duplicate_of IS NOT NULL"),
                 std::int64_t{0});
        // Merging again marks nothing new.
        auto again = importGdelt(merged, gdeltFiles, m);
        QVERIFY(again.has_value());
        QCOMPARE(again->total.mergedReports, std::int64_t{0});
        QCOMPARE(again->total.stored, std::int64_t{0});

        // Export: one CSV line per stored event, the located ones with their unit.
        const std::string csv = path("events.csv");
        auto written = exportUnrestEvents(store, csv);
        QVERIFY2(written.has_value(), errorText(written).c_str());
        QCOMPARE(*written, r->total.stored);
        std::ifstream in(csv);
        std::string header;
        std::getline(in, header);
        QCOMPARE(header, std::string("event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code"));
        std::size_t lines = 0, checkedLines = 0;
        for (std::string line; std::getline(in, line); ++lines) {
            std::vector<std::string> f;
            std::size_t start = 0;
            for (std::size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1) f.push_back(line.substr(start, comma - start));
            f.push_back(line.substr(start));
            QCOMPARE(f.size(), std::size_t{9});
            if (const auto it = truth.find(f[0]); it != truth.end()) {
                QCOMPARE(f[7], it->second.first);
                QCOMPARE(f[1], it->second.second);
                QCOMPARE(f[4], std::string("4"));
                ++checkedLines;
            }
        }
        QCOMPARE(static_cast<std::int64_t>(lines), r->total.stored);
        QCOMPARE(checkedLines, truth.size());
    }
};

QTEST_GUILESS_MAIN(TestGdeltImport)
#include "tst_gdeltimport.moc"
