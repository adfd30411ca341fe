#include "contracts/ProjectRules.h"

#include <sqlite3.h>

#include <vector>

#include "contracts/ContractClassifier.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Timestamp.h"
#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

constexpr const char* kRulesName = "default";

}  // namespace

Result<ClassificationRules> loadProjectRules(sqlite3* db)
{
    auto stmt = Statement::prepare(db, "SELECT rules_json FROM classification_rules WHERE name = ?1");
    if (!stmt) return std::unexpected(stmt.error());
    stmt->bindText(1, kRulesName);
    auto found = stmt->step();
    if (!found) return std::unexpected(found.error());
    if (!*found) return ClassificationRules::defaults();
    auto rules = ClassificationRules::fromJson(stmt->columnText(0));
    if (!rules) {
        Error e = rules.error();
        e.context = "classification_rules \"default\": " + e.context;
        return std::unexpected(e);
    }
    return rules;
}

Result<ReclassifyReport> setProjectRules(ProjectStore& store, const ClassificationRules& rules)
{
    const ContractClassifier classifier(rules);
    ReclassifyReport report;
    auto status = store.transaction([&](Transaction& tx) -> Result<void> {
        auto save = tx.prepare(
            "INSERT INTO classification_rules (name, rules_json, updated_at) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (name) DO UPDATE SET rules_json = excluded.rules_json, updated_at = excluded.updated_at");
        if (!save) return std::unexpected(save.error());
        if (auto r = save->bindText(1, kRulesName).bindText(2, rules.toJson()).bindText(3, isoUtcNow()).run(); !r)
            return r;
        // In batches by id: rows are not updated under a statement still reading them. Only
        // rows whose class or matched keywords change are written: a rule edit moves a few
        // percent of the contracts, and rewriting all of them cost most of the time.
        auto read = tx.prepare(
            "SELECT id, buyer, title, supplier, class, matched_keywords FROM contracts WHERE id > ?1 ORDER BY id LIMIT 10000");
        if (!read) return std::unexpected(read.error());
        auto update = tx.prepare("UPDATE contracts SET class = ?2, matched_keywords = ?3 WHERE id = ?1");
        if (!update) return std::unexpected(update.error());
        struct Change {
            std::int64_t id;
            ContractClass cls;
            std::string keywords;
        };
        std::vector<Change> batch;
        std::int64_t lastId = 0, rowsRead = 0;
        do {
            batch.clear();
            rowsRead = 0;
            read->bindInt(1, lastId);
            while (true) {
                auto row = read->step();
                if (!row) return std::unexpected(row.error());
                if (!*row) break;
                ++rowsRead;
                Classification c = classifier.classify(read->columnText(1), read->columnText(2), read->columnText(3));
                ++report.contracts;
                ++report.byClass[std::string(contractClassName(c.cls))];
                const bool classChanged = read->columnTextView(4) != contractClassName(c.cls);
                if (classChanged) ++report.changed;
                lastId = read->columnInt(0);
                if (classChanged || read->columnTextView(5) != c.matchedKeywords)
                    batch.push_back({lastId, c.cls, std::move(c.matchedKeywords)});
            }
            read->reset();
            for (const auto& change : batch)
                if (auto r = update->bindInt(1, change.id)
                                 .bindText(2, contractClassName(change.cls))
                                 .bindText(3, change.keywords)
                                 .run();
                    !r)
                    return r;
        } while (rowsRead > 0);
        return ok();
    });
    if (!status) return std::unexpected(status.error());
    return report;
}

}  // namespace aitocracy::core
