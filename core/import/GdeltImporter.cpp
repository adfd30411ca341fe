#include "import/GdeltImporter.h"

#include "common/ParallelFor.h"
#include "common/Sha256.h"
#include "geo/PointLocator.h"
#include "geo/ProvinceFips.h"
#include "import/GdeltCsvHeader.h"
#include "import/GdeltLineReader.h"
#include "import/GdeltRow.h"
#include "store/Transaction.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <future>

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInsertSql =
    "INSERT OR IGNORE INTO unrest_events (global_event_id, import_id, event_date, event_code, event_base_code, "
    "event_root_code, is_root_event, num_mentions, num_sources, num_articles, geo_type, geo_fullname, geo_country, "
    "geo_adm1, lat, lon, geo_feature_id, unit_code, province_code, date_added, source_url) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

// The keeper of a group is its lowest id; only rows not yet marked are marked, so a
// repeated merge changes nothing.
constexpr const char* kMergeSql =
    "UPDATE unrest_events AS e SET duplicate_of = (SELECT min(k.global_event_id) FROM unrest_events AS k "
    "WHERE k.unit_code = e.unit_code AND k.event_date = e.event_date AND k.event_code = e.event_code) "
    "WHERE e.unit_code IS NOT NULL AND e.duplicate_of IS NULL AND e.global_event_id > (SELECT min(k.global_event_id) "
    "FROM unrest_events AS k WHERE k.unit_code = e.unit_code AND k.event_date = e.event_date AND k.event_code = e.event_code)";

Result<std::vector<std::string>> expandPaths(const std::vector<std::string>& paths)
{
    std::vector<std::string> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> inDir;
            for (const auto& entry : fs::directory_iterator(p, ec))
                if (entry.is_regular_file()) inDir.push_back(entry.path().string());
            if (ec) return fail("io", "cannot list the folder", p);
            std::sort(inDir.begin(), inDir.end());
            files.insert(files.end(), inDir.begin(), inDir.end());
        } else if (fs::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            return fail("io", "no such file or folder", p);
        }
    }
    return files;
}

// Root codes are two digits in GDELT ("01", "14"); "1" and "01" mean the same root.
std::string_view withoutLeadingZeros(std::string_view code)
{
    while (code.size() > 1 && code.front() == '0') code.remove_prefix(1);
    return code;
}

bool contains(const std::vector<std::string>& list, std::string_view value, bool rootCode)
{
    return std::any_of(list.begin(), list.end(), [&](const std::string& c) {
        return rootCode ? withoutLeadingZeros(c) == withoutLeadingZeros(value) : c == value;
    });
}

// Applies the filters in a fixed order; each row is counted under the first rule that drops it.
bool passesFilters(const GdeltRow& row, const GdeltSettings& s, GdeltCounts& c)
{
    if (!s.country.empty() && row.geoCountry != s.country) {
        ++c.otherCountry;
        return false;
    }
    ++c.countryRowsByGeoType[row.geoType];
    if (!s.rootCodes.empty() && !contains(s.rootCodes, row.eventRootCode, true)) return ++c.droppedRootCode, false;
    if (!s.eventCodes.empty() && !contains(s.eventCodes, row.eventCode, false)) return ++c.droppedEventCode, false;
    if (s.rootEventsOnly && !row.isRootEvent) return ++c.droppedNotRoot, false;
    if (row.numSources < s.minSources) return ++c.droppedMinSources, false;
    if (row.numArticles < s.minArticles) return ++c.droppedMinArticles, false;
    if ((!s.fromDate.empty() && row.eventDate < s.fromDate) || (!s.toDate.empty() && row.eventDate > s.toDate))
        return ++c.droppedDate, false;
    ++c.kept;
    return true;
}

struct Placement {
    std::optional<std::string> unitCode, provinceCode;
};

