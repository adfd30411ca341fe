#include "store/SpecTable.h"

#include <sqlite3.h>

#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Timestamp.h"
#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

constexpr const char* kColumns = "SELECT id, name, spec_json, created_at, updated_at FROM analysis_specs";

StoredSpec rowOf(const Statement& s)
{
    return {s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)};
}

}  // namespace

Result<std::int64_t> saveSpec(ProjectStore& store, const std::string& name, const std::string& json)
{
    if (name.empty()) return fail("usage", "a saved specification needs a name");
    std::int64_t id = 0;
    auto done = store.transaction([&](Transaction& tx) -> Result<void> {
        const std::string now = isoUtcNow();
        // The schema does not make names unique; saveSpec keeps them so, and loadSpec
        // reads the oldest row of a name, the one updated here.
        auto find = tx.prepare("SELECT id FROM analysis_specs WHERE name = ? ORDER BY id LIMIT 1");
        if (!find) return std::unexpected(find.error());
        find->bindText(1, name);
        auto row = find->step();
        if (!row) return std::unexpected(row.error());
        if (*row) {
            id = find->columnInt(0);
            auto update = tx.prepare("UPDATE analysis_specs SET spec_json = ?, updated_at = ? WHERE id = ?");
            if (!update) return std::unexpected(update.error());
            update->bindText(1, json).bindText(2, now).bindInt(3, id);
            return update->run();
        }
        auto insert =
            tx.prepare("INSERT INTO analysis_specs (name, spec_json, created_at, updated_at) VALUES (?, ?, ?, ?)");
        if (!insert) return std::unexpected(insert.error());
        insert->bindText(1, name).bindText(2, json).bindText(3, now).bindText(4, now);
        if (auto r = insert->run(); !r) return r;
        id = tx.lastInsertId();
        return ok();
    });
    if (!done) return std::unexpected(done.error());
    return id;
}

Result<std::vector<StoredSpec>> listSpecs(const ProjectStore& store)
{
    auto select = Statement::prepare(store.handle(), std::string(kColumns) + " ORDER BY name, id");
    if (!select) return std::unexpected(select.error());
    std::vector<StoredSpec> specs;
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return specs;
        specs.push_back(rowOf(*select));
    }
}

Result<std::optional<StoredSpec>> loadSpec(const ProjectStore& store, const std::string& name)
{
    auto select = Statement::prepare(store.handle(), std::string(kColumns) + " WHERE name = ? ORDER BY id LIMIT 1");
    if (!select) return std::unexpected(select.error());
    select->bindText(1, name);
    auto row = select->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<StoredSpec>{};
    return std::optional<StoredSpec>{rowOf(*select)};
}

Result<bool> deleteSpec(ProjectStore& store, const std::string& name)
{
    bool deleted = false;
    auto done = store.transaction([&](Transaction& tx) -> Result<void> {
        auto remove = tx.prepare("DELETE FROM analysis_specs WHERE name = ?");
        if (!remove) return std::unexpected(remove.error());
        remove->bindText(1, name);
        if (auto r = remove->run(); !r) return r;
        deleted = sqlite3_changes(tx.handle()) > 0;
        return ok();
    });
    if (!done) return std::unexpected(done.error());
    return deleted;
}

}  // namespace aitocracy::core
