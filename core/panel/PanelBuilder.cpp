#include "panel/PanelBuilder.h"
#include "panel/UnrestCleaningSql.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "common/Dates.h"
#include "contracts/ContractClass.h"
#include "panel/PanelGrid.h"
#include "panel/Periods.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

namespace aitocracy::core {
namespace {

// The first and last day of the stored dated rows. Weather has no date index, but its
// primary key (unit_code, date) answers min and max per unit with one seek each; contracts
// have none (Schema.cpp, version 3), so one scan gives both of theirs.
constexpr const char* kDataSpanSql = R"sql(
    WITH c(first, last) AS MATERIALIZED (SELECT min(signed_date), max(signed_date) FROM contracts)
    SELECT min(d), max(d) FROM (
        SELECT (SELECT min(event_date) FROM unrest_events) AS d
        UNION ALL SELECT (SELECT max(event_date) FROM unrest_events)
        UNION ALL SELECT first FROM c
        UNION ALL SELECT last FROM c
        UNION ALL SELECT (SELECT min(date) FROM weather WHERE unit_code = u.code) FROM units AS u
        UNION ALL SELECT (SELECT max(date) FROM weather WHERE unit_code = u.code) FROM units AS u))sql";

Result<std::pair<std::string, std::string>> daySpan(sqlite3* db, const PanelOptions& options)
{
    if (!options.from.empty() && !options.to.empty()) return std::pair{options.from, options.to};
    auto select = Statement::prepare(db, kDataSpanSql);
    if (!select) return std::unexpected(select.error());
    auto row = select->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || select->columnIsNull(0))
        return fail("empty",
                    "the project holds no dated rows (events, contracts, weather); give the first and last day");
    return std::pair{options.from.empty() ? select->columnText(0) : options.from,
                     options.to.empty() ? select->columnText(1) : options.to};
}

Result<std::vector<std::string>> textColumn(sqlite3* db, const char* sql)
{
    auto select = Statement::prepare(db, sql);
    if (!select) return std::unexpected(select.error());
    std::vector<std::string> values;
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return values;
        values.push_back(select->columnText(0));
    }
}

// The panel's columns are created first, all of them, so that pointers to their values
// stay valid while the queries fill them.
class ColumnSet {
public:
    ColumnSet(Panel& panel, std::size_t cells) : panel_(panel), cells_(cells) {}
    void add(std::string name, std::string description, double fill)
    {
        panel_.columns.push_back({std::move(name), std::move(description), std::vector<double>(cells_, fill)});
    }
    std::vector<double>* operator[](std::string_view name)
    {
        for (auto& c : panel_.columns)
            if (c.name == name) return &c.values;
        return nullptr;
    }

private:
    Panel& panel_;
    std::size_t cells_;
};

std::string unrestDescription(const PanelOptions& o)
{
    std::string codes;
    for (const auto& c : o.unrestRootCodes) codes += (codes.empty() ? "" : ", ") + c;
    std::string text = "placed unrest events (" + (codes.empty() ? std::string("every CAMEO root code") : "CAMEO root " + codes) +
                       (o.dropMergedReports ? "; repeated reports of one event counted once" : "; repeated reports included");
    if (o.rootEventsOnly) text += "; root events only";
    if (o.minSources > 0) text += "; at least " + std::to_string(o.minSources) + " sources";
    if (o.minArticles > 0) text += "; at least " + std::to_string(o.minArticles) + " articles";
    return text + ")";
}

std::vector<std::string> countedColumns()
{
    std::vector<std::string> names{"unrest"};
    for (const auto c : kContractClasses) names.push_back("contracts_" + std::string(contractClassName(c)));
    for (const auto c : kContractClasses) names.push_back("amount_" + std::string(contractClassName(c)));
    return names;
}

