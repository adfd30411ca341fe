#include "panel/UnrestFunnel.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>

#include "store/ProjectStore.h"
#include "store/Statement.h"

namespace aitocracy::core {
namespace {

// Adds one import's counts (GdeltCounts::toJson's keys) to the sums.
Result<void> addCounts(ImportSteps& s, const std::string& text, std::int64_t importId)
{
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return fail("format", "the counts recorded with a GDELT import are not a JSON object",
                    "imports " + std::to_string(importId));
    const auto n = [&json](const char* key) { return json.value(key, std::int64_t{0}); };
    ++s.imports;
    s.rowsRead += n("rows_read");
    s.rejected += n("rejected");
    s.notInCountry += n("other_country");
    s.notProtest += n("dropped_root_code") + n("dropped_event_code");
    s.notRootEvent += n("dropped_not_root_event");
    s.belowMinSources += n("dropped_min_sources");
    s.belowMinArticles += n("dropped_min_articles");
    s.outsideDates += n("dropped_date");
    s.kept += n("kept");
    s.placedInUnit += n("placed_in_unit");
    s.provinceOnly += n("province_only");
    s.unplaced += n("unplaced");
    s.duplicatesById += n("duplicates_by_id");
    s.stored += n("stored");
    if (const auto geo = json.find("country_rows_by_geo_type"); geo != json.end() && geo->is_object())
        for (const auto& [type, rows] : geo->items()) {
            if (!rows.is_number_integer()) continue;
            const auto count = rows.get<std::int64_t>();
            if (type == "4")
                s.cityPrecision += count;
            else if (type == "5")
                s.provincePrecision += count;
            else if (type == "1")
                s.countryPrecision += count;
            else
                s.otherPrecision += count;
        }
    return ok();
}

Result<ImportSteps> importSteps(sqlite3* db)
{
    auto select = Statement::prepare(db, "SELECT id, counts_json FROM imports WHERE kind = 'gdelt' AND status = 'ok'");
    if (!select) return std::unexpected(select.error());
    ImportSteps steps;
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return steps;
        if (auto r = addCounts(steps, select->columnText(1), select->columnInt(0)); !r) return std::unexpected(r.error());
    }
}

// The step that drops an event, as a number in StoredSteps' order (8: counted). The
// switches that are off never match; bound parameters: ?1 ?2 the panel's days, ?3 the
// minimum sources, ?4 the minimum articles, ?5… the root codes.
std::string stepSql(const PanelOptions& o)
{
    std::string codes;
    for (std::size_t i = 0; i < o.unrestRootCodes.size(); ++i) codes += (i ? ", ?" : "?") + std::to_string(i + 5);
    return std::string("SELECT CASE") + " WHEN event_date NOT BETWEEN ?1 AND ?2 THEN 0" +
           " WHEN unit_code IS NULL AND province_code IS NOT NULL THEN 1" + " WHEN unit_code IS NULL THEN 2" +
           (o.dropMergedReports ? " WHEN duplicate_of IS NOT NULL THEN 3" : "") +
           (codes.empty() ? "" : " WHEN event_root_code NOT IN (" + codes + ") THEN 4") +
           (o.rootEventsOnly ? " WHEN is_root_event = 0 THEN 5" : "") + " WHEN num_sources < ?3 THEN 6" +
           " WHEN num_articles < ?4 THEN 7 ELSE 8 END, count(*) FROM unrest_events GROUP BY 1";
}

}  // namespace

Result<UnrestFunnel> unrestFunnel(const ProjectStore& store, const PanelOptions& options)
{
    sqlite3* db = store.handle();
    UnrestFunnel funnel;
    auto imported = importSteps(db);
    if (!imported) return std::unexpected(imported.error());
    funnel.imported = *imported;

    // Without from and to the panel spans every stored event; only a set bound can leave
    // some out (and only then is the span of all dated rows worth its contracts scan).
    std::pair<std::string, std::string> days{"0000-00-00", "9999-99-99"};
    if (!options.from.empty() || !options.to.empty()) {
        auto span = panelDays(store, options);
        if (!span) return std::unexpected(span.error());
        days = *span;
    }
    auto select = Statement::prepare(db, stepSql(options));
    if (!select) return std::unexpected(select.error());
    select->bindText(1, days.first).bindText(2, days.second).bindInt(3, options.minSources).bindInt(4, options.minArticles);
    for (std::size_t i = 0; i < options.unrestRootCodes.size(); ++i)
        select->bindText(static_cast<int>(i) + 5, options.unrestRootCodes[i]);
    StoredSteps& s = funnel.panel;
    const std::array<std::int64_t*, 9> target = {&s.outsideDays,     &s.provinceOnly,   &s.unplaced,
                                                 &s.repeatReports,   &s.otherRootCode,  &s.notRootEvent,
                                                 &s.belowMinSources, &s.belowMinArticles, &s.counted};
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::int64_t n = select->columnInt(1);
        *target.at(static_cast<std::size_t>(select->columnInt(0))) = n;
        s.stored += n;
    }
    return funnel;
}

}  // namespace aitocracy::core