Placement place(const GdeltRow& row, const UnitSet& units, const PointLocator& locator, GdeltCounts& c)
{
    Placement p;
    if (row.geoType == 4 && row.lat && row.lon) {
        if (const auto index = locator.locate(LonLat{*row.lon, *row.lat})) {
            const Unit& unit = units.units[*index];
            p.unitCode = unit.code;
            p.provinceCode = unit.provinceCode;
            ++c.placedInUnit;
            return p;
        }
    }
    // A province-level row, or a city outside every unit: the FIPS ADM1 code still names
    // the province (never for HK, MC, TW, which are separate GDELT countries).
    if (row.geoType == 4 || row.geoType == 5) {
        const std::string province = provinceOfFips(row.geoAdm1);
        if (!province.empty()) {
            p.provinceCode = province;
            ++c.provinceOnly;
            return p;
        }
    }
    ++c.unplaced;
    return p;
}

// What a worker makes of one file without touching the project: the kept rows, placed,
// and the refused ones (the first maxRejectedRecorded of them).
struct PendingRow {
    GdeltRow row;
    Placement at;
};
struct RefusedRow {
    std::int64_t line = 0;
    GdeltRowProblem problem;
    std::string text;
};
struct FileWork {
    GdeltFileReport report;
    std::vector<PendingRow> rows;
    std::vector<RefusedRow> refused;
    std::optional<Error> error;
};

Result<void> readRows(const std::string& path, const GdeltSettings& settings, const UnitSet& units, const PointLocator& locator,
                      const CancelToken* cancel, FileWork& work);

Result<void> readFile(const std::string& path, const GdeltSettings& settings, const UnitSet& units, const PointLocator& locator,
                      const CancelToken* cancel, FileWork& work)
{
    GdeltFileReport& fileReport = work.report;
    fileReport.file = path;
    std::error_code ec;
    fileReport.bytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file size", path);
    // Hashing costs about as much as parsing: it runs beside it on its own thread.
    auto shaFuture = std::async(std::launch::async, [path] { return sha256OfFile(path); });
    auto result = readRows(path, settings, units, locator, cancel, work);
    auto sha = shaFuture.get();
    if (!result) return result;
    if (!sha) return std::unexpected(sha.error());
    fileReport.sha256 = *sha;
    return ok();
}

Result<void> readRows(const std::string& path, const GdeltSettings& settings, const UnitSet& units, const PointLocator& locator,
                      const CancelToken* cancel, FileWork& work)
{
    GdeltFileReport& fileReport = work.report;
    auto reader = GdeltLineReader::open(path);
    if (!reader) return std::unexpected(reader.error());
    GdeltCounts& c = fileReport.counts;
    GdeltRow row;
    std::optional<GdeltCsvHeader> csv;  // set when the file is a CSV export with a header row
    while (true) {
        auto line = reader->next();
        if (!line) return std::unexpected(line.error());
        if (!*line) break;
        if ((*line)->empty() || **line == "\r") continue;
        if (cancel && (c.rowsRead & 4095) == 0 && cancel->cancelled())
            return fail("cancelled", "the import was cancelled; the project is unchanged");
        if (reader->lineNumber() == 1) {
            auto header = GdeltCsvHeader::detect(**line);
            if (!header) {
                Error e = header.error();
                e.context = path + ":1";
                return std::unexpected(e);
            }
            csv = std::move(*header);
            if (csv) continue;
        }
        ++c.rowsRead;
        if (auto problem = csv ? csv->parse(**line, row) : parseGdeltRow(**line, row)) {
            ++c.rejected;
            if (work.refused.size() < settings.maxRejectedRecorded)
                work.refused.push_back({reader->lineNumber(), std::move(*problem), std::string(**line)});
            continue;
        }
        ++c.rowsByLayout[row.layout];
        if (!passesFilters(row, settings, c)) continue;
        work.rows.push_back({row, place(row, units, locator, c)});
    }
    return ok();
}

// Files are read two at a time (one per core; see ParallelFor.h) and written in input
// order, so memory holds the kept rows of two files at most.
constexpr std::size_t kFilesPerRound = 2;

}  // namespace