void addColumns(ColumnSet& columns, const PanelOptions& o, const std::vector<std::string>& covariates)
{
    columns.add("unrest", unrestDescription(o), 0);
    for (const auto c : kContractClasses)
        columns.add("contracts_" + std::string(contractClassName(c)),
                    std::string(contractClassName(c)) + " contracts signed", 0);
    for (const auto c : kContractClasses)
        columns.add(
            "amount_" + std::string(contractClassName(c)),
            "yuan of " + std::string(contractClassName(c)) + " contracts signed (undisclosed amounts add nothing)", 0);
    columns.add("ai_stock", "public-security AI contracts signed before the period (the lagged stock)", 0);
    columns.add("log_ai_stock", "log(1 + ai_stock)", 0);
    char threshold[32];
    std::snprintf(threshold, sizeof threshold, "%g", o.rainThresholdMm);
    columns.add("rain_sum", "rain in the period (mm, days with a value)", Panel::kMissing);
    columns.add("rain_mean", "mean daily rain (mm)", Panel::kMissing);
    columns.add("rain_days", std::string("days with at least ") + threshold + " mm of rain", Panel::kMissing);
    columns.add("temp_mean", "mean daily temperature (°C)", Panel::kMissing);
    for (const auto& name : countedColumns()) columns.add("log1p_" + name, "log(1 + " + name + ")", 0);
    for (const auto& name : countedColumns())
        columns.add("z_" + name, name + " standardized over the observed unit-periods (sample SD)", Panel::kMissing);
    columns.add("province", "the unit's province code (340000 for 340100), as a number", Panel::kMissing);
    for (const auto& name : covariates) {
        std::string column = name;
        // Also clear of the unit and period columns a panel CSV starts with.
        while (columns[column] || column == "unit" || column == "period") column = "covariate_" + column;
        columns.add(column, "covariate " + name + " (its value stored for this period)", Panel::kMissing);
    }
}

Result<void> fillUnrest(sqlite3* db, const PanelGrid& grid, const PanelOptions& o, ColumnSet& columns,
                        const std::pair<std::string, std::string>& days, const CancelToken* cancel)
{
    std::string sql = "SELECT unit_code, " + periodIndexSql(o.period, "event_date") +
                      ", count(*) FROM unrest_events WHERE unit_code IS NOT NULL AND event_date BETWEEN ?1 AND ?2";
    sql += unrestCleaningSql(o, 3);
    auto select = Statement::prepare(db, sql + " GROUP BY 1, 2");
    if (!select) return std::unexpected(select.error());
    select->bindText(1, days.first).bindText(2, days.second);
    bindUnrestCleaning(*select, o, 3);
    std::vector<double>* target[] = {columns["unrest"]};
    return scatterRows(*select, grid, target, cancel);
}

// One scan of the contracts in storage order (NOT INDEXED: reading the table front to
// back beats a date-index lookup per row when most rows are wanted). Rows before the
// panel add to the public-security AI stock its first period starts with.
Result<void> fillContracts(sqlite3* db, const PanelGrid& grid, ColumnSet& columns,
                           const std::pair<std::string, std::string>& days, const CancelToken* cancel)
{
    auto select = Statement::prepare(db,
                                     "SELECT unit_code, signed_date, class, amount_yuan FROM contracts NOT INDEXED "
                                     "WHERE unit_code IS NOT NULL AND signed_date <= ?1");
    if (!select) return std::unexpected(select.error());
    select->bindText(1, days.second);
    std::vector<double>*counts[4], *amounts[4];
    for (std::size_t k = 0; k < kContractClasses.size(); ++k) {
        counts[k] = columns["contracts_" + std::string(contractClassName(kContractClasses[k]))];
        amounts[k] = columns["amount_" + std::string(contractClassName(kContractClasses[k]))];
    }
    std::vector<double>& stock = *columns["ai_stock"];
    auto scanned = forEachRow(*select, cancel, [&](const Statement& row) {
        const auto cls = contractClassFromName(row.columnText(2));
        if (!cls) return;
        const auto k = static_cast<std::size_t>(*cls);
        const std::string date = row.columnText(1);
        if (date < days.first) {
            if (*cls == ContractClass::AiPublicSecurity)
                if (const std::size_t cell = grid.cell(row.columnText(0), grid.firstIndex); cell != PanelGrid::npos)
                    stock[cell] += 1;
            return;
        }
        const std::size_t cell = grid.cellOfDate(row.columnText(0), date);
        if (cell == PanelGrid::npos) return;
        (*counts[k])[cell] += 1;
        if (!row.columnIsNull(3)) (*amounts[k])[cell] += row.columnDouble(3);
    });
    if (!scanned) return scanned;
    // The stock of each later period: the one before plus that period's purchases.
    std::vector<double>& logStock = *columns["log_ai_stock"];
    const std::vector<double>& bought = *counts[static_cast<std::size_t>(ContractClass::AiPublicSecurity)];
    for (std::size_t u = 0; u < grid.unitRow.size(); ++u)
        for (std::size_t t = 0; t < grid.periods; ++t) {
            const std::size_t cell = u * grid.periods + t;
            if (t > 0) stock[cell] = stock[cell - 1] + bought[cell - 1];
            logStock[cell] = std::log1p(stock[cell]);
        }
    return ok();
}

