#include "sim/RawCsv.h"

#include <charconv>
#include <cmath>

namespace aitocracy::core::sim {
namespace {

template <typename T>
void appendShortest(std::string& out, T value)
{
    char buf[64];
    // std::chars_format::general would switch to an exponent for large or tiny values,
    // which spreadsheet users and some readers do not expect; fixed is exact too.
    const bool plain = value == 0 || (std::fabs(value) >= 1e-4 && std::fabs(value) < 1e15);
    const auto r = plain ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed) : std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

}  // namespace

void appendCsvField(std::string& out, std::string_view value, char separator)
{
    if (value.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendExactNumber(std::string& out, double value)
{
    appendShortest(out, value);
}

void appendMeasurement(std::string& out, double value)
{
    const auto single = static_cast<float>(value);
    if (std::isfinite(value) && static_cast<double>(single) == value)
        appendShortest(out, single);
    else
        appendShortest(out, value);
}

}  // namespace aitocracy::core::sim
