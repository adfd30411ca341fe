#pragma once
// The editable keyword sets that classify procurement contracts (DATA.md §3), stored as
// JSON in a project so that a result can always be traced to the rules that made it.
// Keywords are plain substrings of the UTF-8 text: no word boundaries, no case folding
// (Chinese has neither), so a keyword should be specific enough to stand alone.
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

struct ClassificationRules {
    std::vector<std::string> publicSecurityBuyer;  // in the buyer name: the agency is public security
    std::vector<std::string> ai;                   // in the title: the contract buys AI
    std::vector<std::string> surveillance;         // in the title: cameras and networks, without AI wording
    std::vector<std::string> aiFirms;              // in the supplier name: a known AI firm, whatever the title says
    std::vector<std::string> exclude;              // in the title: vetoes the AI content

    // The study's rules; ClassificationRules.cpp says why each borderline keyword is in or out.
    static ClassificationRules defaults();

    // {"version":1,"public_security_buyer":[...],"ai":[...],"surveillance":[...],"ai_firms":[...],"exclude":[...]}
    std::string toJson() const;
    // The three main sets are required, "ai_firms" and "exclude" may be left out (empty).
    // Errors (code "rules", context the key) name the key and what was expected.
    static Result<ClassificationRules> fromJson(std::string_view json);

    bool operator==(const ClassificationRules&) const = default;
};

}  // namespace aitocracy::core
