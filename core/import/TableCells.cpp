#include "import/TableCells.h"

#include <charconv>
#include <cmath>

#include "tabular/ValueParsers.h"

namespace aitocracy::core {
namespace {

std::string quoted(std::string_view cell)
{
    return "'" + std::string(cell) + "'";
}

bool allDigits(std::string_view s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

int digitsValue(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

}  // namespace

std::string_view trimCell(std::string_view cell)
{
    const auto first = cell.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return cell.substr(first, cell.find_last_not_of(" \t\r\n") - first + 1);
}

std::expected<bool, std::string> parseFlagCell(std::string_view cell)
{
    const std::string v = lowerAscii(trimCell(cell));
    if (v == "1" || v == "true" || v == "yes" || v == "y" || v == "是") return true;
    if (v == "0" || v == "false" || v == "no" || v == "n" || v == "否") return false;
    return std::unexpected("expected 1/0, true/false, yes/no or 是/否, got " + quoted(cell));
}

std::expected<std::int64_t, std::string> parseCountCell(std::string_view cell)
{
    const std::string_view v = trimCell(cell);
    std::int64_t n = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    if (!allDigits(v) || r.ec != std::errc())
        return std::unexpected("expected a whole number >= 0, got " + quoted(cell));
    return n;
}

std::expected<int, std::string> parseYearCell(std::string_view cell)
{
    const std::string_view v = trimCell(cell);
    if (v.size() != 4 || !allDigits(v) || digitsValue(v) < 1900 || digitsValue(v) > 2100)
        return std::unexpected("expected a year 1900..2100, got " + quoted(cell));
    return digitsValue(v);
}

std::expected<std::optional<double>, std::string> parseNumberCell(std::string_view cell)
{
    std::string_view v = trimCell(cell);
    if (v.empty()) return std::optional<double>();
    // from_chars takes no '+', but spreadsheets write one for positive anomalies.
    if (v.front() == '+') v.remove_prefix(1);
    double d = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
    if (v.empty() || r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(d))
        return std::unexpected("expected a number with '.' decimals, got " + quoted(cell));
    return std::optional<double>(d);
}

std::expected<std::string, std::string> parsePeriodCell(std::string_view cell)
{
    const std::string_view v = trimCell(cell);
    const std::string_view year = v.substr(0, 4);
    if (v.size() >= 4 && allDigits(year)) {
        std::string_view rest = v.substr(4);
        if (rest.empty()) return std::string(v);
        const bool separated = rest.front() == '-' || rest.front() == '/';
        if (separated) rest.remove_prefix(1);
        if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4')
            return std::string(year) + "Q" + rest[1];
        if (separated && (rest.size() == 1 || rest.size() == 2) && allDigits(rest) && digitsValue(rest) >= 1 &&
            digitsValue(rest) <= 12)
            return std::string(year) + (rest.size() == 1 ? "-0" : "-") + std::string(rest);
    }
    if (auto day = parseDate(v)) return *day;
    return std::unexpected("expected a period like 2016, 2016Q3, 2016-07 or 2016-07-15, got " + quoted(cell));
}

}  // namespace aitocracy::core