// One scan of the weather in storage order; sums per cell, then the four columns.
Result<void> fillWeather(sqlite3* db, const PanelGrid& grid, const PanelOptions& o, ColumnSet& columns,
                         const std::pair<std::string, std::string>& days, const CancelToken* cancel)
{
    auto select =
        Statement::prepare(db, "SELECT unit_code, date, rain_mm, temp_c FROM weather WHERE date BETWEEN ?1 AND ?2");
    if (!select) return std::unexpected(select.error());
    select->bindText(1, days.first).bindText(2, days.second);
    const std::size_t cells = grid.unitRow.size() * grid.periods;
    std::vector<double> rain(cells), wet(cells), temp(cells);
    std::vector<std::uint32_t> rainDays(cells), tempDays(cells);
    auto scanned = forEachRow(*select, cancel, [&](const Statement& row) {
        const std::size_t cell = grid.cellOfDate(row.columnText(0), row.columnText(1));
        if (cell == PanelGrid::npos) return;
        if (!row.columnIsNull(2)) {
            const double mm = row.columnDouble(2);
            rain[cell] += mm;
            wet[cell] += mm >= o.rainThresholdMm;
            ++rainDays[cell];
        }
        if (!row.columnIsNull(3)) {
            temp[cell] += row.columnDouble(3);
            ++tempDays[cell];
        }
    });
    if (!scanned) return scanned;
    std::vector<double>&sum = *columns["rain_sum"], &mean = *columns["rain_mean"], &over = *columns["rain_days"],
    &tempMean = *columns["temp_mean"];
    for (std::size_t c = 0; c < cells; ++c) {
        if (rainDays[c] > 0) {
            sum[c] = rain[c];
            mean[c] = rain[c] / rainDays[c];
            over[c] = wet[c];
        }
        if (tempDays[c] > 0) tempMean[c] = temp[c] / tempDays[c];
    }
    return ok();
}

Result<void> fillCovariates(sqlite3* db, Panel& panel, const PanelGrid& grid, const std::vector<std::string>& names)
{
    std::unordered_map<std::string, std::size_t> periodOf;
    for (std::size_t t = 0; t < panel.periodLabels.size(); ++t) periodOf[panel.periodLabels[t]] = t;
    // The covariate columns are the last ones, in the order of `names`.
    const std::size_t firstColumn = panel.columns.size() - names.size();
    auto select =
        Statement::prepare(db, "SELECT unit_code, period, name, value FROM covariates WHERE value IS NOT NULL");
    if (!select) return std::unexpected(select.error());
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return ok();
        const auto unit = grid.unitRow.find(select->columnText(0));
        const auto period = periodOf.find(select->columnText(1));
        // `names` is sorted the way SQLite sorted it (bytewise), so a binary search finds it.
        const std::string text = select->columnText(2);
        const auto name = std::lower_bound(names.begin(), names.end(), text);
        if (unit == grid.unitRow.end() || period == periodOf.end() || name == names.end() || *name != text) continue;
        auto& values = panel.columns[firstColumn + static_cast<std::size_t>(name - names.begin())].values;
        values[unit->second * grid.periods + period->second] = select->columnDouble(3);
    }
}

// The units' province codes as numbers (340000 for Hefei's 340100), so that formulas can
// use province and province^period; a code that is not a number gives NaN.
void fillProvince(const Panel& panel, const std::vector<std::string>& provinceCodes, ColumnSet& columns)
{
    std::vector<double>& province = *columns["province"];
    for (std::size_t u = 0; u < panel.unitCount(); ++u) {
        const std::string& code = provinceCodes[u];
        double value = 0;
        const auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), value);
        if (code.empty() || ec != std::errc() || end != code.data() + code.size()) continue;
        std::fill_n(province.begin() + static_cast<std::ptrdiff_t>(u * panel.periodCount()), panel.periodCount(), value);
    }
}

// Periods that lie wholly outside the days a source's stored rows span hold no observation
// of that source: missing, not zero. (Events recorded from 2014 say nothing about 2013; a
// zero there would read as "no unrest" and bias every lag that reaches back.) A source
// without rows leaves its columns missing throughout.
Result<void> blankOutsideCoverage(sqlite3* db, const Panel& panel, const std::string& lastDay, ColumnSet& columns)
{
    struct Source {
        const char* spanSql;
        std::vector<std::string> columns;
    };
    std::vector<std::string> contractColumns;
    for (const auto c : kContractClasses) {
        contractColumns.push_back("contracts_" + std::string(contractClassName(c)));
        contractColumns.push_back("amount_" + std::string(contractClassName(c)));
    }
    const Source sources[] = {{"SELECT min(event_date), max(event_date) FROM unrest_events", {"unrest"}},
                              {"SELECT min(signed_date), max(signed_date) FROM contracts", contractColumns}};
    const std::size_t periods = panel.periodCount();
    for (const Source& source : sources) {
        auto select = Statement::prepare(db, source.spanSql);
        if (!select) return std::unexpected(select.error());
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        const bool any = *row && !select->columnIsNull(0);
        const std::string first = any ? select->columnText(0) : std::string(), last = any ? select->columnText(1) : std::string();
        for (std::size_t t = 0; t < periods; ++t) {
            // Period t runs from its start to the day before the next one starts.
            const std::string& start = panel.periodStarts[t];
            const bool afterFirst = t + 1 < periods ? panel.periodStarts[t + 1] > first : lastDay >= first;
            if (any && start <= last && afterFirst) continue;
            for (const auto& name : source.columns) {
                std::vector<double>& values = *columns[name];
                for (std::size_t u = 0; u < panel.unitCount(); ++u) values[u * periods + t] = Panel::kMissing;
            }
        }
    }
    return ok();
}

