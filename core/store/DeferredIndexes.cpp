#include "store/DeferredIndexes.h"

#include "store/Transaction.h"

namespace aitocracy::core {

Result<DeferredIndexes> DeferredIndexes::drop(Transaction& tx, const std::string& table)
{
    DeferredIndexes d;
    auto select =
        tx.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL");
    if (!select) return std::unexpected(select.error());
    select->bindText(1, table);
    std::vector<std::string> names;
    while (true) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        names.push_back(select->columnText(0));
        d.createSql_.push_back(select->columnText(1));
    }
    // Names come from the schema itself; quoted all the same.
    for (const auto& name : names)
        if (auto r = tx.exec("DROP INDEX \"" + name + "\""); !r) return std::unexpected(r.error());
    return d;
}

Result<void> DeferredIndexes::restore(Transaction& tx)
{
    for (const auto& sql : createSql_)
        if (auto r = tx.exec(sql); !r) return r;
    createSql_.clear();
    return ok();
}

}  // namespace aitocracy::core
