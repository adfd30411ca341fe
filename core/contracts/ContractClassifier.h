#pragma once
// Classifies a procurement contract from its buyer, title and supplier text by the
// keyword sets of ClassificationRules. The decision rule:
//   AI content             = an "ai" keyword in the title, or an "ai_firms" name in the
//                            supplier, and no "exclude" keyword in the title;
//   public-security buyer  = a "public_security_buyer" keyword in the buyer name;
//   AI content and public-security buyer  -> ai_public_security
//   AI content otherwise                  -> ai_other
//   else a "surveillance" keyword in the title -> surveillance
//   else                                  -> other
// Keywords are matched as substrings of the UTF-8 bytes (one automaton per text field).
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "contracts/AhoCorasick.h"
#include "contracts/ClassificationRules.h"
#include "contracts/ContractClass.h"

namespace aitocracy::core {

struct Classification {
    ContractClass cls = ContractClass::Other;
    // Every distinct keyword that matched, as set:keyword joined by ';', by set (buyer, ai,
    // surveillance, firm, exclude) and within a set in rule order, so a user sees why:
    // "buyer:公安;ai:人脸识别;surveillance:视频监控;firm:商汤". Empty when nothing matched.
    std::string matchedKeywords;
};

class ContractClassifier {
public:
    // Builds the automata once. Empty keywords are ignored, repeated ones count once.
    explicit ContractClassifier(const ClassificationRules& rules);

    // Thread-safe: const, and no state shared between calls.
    Classification classify(std::string_view buyer, std::string_view title, std::string_view supplier) const;

private:
    enum class Set : std::uint8_t { Buyer, Ai, Surveillance, Firm, Exclude };
    struct Field {
        AhoCorasick automaton;
        std::vector<std::uint32_t> keyword;  // pattern index -> index into keywords_
    };
    struct Keyword {
        Set set;
        std::string text;
        std::string label;  // "ai:人脸识别"
    };

    static std::vector<Keyword> collectKeywords(const ClassificationRules& rules);
    Field makeField(std::initializer_list<Set> sets) const;

    std::vector<Keyword> keywords_;  // in the order of matchedKeywords
    Field buyer_, title_, supplier_;
};

}  // namespace aitocracy::core
