#pragma once
// What new classification rules would do to a project's contracts, before they are
// stored: the same classification as setProjectRules (ContractClassifier on each stored
// contract's buyer, title and supplier), compared with the class each contract has now.
// Reads only; a rules editor runs it on every edit.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "contracts/ClassificationRules.h"

namespace aitocracy::core {

class ProjectStore;

// A contract whose class would change. Classes by their stored names (ContractClass.h).
struct RulesExample {
    std::string contractId, title, buyer, supplier;
    std::string before, after;
};

struct RulesPreview {
    std::int64_t contracts = 0;  // contracts classified
    std::int64_t changed = 0;    // of which the class would change
    // Contracts per class now and under the new rules; every class is present, also at 0.
    std::map<std::string, std::int64_t> byClassBefore, byClassAfter;
    std::map<std::pair<std::string, std::string>, std::int64_t> transitions;  // (before, after) → contracts, before ≠ after
    std::vector<RulesExample> examples;  // the first changed contracts in storage order, at most maxExamples
};

// One scan of the contracts. Errors: "cancelled", the store's SQLite errors.
Result<RulesPreview> previewProjectRules(const ProjectStore& store, const ClassificationRules& rules,
                                         std::size_t maxExamples = 50, const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core
