#pragma once
// One cell of a table row as it is stored: NULL, an integer, a real or text, in the
// types of the STRICT columns it goes to.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace aitocracy::core {

using TableValue = std::variant<std::monostate, std::int64_t, double, std::string>;
using TableValues = std::vector<TableValue>;

// For messages: "NULL", "12", "3.5", "abc".
std::string describeTableValue(const TableValue& value);

// Equality as SQLite compares numbers: an integer and a real are equal when their values
// are (a REAL column may hand back a whole number either way).
bool sameTableValue(const TableValue& a, const TableValue& b);

}  // namespace aitocracy::core
