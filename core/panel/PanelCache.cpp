#include "panel/PanelCache.h"

#include <algorithm>

#include "store/ProjectStore.h"
#include "store/Sql.h"

namespace aitocracy::core {

Result<DataVersion> dataVersion(const ProjectStore& store)
{
    sqlite3* db = store.handle();
    DataVersion v;
    const std::pair<const char*, std::int64_t*> counts[] = {
        {"SELECT coalesce(max(id), 0) FROM imports", &v.lastImportId},
        {"SELECT count(*) FROM imports", &v.imports},
        {"SELECT count(*) FROM units", &v.units},
        {"SELECT count(*) FROM unrest_events", &v.unrestEvents},
        {"SELECT count(*) FROM unrest_events WHERE duplicate_of IS NOT NULL", &v.mergedReports},
        {"SELECT count(*) FROM weather", &v.weatherDays},
        {"SELECT count(*) FROM covariates", &v.covariates},
        {"SELECT coalesce(max(id), 0) FROM contracts", &v.lastContractId},
    };
    for (const auto& [sql, target] : counts) {
        auto n = queryInt(db, sql);
        if (!n) return std::unexpected(n.error());
        *target = *n;
    }
    auto rules = queryText(db,
                           "SELECT group_concat(name || ' ' || updated_at || ' ' || rules_json, char(10)) "
                           "FROM (SELECT name, updated_at, rules_json FROM classification_rules ORDER BY name)");
    if (!rules) return std::unexpected(rules.error());
    v.rules = rules->value_or("");
    return v;
}

Result<std::shared_ptr<const Panel>> PanelCache::get(const ProjectStore& store, const PanelOptions& options,
                                                     const CancelToken* cancel)
{
    auto version = dataVersion(store);
    if (!version) return std::unexpected(version.error());
    auto sameOptions = [&](const Entry& e) { return e.path == store.path() && e.options == options; };
    {
        const std::lock_guard lock(mutex_);
        for (auto& e : entries_)
            if (sameOptions(e) && e.version == *version) {
                e.lastUse = ++clock_;
                return e.panel;
            }
    }
    auto built = buildPanel(store, options, cancel);
    if (!built) return std::unexpected(built.error());
    auto panel = std::make_shared<const Panel>(std::move(*built));
    const std::lock_guard lock(mutex_);
    std::erase_if(entries_, sameOptions);
    entries_.push_back({store.path(), std::move(*version), options, panel, ++clock_});
    if (entries_.size() > capacity_)
        entries_.erase(std::min_element(entries_.begin(), entries_.end(),
                                        [](const Entry& a, const Entry& b) { return a.lastUse < b.lastUse; }));
    return panel;
}

std::size_t PanelCache::size() const
{
    const std::lock_guard lock(mutex_);
    return entries_.size();
}

void PanelCache::clear()
{
    const std::lock_guard lock(mutex_);
    entries_.clear();
}

}  // namespace aitocracy::core
