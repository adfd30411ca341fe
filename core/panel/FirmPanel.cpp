#include "panel/FirmPanel.h"
#include "panel/UnrestCleaningSql.h"

#include <cmath>
#include <optional>
#include <unordered_map>

#include "contracts/ContractClass.h"
#include "panel/PanelEstimationData.h"
#include "panel/PanelGrid.h"
#include "panel/Periods.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

namespace aitocracy::core {
namespace {

// Located unrest events per prefecture and quarter. The demonstration world (DemoWorld.cpp,
// writeFirmsAndContracts) classifies a quarter by the events it simulated in the
// prefecture: located ones (a unit), each event once. It stores each event as one located
// row, plus rows for further reports of the same event (same day, code and coordinates;
// not marked duplicate_of) and rows geocoded only to a province or the country (no unit).
// So an event here is a distinct (day, code, coordinates) among the placed rows left after
// the options' filters. On imported GDELT data this changes nothing: the importer marks
// every repeat of a unit, day and code as a duplicate, so the rows left are distinct already.
class QuarterlyUnrest {
public:
    // The quarters the stored events cover: from the one holding the first stored event
    // to the one holding the last (any event, so that a quiet quarter inside the records
    // counts as zero and a quarter outside them as unknown).
    std::int64_t first = 0, last = -1;

    void add(const std::string& unit, std::int64_t quarter, double events)
    {
        counts_[unit][quarter] += events;
        totals_[unit] += events;
    }
    // Whether a contract signed in `quarter` in `unit` was won in a high-unrest quarter:
    // more events in the previous quarter than the prefecture's average per covered
    // quarter; nullopt when that quarter lies outside the records.
    [[nodiscard]] std::optional<bool> high(const std::string& unit, std::int64_t quarter) const
    {
        const std::int64_t previous = quarter - 1;
        if (previous < first || previous > last) return std::nullopt;
        const auto u = counts_.find(unit);
        if (u == counts_.end()) return false;  // no events at all: never more than its average
        const auto q = u->second.find(previous);
        const double events = q == u->second.end() ? 0 : q->second;
        return events > totals_.at(unit) / static_cast<double>(last - first + 1);
    }

private:
    std::unordered_map<std::string, std::unordered_map<std::int64_t, double>> counts_;
    std::unordered_map<std::string, double> totals_;
};

std::optional<std::int64_t> quarterOf(const std::string& isoDate)
{
    return periodIndexOfDate(PeriodKind::Quarter, isoDate);
}

Result<QuarterlyUnrest> readUnrest(sqlite3* db, const PanelOptions& o, const CancelToken* cancel)
{
    QuarterlyUnrest unrest;
    auto span = Statement::prepare(db, "SELECT min(event_date), max(event_date) FROM unrest_events");
    if (!span) return std::unexpected(span.error());
    auto row = span->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || span->columnIsNull(0)) return unrest;  // no events: every contract unclassified
    const auto first = quarterOf(span->columnText(0)), last = quarterOf(span->columnText(1));
    if (!first || !last) return unrest;
    unrest.first = *first;
    unrest.last = *last;

    const std::string filter = "unit_code IS NOT NULL" + unrestCleaningSql(o, 1);
    // DISTINCT compares the stored values exactly (NULL coordinates equal each other).
    auto select = Statement::prepare(db, "SELECT unit_code, q, count(*) FROM (SELECT DISTINCT unit_code, " +
                                             periodIndexSql(PeriodKind::Quarter, "event_date") +
                                             " AS q, event_date, event_code, lat, lon FROM unrest_events WHERE " +
                                             filter + ") GROUP BY 1, 2");
    if (!select) return std::unexpected(select.error());
    bindUnrestCleaning(*select, o, 1);
    auto read = forEachRow(*select, cancel, [&](const Statement& s) {
        unrest.add(s.columnText(0), s.columnInt(1), static_cast<double>(s.columnInt(2)));
    });
    if (!read) return std::unexpected(read.error());
    return unrest;
}

struct Firm {
    std::string id;
    bool ai = false;
    // ISO days of the first public-security contract, of the first won in a high-unrest
    // quarter and of the first won in a low-unrest one; empty: none.
    std::string firstPs, firstHigh, firstLow;
};

void keepEarlier(std::string& first, const std::string& date)
{
    if (first.empty() || date < first) first = date;
}

Result<std::vector<Firm>> readFirms(sqlite3* db, const QuarterlyUnrest& unrest, const CancelToken* cancel)
{
    std::vector<Firm> firms;
    std::unordered_map<std::string, std::size_t> index;
    auto select = Statement::prepare(db, "SELECT firm_id, is_ai FROM firms ORDER BY firm_id");
    if (!select) return std::unexpected(select.error());
    auto read = forEachRow(*select, cancel, [&](const Statement& s) {
        index.emplace(s.columnText(0), firms.size());
        firms.push_back({s.columnText(0), s.columnInt(1) != 0, {}, {}, {}});
    });
    if (!read) return std::unexpected(read.error());
    if (firms.empty()) return fail("empty", "the project holds no firms, so there is no firm panel");

    auto contracts = Statement::prepare(
        db, "SELECT supplier_id, signed_date, unit_code FROM contracts WHERE class = ?1 AND supplier_id <> ''");
    if (!contracts) return std::unexpected(contracts.error());
    contracts->bindText(1, contractClassName(ContractClass::AiPublicSecurity));
    read = forEachRow(*contracts, cancel, [&](const Statement& s) {
        const auto it = index.find(s.columnText(0));
        if (it == index.end()) return;  // a supplier the firms table does not list
        Firm& firm = firms[it->second];
        const std::string date = s.columnText(1);
        keepEarlier(firm.firstPs, date);
        const auto quarter = quarterOf(date);
        if (s.columnIsNull(2) || !quarter) return;
        if (const auto high = unrest.high(s.columnText(2), *quarter))
            keepEarlier(*high ? firm.firstHigh : firm.firstLow, date);
    });
    if (!read) return std::unexpected(read.error());
    return firms;
}

double yearOf(const std::string& isoDate)
{
    return isoDate.empty() ? est::kMissing : std::stod(isoDate.substr(0, 4));
}

}  // namespace

