#include "sim/RawExport.h"

#include "common/Dates.h"
#include "common/TextEncodingConverter.h"
#include "common/ZipWriter.h"
#include "sim/RawCsv.h"
#include "sim/RawGdeltRow.h"
#include "sim/RawTextFile.h"
#include "store/SqliteError.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <system_error>

namespace aitocracy::core::sim {
namespace {

namespace fs = std::filesystem;
using Database = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

constexpr const char* kGdeltZipSuffix = ".zip";

// The project is opened read-only with the plain C API: the export depends on the stored
// tables alone, never on the simulator or on the store's write paths.
Result<Database> openReadOnly(const std::string& path)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Database db(raw, &sqlite3_close);
    if (rc != SQLITE_OK) return std::unexpected(sqliteError(raw, rc, path));
    // One read transaction for all queries, so the files describe one state of the project
    // even if the application writes to it meanwhile.
    if (const int b = sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr); b != SQLITE_OK)
        return std::unexpected(sqliteError(db.get(), b, path));
    auto tables = Statement::prepare(
        db.get(),
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('unrest_events', 'contracts', 'firms', 'software_output', 'weather')");
    if (!tables) return std::unexpected(tables.error());
    auto row = tables->step();
    if (!row) return std::unexpected(Error{row.error().code, row.error().message, path});
    if (!*row || tables->columnInt(0) != 5)
        return fail("format", "not an Aitocracy Explorer project: it lacks the event, contract, firm, software or weather table", path);
    return db;
}

// Steps `stmt` through its rows, calling `onRow` for each.
Result<void> forEachRow(Statement& stmt, const std::function<Result<void>()>& onRow)
{
    for (;;) {
        auto more = stmt.step();
        if (!more) return std::unexpected(more.error());
        if (!*more) return ok();
        if (auto r = onRow(); !r) return r;
    }
}

std::string compactDay(const std::string& isoDay)
{
    return isoDay.substr(0, 4) + isoDay.substr(5, 2) + isoDay.substr(8, 2);
}

Result<std::vector<std::string>> eventDays(sqlite3* db)
{
    auto stmt = Statement::prepare(db, "SELECT DISTINCT event_date FROM unrest_events ORDER BY event_date");
    if (!stmt) return std::unexpected(stmt.error());
    std::vector<std::string> days;  // one short string per day: bounded by the calendar, not by the rows
    if (auto r = forEachRow(*stmt, [&]() -> Result<void> {
            days.push_back(stmt->columnText(0));
            return ok();
        });
        !r)
        return std::unexpected(r.error());
    return days;
}

// GDELT: rows in (day, id) order, which the event_date index delivers without sorting; a
// new archive starts whenever the day changes.
Result<void> writeGdelt(sqlite3* db, const fs::path& dir, RawExportReport& report)
{
    auto stmt = Statement::prepare(db,
                                   "SELECT global_event_id, event_date, event_code, event_base_code, event_root_code, is_root_event, "
                                   "num_mentions, num_sources, num_articles, geo_type, geo_fullname, geo_country, geo_adm1, lat, lon, "
                                   "geo_feature_id, date_added, source_url FROM unrest_events ORDER BY event_date, global_event_id");
    if (!stmt) return std::unexpected(stmt.error());
    std::optional<ZipWriter> zip;
    RawExportFile current;
    std::string line;
    RawGdeltEvent e;
    auto finishDay = [&]() -> Result<void> {
        if (!zip) return ok();
        auto size = zip->finish();
        if (!size) return std::unexpected(size.error());
        current.bytes = *size;
        report.files.push_back(current);
        zip.reset();
        return ok();
    };
    auto r = forEachRow(*stmt, [&]() -> Result<void> {
        e.globalEventId = stmt->columnInt(0);
        e.eventDate = stmt->columnText(1);
        e.eventCode = stmt->columnText(2);
        e.eventBaseCode = stmt->columnText(3);
        e.eventRootCode = stmt->columnText(4);
        e.isRootEvent = stmt->columnInt(5) != 0;
        e.numMentions = stmt->columnInt(6);
        e.numSources = stmt->columnInt(7);
        e.numArticles = stmt->columnInt(8);
        e.geoType = static_cast<int>(stmt->columnInt(9));
        e.geoFullName = stmt->columnText(10);
        e.geoCountry = stmt->columnText(11);
        e.geoAdm1 = stmt->columnText(12);
        e.lat = stmt->columnOptionalDouble(13);
        e.lon = stmt->columnOptionalDouble(14);
        e.geoFeatureId = stmt->columnText(15);
        e.dateAdded = stmt->columnText(16);
        e.sourceUrl = stmt->columnText(17);
        const std::string member = gdeltExportMemberName(e.eventDate);
        if (!zip || current.name != member + kGdeltZipSuffix) {
            if (auto f = finishDay(); !f) return f;
            auto created = ZipWriter::create((dir / (member + kGdeltZipSuffix)).string());
            if (!created) return std::unexpected(created.error());
            zip.emplace(std::move(*created));
            current = RawExportFile{member + kGdeltZipSuffix, "gdelt", 0, 0};
            // The member's time stamp is the file's own: the day's 00:00:00 as in its name.
            const CivilDate day{std::stoi(e.eventDate.substr(0, 4)), std::stoi(e.eventDate.substr(5, 2)), std::stoi(e.eventDate.substr(8, 2))};
            if (auto b = zip->beginMember(member, day); !b) return b;
        }
        line.clear();
        appendGdelt2Row(line, e);
        ++current.rows;
        return zip->write(line);
    });
    if (!r) return r;
    return finishDay();
}

// "2016-03-05" as "2016/3/5": the other date form found in real procurement tables.
std::string slashDate(const std::string& iso)
{
    return iso.substr(0, 4) + '/' + std::to_string(std::stoi(iso.substr(5, 2))) + '/' + std::to_string(std::stoi(iso.substr(8, 2)));
}

// Contracts as a Chinese procurement portal's table: GB18030, Chinese headers, amounts in
// 万元, CRLF, and two date forms mixed (rows alternate, so both are always present). The
// class column stays out: classifying contracts is the importer's job.
Result<void> writeContracts(sqlite3* db, const fs::path& dir, RawExportReport& report)
{
    auto stmt = Statement::prepare(db,
                                   "SELECT contract_id, signed_date, buyer, buyer_region_code, buyer_region_name, supplier, supplier_id, "
                                   "amount_yuan, title FROM contracts ORDER BY id");
    if (!stmt) return std::unexpected(stmt.error());
    auto gb = TextEncodingConverter::open("UTF-8", "GB18030");
    if (!gb) return std::unexpected(gb.error());
    auto file = RawTextFile::create((dir / kRawContractsFile).string());
    if (!file) return std::unexpected(file.error());

    std::string line, encoded;
    auto put = [&](const std::string& context) -> Result<void> {
        encoded.clear();
        if (auto c = gb->append(line, encoded); !c) return fail(c.error().code, c.error().message, std::string(kRawContractsFile) + ": " + context);
        return file->write(encoded);
    };
    line = "合同编号,签订日期,采购人,行政区划代码,行政区划名称,中标供应商,统一社会信用代码,合同金额(万元),项目名称\r\n";
    if (auto r = put("header"); !r) return r;
    std::size_t rows = 0;
    auto r = forEachRow(*stmt, [&]() -> Result<void> {
        ++rows;
        line.clear();
        const std::string id = stmt->columnText(0);
        const std::string date = stmt->columnText(1);
        appendCsvField(line, id);
        line += ',';
        appendCsvField(line, rows % 2 ? slashDate(date) : date);
        for (int c = 2; c <= 6; ++c) {
            line += ',';
            appendCsvField(line, stmt->columnText(c));
        }
        line += ',';
        if (const auto yuan = stmt->columnOptionalDouble(7)) {
            // 4 decimals of 万元 are whole yuan: the amount survives the unit change exactly.
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.4f", *yuan / 10000.0);
            line += buf;
        }
        line += ',';
        appendCsvField(line, stmt->columnText(8));
        line += "\r\n";
        return put("contract " + id);
    });
    if (!r) return r;
    auto size = file->close();
    if (!size) return std::unexpected(size.error());
    report.files.push_back({kRawContractsFile, "contracts", rows, *size});
    return ok();
}

// A UTF-8, LF, comma-separated table: `header`, then one line per row of `sql`, each made
// by `format` from the current row of the statement.
Result<void> writePlainCsv(sqlite3* db, const fs::path& dir, const char* name, const char* kind, const char* header, const char* sql,
                           const std::function<void(const Statement&, std::string&)>& format, RawExportReport& report)
{
    auto stmt = Statement::prepare(db, sql);
    if (!stmt) return std::unexpected(stmt.error());
    auto file = RawTextFile::create((dir / name).string());
    if (!file) return std::unexpected(file.error());
    std::string line = std::string(header) + '\n';
    if (auto w = file->write(line); !w) return w;
    std::size_t rows = 0;
    auto r = forEachRow(*stmt, [&]() -> Result<void> {
        ++rows;
        line.clear();
        format(*stmt, line);
        line += '\n';
        return file->write(line);
    });
    if (!r) return r;
    auto size = file->close();
    if (!size) return std::unexpected(size.error());
    report.files.push_back({name, kind, rows, *size});
    return ok();
}

void appendOptionalMeasurement(std::string& line, const Statement& s, int column)
{
    if (const auto v = s.columnOptionalDouble(column)) appendMeasurement(line, *v);
}

Result<void> writeTables(sqlite3* db, const fs::path& dir, RawExportReport& report)
{
    if (auto r = writeGdelt(db, dir, report); !r) return r;
    if (auto r = writeContracts(db, dir, report); !r) return r;
    // Firms in the order they were recorded (rowid), as the source listed them.
    if (auto r = writePlainCsv(db, dir, kRawFirmsFile, "firms", "firm_id,name,is_ai", "SELECT firm_id, name, is_ai FROM firms ORDER BY rowid",
                               [](const Statement& s, std::string& line) {
                                   appendCsvField(line, s.columnText(0));
                                   line += ',';
                                   appendCsvField(line, s.columnText(1));
                                   line += ',';
                                   line += std::to_string(s.columnInt(2));
                               },
                               report);
        !r)
        return r;
    if (auto r = writePlainCsv(db, dir, kRawSoftwareFile, "software", "firm_id,year,software_total,software_government,software_commercial",
                               "SELECT firm_id, year, software_total, software_government, software_commercial FROM software_output "
                               "ORDER BY firm_id, year",
                               [](const Statement& s, std::string& line) {
                                   appendCsvField(line, s.columnText(0));
                                   for (int c = 1; c <= 4; ++c) line += ',' + std::to_string(s.columnInt(c));
                               },
                               report);
        !r)
        return r;
    return writePlainCsv(db, dir, kRawWeatherFile, "weather", "prefecture_code,date,rain_mm,temp_c",
                         "SELECT unit_code, date, rain_mm, temp_c FROM weather ORDER BY unit_code, date",
                         [](const Statement& s, std::string& line) {
                             appendCsvField(line, s.columnText(0));
                             line += ',';
                             line += s.columnText(1);
                             line += ',';
                             appendOptionalMeasurement(line, s, 2);
                             line += ',';
                             appendOptionalMeasurement(line, s, 3);
                         },
                         report);
}

}  // namespace

