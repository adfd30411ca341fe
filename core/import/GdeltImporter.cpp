#include "import/GdeltImporter.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "common/ParallelFor.h"
#include "geo/PointLocator.h"
#include "geo/ProvinceFips.h"
#include "import/GdeltFileScan.h"
#include "store/Transaction.h"

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
    "FROM unrest_events AS k WHERE k.unit_code = e.unit_code AND k.event_date = e.event_date AND k.event_code = "
    "e.event_code)";

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

// Files are scanned two at a time (one per core; see ParallelFor.h) and written in input
// order, so memory holds the kept rows of two files at most. A lone file is instead cut
// into pieces scanned on both cores.
constexpr std::size_t kFilesPerRound = 2;

// The units and their point locator, made when the first kept row needs them: a file
// often holds no protest in China at all, and building the locator costs as much as
// scanning 100 MB.
class Placer {
public:
    explicit Placer(ProjectStore& store) : store_(store) {}

    Result<Placement> place(const GdeltRow& row, GdeltCounts& c)
    {
        if (!locator_) {
            auto units = store_.loadUnits();
            if (!units) return std::unexpected(units.error());
            units_ = std::move(*units);
            locator_ = std::make_unique<PointLocator>(units_);
        }
        return aitocracy::core::place(row, units_, *locator_, c);
    }

private:
    ProjectStore& store_;
    UnitSet units_;
    std::unique_ptr<PointLocator> locator_;
};

}  // namespace

Result<GdeltReport> importGdelt(ProjectStore& store, const std::vector<std::string>& paths,
                                const GdeltSettings& settings, const CancelToken* cancel)
{
    auto files = expandPaths(paths);
    if (!files) return std::unexpected(files.error());
    std::uint64_t bytesTotal = 0;
    for (const auto& file : *files) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (!ec) bytesTotal += size;  // a file that cannot be read fails in its scan
    }
    ImportProgress progress(cancel, bytesTotal);
    Placer placer(store);
    const std::string settingsJson = settings.toJson();
    GdeltReport report;

    auto status = store.transaction([&](Transaction& tx) -> Result<void> {
        auto insert = tx.prepare(kInsertSql);
        if (!insert) return std::unexpected(insert.error());
        for (std::size_t first = 0; first < files->size(); first += kFilesPerRound) {
            const std::size_t count = std::min(kFilesPerRound, files->size() - first);
            std::vector<Result<GdeltFileScan>> works(count, fail("io", "not read"));
            std::uint64_t bytes = 0;
            for (std::size_t k = 0; k < count; ++k) {
                std::error_code ec;
                bytes += fs::file_size((*files)[first + k], ec);
            }
            parallelFor(count, static_cast<std::size_t>(bytes), [&](std::size_t k) {
                works[k] = scanGdeltFile((*files)[first + k], settings, cancel, count == 1, &progress);
            });
            for (auto& scanned : works) {
                if (!scanned) return std::unexpected(scanned.error());
                GdeltFileScan& work = *scanned;
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
                for (const auto& refused : work.scan.refused) {
                    if (report.rejectedRows.size() >= settings.maxRejectedRecorded) break;
                    report.rejectedRows.push_back({path, refused.line, refused.problem.column, refused.problem.reason});
                    auto r = tx.recordRejectedRow(*importId, refused.line, refused.problem.column,
                                                  refused.problem.reason, refused.text);
                    if (!r) return r;
                }
                GdeltCounts& c = work.report.counts;
                for (const GdeltRow& row : work.scan.kept) {
                    auto at = placer.place(row, c);
                    if (!at) return std::unexpected(at.error());
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
                        .bindOptionalText(18, at->unitCode)
                        .bindOptionalText(19, at->provinceCode)
                        .bindText(20, row.dateAdded)
                        .bindText(21, row.sourceUrl);
                    auto ran = insert->run();
                    if (!ran) {
                        Error e = ran.error();
                        e.context = path + ": GLOBALEVENTID " + std::to_string(row.globalEventId);
                        return std::unexpected(e);
                    }
                    if (sqlite3_changes(tx.handle()) > 0)
                        ++c.stored;
                    else
                        ++c.duplicatesById;
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
    progress.finish();
    return report;
}

}  // namespace aitocracy::core