Result<est::PanelData> buildFirmPanel(const ProjectStore& store, const PanelOptions& options,
                                      const CancelToken* cancel)
{
    sqlite3* db = store.handle();
    auto span = Statement::prepare(db, "SELECT min(year), max(year) FROM software_output");
    if (!span) return std::unexpected(span.error());
    auto row = span->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || span->columnIsNull(0))
        return fail("empty", "the project holds no software output, so the firm panel has no years");
    const std::int64_t firstYear = span->columnInt(0), years = span->columnInt(1) - firstYear + 1;

    auto unrest = readUnrest(db, options, cancel);
    if (!unrest) return std::unexpected(unrest.error());
    auto firms = readFirms(db, *unrest, cancel);
    if (!firms) return std::unexpected(firms.error());

    const std::size_t periods = static_cast<std::size_t>(years), rows = firms->size() * periods;
    std::unordered_map<std::string, std::size_t> firmRow;
    est::PanelData data;
    data.unitName = "firm";
    data.timeName = "year";
    data.timeStep = 1;
    for (const Firm& f : *firms) {
        firmRow.emplace(f.id, data.unitLevels.size());
        data.unitLevels.push_back(f.id);
    }
    for (std::int64_t y = 0; y < years; ++y) data.timeLabels.push_back(std::to_string(firstYear + y));

    const char* const kSoftware[] = {"software_total", "software_government", "software_commercial"};
    std::vector<std::vector<double>> software(3, std::vector<double>(rows, est::kMissing));
    auto select = Statement::prepare(db,
                                     "SELECT firm_id, year, software_total, software_government, "
                                     "software_commercial FROM software_output");
    if (!select) return std::unexpected(select.error());
    auto read = forEachRow(*select, cancel, [&](const Statement& s) {
        const auto it = firmRow.find(s.columnText(0));
        if (it == firmRow.end()) return;
        const std::size_t r = it->second * periods + static_cast<std::size_t>(s.columnInt(1) - firstYear);
        for (int k = 0; k < 3; ++k) software[static_cast<std::size_t>(k)][r] = s.columnDouble(k + 2);
    });
    if (!read) return std::unexpected(read.error());

    std::vector<std::int32_t> unitCodes(rows), yearCodes(rows);
    data.unit.resize(rows);
    data.time.resize(rows);
    data.sourceLine.resize(rows);
    enum Derived { IsAi, FirstPs, RelHigh, RelLow, TreatedHigh, TreatedLow, WindowHigh, WindowLow, DerivedCount };
    const char* const kDerived[] = {"is_ai",        "first_ps_year", "rel_high",    "rel_low",
                                    "treated_high", "treated_low",   "window_high", "window_low"};
    std::vector<std::vector<double>> derived(DerivedCount, std::vector<double>(rows));
    for (std::size_t f = 0; f < firms->size(); ++f) {
        const Firm& firm = (*firms)[f];
        const double high = yearOf(firm.firstHigh), low = yearOf(firm.firstLow);
        for (std::size_t t = 0; t < periods; ++t) {
            const std::size_t r = f * periods + t;
            const auto year = static_cast<double>(firstYear) + static_cast<double>(t);
            data.unit[r] = unitCodes[r] = static_cast<std::int32_t>(f);
            yearCodes[r] = static_cast<std::int32_t>(t);
            data.time[r] = firstYear + static_cast<std::int64_t>(t);
            data.sourceLine[r] = r + 2;  // the row's line in the panel's CSV
            derived[IsAi][r] = firm.ai ? 1 : 0;
            derived[FirstPs][r] = yearOf(firm.firstPs);
            derived[RelHigh][r] = year - high;  // NaN without such a contract
            derived[RelLow][r] = year - low;
            derived[TreatedHigh][r] = year >= high ? 1 : 0;  // false against NaN
            derived[TreatedLow][r] = year >= low ? 1 : 0;
            derived[WindowHigh][r] = year - high >= 1 && year - high <= 2 ? 1 : 0;
            derived[WindowLow][r] = year - low >= 1 && year - low <= 2 ? 1 : 0;
        }
    }
    data.columns.push_back(labelColumn("firm", data.unitLevels, std::move(unitCodes)));
    data.columns.push_back(labelColumn("year", data.timeLabels, std::move(yearCodes)));
    auto addNumeric = [&](const char* name, std::vector<double> values) {
        est::PanelColumn column;
        column.name = name;
        column.values = std::move(values);
        addFactorView(column);
        data.columns.push_back(std::move(column));
    };
    for (std::size_t k = 0; k < 3; ++k) addNumeric(kSoftware[k], std::move(software[k]));
    for (std::size_t k = 0; k < DerivedCount; ++k) addNumeric(kDerived[k], std::move(derived[k]));
    return data;
}

}  // namespace aitocracy::core