// log(1 + x) and z-scores over the unit-periods where x is observed.
void fillTransforms(ColumnSet& columns)
{
    for (const auto& name : countedColumns()) {
        const std::vector<double>& x = *columns[name];
        std::vector<double>& logs = *columns["log1p_" + name];
        std::vector<double>& z = *columns["z_" + name];
        double sum = 0, squares = 0;
        std::size_t n = 0;
        for (const double v : x) {
            if (std::isnan(v)) continue;
            sum += v;
            ++n;
        }
        const double mean = n ? sum / static_cast<double>(n) : 0;
        for (const double v : x)
            if (!std::isnan(v)) squares += (v - mean) * (v - mean);
        const double sd = n > 1 ? std::sqrt(squares / static_cast<double>(n - 1)) : 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            logs[i] = std::log1p(x[i]);  // NaN stays NaN
            z[i] = sd > 0 ? (x[i] - mean) / sd : Panel::kMissing;
        }
    }
}

}  // namespace

Result<std::pair<std::string, std::string>> panelDays(const ProjectStore& store, const PanelOptions& options)
{
    auto span = daySpan(store.handle(), options);
    if (!span) return std::unexpected(span.error());
    auto periods = periodsCovering(options.period, span->first, span->second);
    if (!periods) return std::unexpected(periods.error());
    const auto count = static_cast<std::int64_t>(periods->labels.size());
    return std::pair{periods->starts.front(), isoDate(periodFirstDay(options.period, periods->firstIndex + count) - 1)};
}

Result<Panel> buildPanel(const ProjectStore& store, const PanelOptions& options, const CancelToken* cancel)
{
    sqlite3* db = store.handle();
    auto span = daySpan(db, options);
    if (!span) return std::unexpected(span.error());
    auto periods = periodsCovering(options.period, span->first, span->second);
    if (!periods) return std::unexpected(periods.error());
    auto units = textColumn(db, "SELECT code FROM units ORDER BY code");
    if (!units) return std::unexpected(units.error());
    auto provinces = textColumn(db, "SELECT province_code FROM units ORDER BY code");
    if (!provinces) return std::unexpected(provinces.error());
    auto covariates = textColumn(db, "SELECT DISTINCT name FROM covariates ORDER BY name");
    if (!covariates) return std::unexpected(covariates.error());

    Panel panel;
    panel.period = options.period;
    panel.unitCodes = std::move(*units);
    panel.periodLabels = std::move(periods->labels);
    panel.periodStarts = std::move(periods->starts);
    PanelGrid grid;
    grid.kind = options.period;
    grid.firstIndex = periods->firstIndex;
    grid.periods = panel.periodCount();
    for (std::size_t u = 0; u < panel.unitCount(); ++u) grid.unitRow.emplace(panel.unitCodes[u], u);
    ColumnSet columns(panel, panel.unitCount() * panel.periodCount());
    addColumns(columns, options, *covariates);

    // Whole periods: from the first day of the first to the last day of the last.
    const std::int64_t end =
        periodFirstDay(options.period, grid.firstIndex + static_cast<std::int64_t>(grid.periods)) - 1;
    const std::pair<std::string, std::string> days{panel.periodStarts.front(), isoDate(end)};
    if (auto r = fillUnrest(db, grid, options, columns, days, cancel); !r) return std::unexpected(r.error());
    if (auto r = fillContracts(db, grid, columns, days, cancel); !r) return std::unexpected(r.error());
    if (auto r = fillWeather(db, grid, options, columns, days, cancel); !r) return std::unexpected(r.error());
    if (auto r = fillCovariates(db, panel, grid, *covariates); !r) return std::unexpected(r.error());
    if (cancel && cancel->cancelled()) return fail("cancelled", "the panel was not built");
    if (auto r = blankOutsideCoverage(db, panel, days.second, columns); !r) return std::unexpected(r.error());
    fillTransforms(columns);
    fillProvince(panel, *provinces, columns);
    return panel;
}

}  // namespace aitocracy::core