Result<GdeltReport> importGdelt(ProjectStore& store, const std::vector<std::string>& paths, const GdeltSettings& settings,
                                const CancelToken* cancel)
{
    auto files = expandPaths(paths);
    if (!files) return std::unexpected(files.error());
    auto units = store.loadUnits();
    if (!units) return std::unexpected(units.error());
    const PointLocator locator(*units);
    const std::string settingsJson = settings.toJson();
    GdeltReport report;

    auto status = store.transaction([&](Transaction& tx) -> Result<void> {
        auto insert = tx.prepare(kInsertSql);
        if (!insert) return std::unexpected(insert.error());
        for (std::size_t first = 0; first < files->size(); first += kFilesPerRound) {
            const std::size_t count = std::min(kFilesPerRound, files->size() - first);
            std::vector<FileWork> works(count);
            std::uint64_t bytes = 0;
            for (std::size_t k = 0; k < count; ++k) {
                std::error_code ec;
                bytes += fs::file_size((*files)[first + k], ec);
            }
            parallelFor(count, static_cast<std::size_t>(bytes), [&](std::size_t k) {
                if (auto r = readFile((*files)[first + k], settings, *units, locator, cancel, works[k]); !r) works[k].error = r.error();
            });
            for (auto& work : works) {
                if (work.error) return std::unexpected(*work.error);
                const std::string& path = work.report.file;
                ImportRecord record;
                record.kind = import_kind::gdelt;
                record.fileName = fs::path(path).filename().string();
                record.fileSize = static_cast<std::int64_t>(work.report.bytes);
                record.sha256 = work.report.sha256;
                record.settingsJson = settingsJson;
                auto importId = tx.recordImport(record);
                if (!importId) return std::unexpected(importId.error());
                work.report.importId = *importId;
                for (const auto& refused : work.refused) {
                    if (report.rejectedRows.size() >= settings.maxRejectedRecorded) break;
                    report.rejectedRows.push_back({path, refused.line, refused.problem.column, refused.problem.reason});
                    auto r = tx.recordRejectedRow(*importId, refused.line, refused.problem.column, refused.problem.reason, refused.text);
                    if (!r) return r;
                }
                GdeltCounts& c = work.report.counts;
                for (const auto& [row, at] : work.rows) {
                    insert->bindInt(1, row.globalEventId)
                        .bindInt(2, *importId)
                        .bindText(3, row.eventDate)
                        .bindText(4, row.eventCode)
                        .bindText(5, row.eventBaseCode)
                        .bindText(6, row.eventRootCode)
                        .bindInt(7, row.isRootEvent ? 1 : 0)
                        .bindInt(8, row.numMentions)
                        .bindInt(9, row.numSources)
                        .bindInt(10, row.numArticles)
                        .bindInt(11, row.geoType)
                        .bindText(12, row.geoFullName)
                        .bindText(13, row.geoCountry)
                        .bindText(14, row.geoAdm1)
                        .bindOptionalDouble(15, row.lat)
                        .bindOptionalDouble(16, row.lon)
                        .bindText(17, row.geoFeatureId)
                        .bindOptionalText(18, at.unitCode)
                        .bindOptionalText(19, at.provinceCode)
                        .bindText(20, row.dateAdded)
                        .bindText(21, row.sourceUrl);
                    auto ran = insert->run();
                    if (!ran) {
                        Error e = ran.error();
                        e.context = path + ": GLOBALEVENTID " + std::to_string(row.globalEventId);
                        return std::unexpected(e);
                    }
                    if (sqlite3_changes(tx.handle()) > 0) ++c.stored;
                    else ++c.duplicatesById;
                }
                auto finished = tx.finishImport(*importId, import_status::ok, c.toJson());
                if (!finished) return finished;
                report.total.add(c);
                report.files.push_back(std::move(work.report));
            }
        }
        if (settings.mergeSameDayUnitCode) {
            if (auto merged = tx.exec(kMergeSql); !merged) return merged;
            report.total.mergedReports = sqlite3_changes(tx.handle());
        }
        return ok();
    });
    if (!status) return std::unexpected(status.error());
    return report;
}

}  // namespace aitocracy::core
