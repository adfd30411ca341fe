#include "panel/UnrestCleaningSql.h"

#include "store/Statement.h"

namespace aitocracy::core {

std::string unrestCleaningSql(const PanelOptions& o, int firstParameter)
{
    std::string sql;
    if (o.dropMergedReports) sql += " AND duplicate_of IS NULL";
    if (o.rootEventsOnly) sql += " AND is_root_event = 1";
    // Numbers, not parameters: the caller numbers its own parameters before the root codes.
    if (o.minSources > 0) sql += " AND num_sources >= " + std::to_string(o.minSources);
    if (o.minArticles > 0) sql += " AND num_articles >= " + std::to_string(o.minArticles);
    if (!o.unrestRootCodes.empty()) {
        sql += " AND event_root_code IN (";
        for (std::size_t i = 0; i < o.unrestRootCodes.size(); ++i)
            sql += (i ? ", ?" : "?") + std::to_string(static_cast<int>(i) + firstParameter);
        sql += ")";
    }
    return sql;
}

void bindUnrestCleaning(Statement& statement, const PanelOptions& o, int firstParameter)
{
    for (std::size_t i = 0; i < o.unrestRootCodes.size(); ++i)
        statement.bindText(static_cast<int>(i) + firstParameter, o.unrestRootCodes[i]);
}

}  // namespace aitocracy::core
