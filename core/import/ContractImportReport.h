#pragma once
// What a contracts import did: every row read is stored, rejected (with line, column and
// reason) or a duplicate of a contract the project already holds; stored rows are
// counted by class and by the rule that placed their buyer.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aitocracy::core {

struct ContractRejected {
    std::int64_t line = 0;  // 1-based line where the record starts
    int column = 0;         // 1-based, 0 = the whole row
    std::string reason;
};

struct UnresolvedBuyer {
    std::string buyer, regionCode, regionName, why;
    std::int64_t rows = 0;
};

struct ContractImportReport {
    std::string file;
    std::int64_t importId = 0;
    std::uint64_t bytes = 0;
    std::string sha256;
    std::string encoding, encodingReason;
    double encodingConfidence = 1;
    std::string delimiter;
    std::map<std::string, std::string> mapping;  // field → column
    double amountMultiplier = 1;

    std::int64_t rowsRead = 0, stored = 0, rejected = 0, duplicatesInProject = 0;
    std::map<std::string, std::int64_t> rejectedByKind;  // "missing_id", "bad_date", "bad_amount", …
    std::map<std::string, std::int64_t> byClass;         // stored rows
    std::map<std::string, std::int64_t> byPlacement;     // stored rows by rule; "unresolved" too
    std::vector<UnresolvedBuyer> unresolvedBuyers;       // most rows first, the first 100
    std::vector<ContractRejected> rejectedRows;          // the first maxRejectedRecorded

    [[nodiscard]] std::string countsJson() const;  // the counts only, for the provenance record
    [[nodiscard]] std::string toJson() const;
};

}  // namespace aitocracy::core
