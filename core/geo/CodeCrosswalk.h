#pragma once
// Administrative code changes 2013–2020 that matter for matching data (contracts carry
// the code valid when they were signed) to the units of the built-in map, and the
// "boundaries as of" rule (Laiwu merged into Jinan in January 2019).
#include <string>
#include <vector>

namespace aitocracy::core {

struct CodeChange {
    std::string oldCode;  // e.g. "542400"
    std::string newCode;  // e.g. "540600"
    std::string date;     // ISO date the change took effect, e.g. "2018-04-01" (month precision where unsure)
    std::string nameZh;   // e.g. "那曲"
    std::string kind;     // "renamed" (same territory, new code) or "merged" (territory joined newCode)
    std::string source;   // where the fact comes from
};

// The table, oldest first.
const std::vector<CodeChange>& codeChanges();

// The code of the unit of the built-in map that holds `code` (any vintage 2013–2020):
// renamed codes map forward to the map's code; 371200 (Laiwu) stays 371200, since
// the map keeps Laiwu as its own unit.
std::string mapUnitCode(const std::string& code);

// The unit code under the boundaries of a given year: from 2019 on, 371200 → 370100.
std::string unitCodeAsOf(const std::string& mapCode, int year);

}  // namespace aitocracy::core
