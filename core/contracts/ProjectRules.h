#pragma once
// The classification rules of a project: stored as JSON in classification_rules under
// the name "default" once a user has set them, the built-in defaults until then.
// Re-classifying applies new rules to the stored contracts (their buyer, title and
// supplier are in the project), so a rule edit never needs the original file again.
#include <cstdint>
#include <map>
#include <string>

#include "common/Error.h"
#include "contracts/ClassificationRules.h"

struct sqlite3;

namespace aitocracy::core {

class ProjectStore;

Result<ClassificationRules> loadProjectRules(sqlite3* db);

struct ReclassifyReport {
    std::int64_t contracts = 0;                   // contracts classified
    std::int64_t changed = 0;                     // of which the class changed
    std::map<std::string, std::int64_t> byClass;  // after
};

// Stores `rules` as the project's and re-classifies every contract, in one transaction.
Result<ReclassifyReport> setProjectRules(ProjectStore& store, const ClassificationRules& rules);

}  // namespace aitocracy::core
