// ProjectStore's read side: units, info, meta and provenance.
#include "store/ProjectStore.h"

#include "contracts/ContractClass.h"
#include "store/ProjectStoreImpl.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/Statement.h"
#include "store/UnitTable.h"

namespace aitocracy::core {
namespace {

// Contracts by class, unplaced, first and last date: one scan of the table, which has no
// index to answer from (Schema.cpp, version 3). Sums rather than GROUP BY class, which
// would sort every row; the classes are the four the table's CHECK allows.
Result<void> addContractSummary(sqlite3* db, ProjectInfo& info)
{
    std::string sql = "SELECT min(signed_date), max(signed_date), coalesce(sum(unit_code IS NULL), 0)";
    for (const ContractClass c : kContractClasses)
        sql += ", coalesce(sum(class = '" + std::string(contractClassName(c)) + "'), 0)";
    auto select = Statement::prepare(db, sql + " FROM contracts");
    if (!select) return std::unexpected(std::move(select.error()));
    auto row = select->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!select->columnIsNull(0)) info.periods["contracts"] = {select->columnText(0), select->columnText(1)};
    info.contractsUnplaced = select->columnInt(2);
    for (std::size_t k = 0; k < kContractClasses.size(); ++k)
        if (const auto n = select->columnInt(3 + static_cast<int>(k)); n > 0)
            info.contractsByClass[std::string(contractClassName(kContractClasses[k]))] = n;
    return ok();
}

}  // namespace

Result<UnitSet> ProjectStore::loadUnits() const
{
    auto units = readUnits(handle());
    if (!units) return units;
    auto attribution = meta("attribution");
    if (!attribution) return std::unexpected(std::move(attribution.error()));
    units->attribution = attribution->value_or("");
    return units;
}

Result<std::optional<std::string>> ProjectStore::meta(const std::string& key) const
{
    auto select = Statement::prepare(handle(), "SELECT value FROM meta WHERE key = ?");
    if (!select) return std::unexpected(std::move(select.error()));
    select->bindText(1, key);
    auto row = select->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return std::optional<std::string>{};
    return select->columnOptionalText(0);
}

Result<ProjectInfo> ProjectStore::info() const
{
    ProjectInfo info;
    auto version = queryInt(handle(), "PRAGMA user_version");
    if (!version) return std::unexpected(std::move(version.error()));
    info.schemaVersion = static_cast<int>(*version);

    const std::pair<const char*, std::string*> texts[] = {
        {"app_version", &info.appVersion},
        {"created_at", &info.createdAt},
        {"boundary_source", &info.boundarySource},
    };
    for (const auto& [key, target] : texts) {
        auto value = meta(key);
        if (!value) return std::unexpected(std::move(value.error()));
        *target = value->value_or("");
    }
    auto simulated = meta("simulated");
    if (!simulated) return std::unexpected(std::move(simulated.error()));
    info.simulated = simulated->value_or("0") == "1";

    for (const char* table : dataTables()) {
        // Table names come from the fixed list in Schema.cpp, never from input.
        auto count = queryInt(handle(), std::string("SELECT count(*) FROM ") + table);
        if (!count) return std::unexpected(std::move(count.error()));
        info.counts[table] = *count;
    }
    const std::pair<const char*, const char*> dated[] = {{"unrest_events", "event_date"}, {"weather", "date"}};
    for (const auto& [table, column] : dated) {
        // Fixed names again; min/max use the date index and the primary key.
        auto first = queryText(handle(), std::string("SELECT min(") + column + ") FROM " + table);
        auto last = queryText(handle(), std::string("SELECT max(") + column + ") FROM " + table);
        if (!first) return std::unexpected(std::move(first.error()));
        if (!last) return std::unexpected(std::move(last.error()));
        if (*first && *last) info.periods[table] = {**first, **last};
    }
    auto truth = queryText(handle(), "SELECT config_json FROM simulation_truth ORDER BY id DESC LIMIT 1");
    if (!truth) return std::unexpected(std::move(truth.error()));
    info.truthJson = truth->value_or("");
    if (auto contracts = addContractSummary(handle(), info); !contracts) return std::unexpected(contracts.error());
    return info;
}

Result<std::vector<ImportRecord>> ProjectStore::imports() const
{
    auto select = Statement::prepare(handle(), R"sql(
        SELECT id, kind, file_name, file_size, sha256, started_at, finished_at, status,
               counts_json, settings_json
        FROM imports ORDER BY id)sql");
    if (!select) return std::unexpected(std::move(select.error()));
    std::vector<ImportRecord> records;
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        ImportRecord r;
        r.id = select->columnInt(0);
        r.kind = select->columnText(1);
        r.fileName = select->columnText(2);
        r.fileSize = select->columnInt(3);
        r.sha256 = select->columnText(4);
        r.startedAt = select->columnText(5);
        r.finishedAt = select->columnText(6);  // NULL while running → ""
        r.status = select->columnText(7);
        r.countsJson = select->columnText(8);
        r.settingsJson = select->columnText(9);
        records.push_back(std::move(r));
    }
    return records;
}

Result<std::vector<RejectedRow>> ProjectStore::rejectedRows(std::int64_t importId) const
{
    auto select = Statement::prepare(handle(), R"sql(
        SELECT import_id, line, "column", reason, raw FROM import_rejects
        WHERE import_id = ? ORDER BY line, "column", id)sql");
    if (!select) return std::unexpected(std::move(select.error()));
    select->bindInt(1, importId);
    std::vector<RejectedRow> rows;
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        rows.push_back(RejectedRow{select->columnInt(0), select->columnInt(1), select->columnInt(2),
                                   select->columnText(3), select->columnText(4)});
    }
    return rows;
}

}  // namespace aitocracy::core