std::string gdeltExportMemberName(const std::string& isoDay)
{
    return compactDay(isoDay) + "000000.export.CSV";
}

Result<RawExportReport> exportRawFiles(const std::string& projectPath, const std::string& dir)
{
    auto db = openReadOnly(projectPath);
    if (!db) return std::unexpected(db.error());
    auto days = eventDays(db->get());
    if (!days) return std::unexpected(days.error());

    const fs::path out(dir);
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_directory(out, ec)) return fail("io", "exists and is not a directory", dir);
    fs::create_directories(out, ec);
    if (ec) return fail("io", "cannot create the directory: " + ec.message(), dir);

    // Every name is checked before anything is written, so a refused export changes nothing.
    std::vector<std::string> names;
    names.reserve(days->size() + 4);
    for (const auto& day : *days) names.push_back(gdeltExportMemberName(day) + kGdeltZipSuffix);
    for (const char* name : {kRawContractsFile, kRawFirmsFile, kRawSoftwareFile, kRawWeatherFile}) names.emplace_back(name);
    std::size_t clashes = 0;
    std::string first;
    for (const auto& name : names)
        if (fs::exists(fs::symlink_status(out / name, ec))) {
            if (clashes++ == 0) first = name;
        }
    if (clashes)
        return fail("exists",
                    "the directory already holds " + first + (clashes > 1 ? " and " + std::to_string(clashes - 1) + " other file(s)" : std::string()) +
                        " of the same name(s) as this export writes; nothing was written (choose an empty directory or remove them)",
                    dir);

    RawExportReport report;
    report.dir = dir;
    if (auto r = writeTables(db->get(), out, report); !r) {
        // Only files this export created (exclusively) are removed; an unfinished one
        // removed itself.
        for (const auto& f : report.files) fs::remove(out / f.name, ec);
        return std::unexpected(r.error());
    }
    return report;
}

}  // namespace aitocracy::core::sim
