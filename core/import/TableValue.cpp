#include "import/TableValue.h"

#include <charconv>
#include <optional>

namespace aitocracy::core {
namespace {

std::optional<double> asNumber(const TableValue& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return std::nullopt;
}

}  // namespace

std::string describeTableValue(const TableValue& value)
{
    if (std::holds_alternative<std::monostate>(value)) return "NULL";
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, *d);
        return {buf, r.ptr};
    }
    return std::get<std::string>(value);
}

bool sameTableValue(const TableValue& a, const TableValue& b)
{
    const auto x = asNumber(a), y = asNumber(b);
    if (x && y) return *x == *y;
    return a == b;
}

}  // namespace aitocracy::core
