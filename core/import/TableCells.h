#pragma once
// Parsers for the cells of the researcher's tables. Each takes the cell as read (spaces
// around it ignored) and returns the value, or for people what was wrong and expected.
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace aitocracy::core {

std::string_view trimCell(std::string_view cell);

// is_ai: 1/0, true/false, yes/no, y/n (any case), 是/否.
std::expected<bool, std::string> parseFlagCell(std::string_view cell);

// A count: a whole number >= 0 ("12"; "12.0" and "-1" are errors).
std::expected<std::int64_t, std::string> parseCountCell(std::string_view cell);

// A calendar year, 1900..2100.
std::expected<int, std::string> parseYearCell(std::string_view cell);

// A decimal number with '.' decimals (optional sign and exponent); empty -> nullopt
// (a missing value). Infinity and NaN are errors.
std::expected<std::optional<double>, std::string> parseNumberCell(std::string_view cell);

// A covariate period in the panel's spelling: "2016", "2016Q3" (also "2016-Q3", "2016q3"),
// "2016-07" (also "2016-7", "2016/07"), or a day in any form parseDate reads -> ISO.
std::expected<std::string, std::string> parsePeriodCell(std::string_view cell);

}  // namespace aitocracy::core
