#include "tabular/ValueParsers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

#include "tabular/Utf8.h"

namespace aitocracy::core {
namespace {

// Longer units first: "百万元" and "千万元" end in "万元", which ends in "元".
constexpr std::array<std::pair<std::string_view, double>, 8> kUnits{{
    {"千万元", 1e7},
    {"百万元", 1e6},
    {"亿元", 1e8},
    {"万元", 1e4},
    {"千元", 1e3},
    {"元", 1.0},
    {"亿", 1e8},
    {"万", 1e4},
}};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Spaces as they occur in cells: ASCII, the ideographic space and the no-break space.
std::string_view trimSpaces(std::string_view s)
{
    constexpr std::string_view kSpaces[] = {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"};
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string_view space : kSpaces) {
            if (s.starts_with(space)) {
                s.remove_prefix(space.size());
                trimmed = true;
            }
            if (s.ends_with(space)) {
                s.remove_suffix(space.size());
                trimmed = true;
            }
        }
    }
    return s;
}

// Reads between `minDigits` and `maxDigits` ASCII digits at `pos`.
std::optional<int> readNumber(std::string_view s, std::size_t& pos, std::size_t minDigits, std::size_t maxDigits)
{
    int value = 0;
    std::size_t n = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        value = value * 10 + (s[pos++] - '0');
        ++n;
    }
    if (n < minDigits) return std::nullopt;
    return value;
}

bool consume(std::string_view s, std::size_t& pos, std::string_view token)
{
    if (s.substr(pos).starts_with(token)) {
        pos += token.size();
        return true;
    }
    return false;
}

// " 10:00", " 10:00:00", "T10:00:00" and a fraction of a second ("10:00:00.0", as JDBC
// exports write it); true when `rest` is empty or such a time.
bool isTimeOfDay(std::string_view rest)
{
    if (rest.empty()) return true;
    std::size_t pos = 0;
    if (rest[0] == 'T') {
        pos = 1;
    } else {
        while (pos < rest.size() && rest[pos] == ' ') ++pos;
        if (pos == 0) return false;
    }
    const auto hour = readNumber(rest, pos, 1, 2);
    if (!hour || *hour > 23 || !consume(rest, pos, ":")) return false;
    const auto minute = readNumber(rest, pos, 2, 2);
    if (!minute || *minute > 59) return false;
    if (consume(rest, pos, ":")) {
        const auto second = readNumber(rest, pos, 2, 2);
        if (!second || *second > 60) return false;  // 60: a leap second
        if (consume(rest, pos, ".") && !readNumber(rest, pos, 1, 9)) return false;
    }
    return pos == rest.size();
}

int daysInMonth(int year, int month)
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Full-width digits and punctuation to ASCII; spaces and currency signs dropped.
std::string normalizedAmount(std::string_view cell)
{
    std::string s;
    s.reserve(cell.size());
    for (std::size_t pos = 0; pos < cell.size();) {
        const char32_t cp = nextCodePoint(cell, pos);
        if (cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0' || cp == U'¥' || cp == U'￥') continue;
        if (cp >= U'０' && cp <= U'９') {
            s.push_back(static_cast<char>('0' + (cp - U'０')));
        } else if (cp == U'．') {
            s.push_back('.');
        } else if (cp == U'，') {
            s.push_back(',');
        } else if (cp == U'－' || cp == U'\u2212') {
            s.push_back('-');
        } else if (cp == U'＋') {
            s.push_back('+');
        } else {
            appendCodePoint(cp, s);
        }
    }
    return s;
}

bool startsWithRmb(std::string_view s)
{
    return s.size() >= 3 && (s[0] | 0x20) == 'r' && (s[1] | 0x20) == 'm' && (s[2] | 0x20) == 'b';
}

// "1234", "1,234,567" (then groups of three), with an optional ".5" and exponent; the
// number without its separators, or nullopt when malformed.
std::optional<std::string> plainNumber(std::string_view s)
{
    std::string digits;
    std::size_t pos = 0;
    std::size_t groupDigits = 0, groups = 1;
    bool commas = false;
    while (pos < s.size() && (isDigit(s[pos]) || s[pos] == ',')) {
        if (s[pos] == ',') {
            if ((groups == 1 ? groupDigits == 0 || groupDigits > 3 : groupDigits != 3)) return std::nullopt;
            commas = true;
            ++groups;
            groupDigits = 0;
        } else {
            digits.push_back(s[pos]);
            ++groupDigits;
        }
        ++pos;
    }
    if (commas && groupDigits != 3) return std::nullopt;
    if (pos < s.size() && s[pos] == '.') {
        digits.push_back(s[pos++]);
        while (pos < s.size() && isDigit(s[pos])) digits.push_back(s[pos++]);
    }
    if (digits.empty() || digits == ".") return std::nullopt;
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
        digits.push_back(s[pos++]);
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) digits.push_back(s[pos++]);
        const std::size_t exponentStart = pos;
        while (pos < s.size() && isDigit(s[pos])) digits.push_back(s[pos++]);
        if (pos == exponentStart) return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    return digits;
}

}  // namespace

std::optional<std::string> parseDate(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (s.size() >= 8 && std::all_of(s.begin(), s.begin() + 8, isDigit) && (s.size() == 8 || !isDigit(s[8]))) {
        year = *readNumber(s, pos, 4, 4);
        month = *readNumber(s, pos, 2, 2);
        day = *readNumber(s, pos, 2, 2);
    } else {
        const auto y = readNumber(s, pos, 4, 4);
        if (!y) return std::nullopt;
        year = *y;
        const bool chinese = consume(s, pos, "年");
        char separator = 0;
        if (!chinese) {
            if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/' && s[pos] != '.')) return std::nullopt;
            separator = s[pos++];
        }
        const auto m = readNumber(s, pos, 1, 2);
        if (!m) return std::nullopt;
        if (chinese ? !consume(s, pos, "月") : !consume(s, pos, std::string_view(&separator, 1))) return std::nullopt;
        const auto d = readNumber(s, pos, 1, 2);
        if (!d) return std::nullopt;
        if (chinese) consume(s, pos, "日");
        month = *m;
        day = *d;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
    if (!isTimeOfDay(s.substr(pos))) return std::nullopt;
    // By hand: snprintf cost more than the rest of the parse (a million rows per import).
    std::string iso = "0000-00-00";
    for (int i = 3, y = year; i >= 0; --i, y /= 10) iso[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
    iso[5] = static_cast<char>('0' + month / 10);
    iso[6] = static_cast<char>('0' + month % 10);
    iso[8] = static_cast<char>('0' + day / 10);
    iso[9] = static_cast<char>('0' + day % 10);
    return iso;
}

double amountMultiplierFromHeader(std::string_view header)
{
    for (const auto& [unit, multiplier] : kUnits) {
        // A bare 万 or 亿 is a unit only in brackets: "万达广场" is a name.
        if (unit == "万" || unit == "亿") {
            for (const auto* open : {"(", "（"}) {
                for (const auto* close : {")", "）"}) {
                    if (header.find(std::string(open) + std::string(unit) + close) != std::string_view::npos)
                        return multiplier;
                }
            }
        } else if (header.find(unit) != std::string_view::npos) {
            return multiplier;
        }
    }
    return 1.0;
}

AmountParse parseAmountYuan(std::string_view cell, double headerMultiplier)
{
    if (trimSpaces(cell).empty()) return {};
    const std::string s = normalizedAmount(cell);
    const auto invalid = [&](std::string why) {
        return AmountParse{std::nullopt, false, "\"" + std::string(trimSpaces(cell)) + "\" " + why};
    };
    std::string_view rest = s;
    if (startsWithRmb(rest)) rest.remove_prefix(3);
    double multiplier = headerMultiplier;
    for (const auto& [unit, unitMultiplier] : kUnits) {
        if (rest.ends_with(unit)) {
            rest.remove_suffix(unit.size());
            multiplier = unitMultiplier;
            break;
        }
    }
    if (rest.size() >= 3 && startsWithRmb(rest.substr(rest.size() - 3))) rest.remove_suffix(3);
    bool negative = false;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    const auto number = plainNumber(rest);
    if (!number)
        return invalid(
            "is not an amount; expected a number such as 1234.5 or 1,234.5, optionally with ¥ or RMB and a unit "
            "(元, 万元, 亿元)");
    double value = 0;
    const auto [end, ec] = std::from_chars(number->data(), number->data() + number->size(), value);
    if (ec != std::errc() || end != number->data() + number->size() || !std::isfinite(value))
        return invalid("is out of range for an amount");
    if (negative && value != 0) return invalid("is negative; expected an amount of zero or more");
    return {std::round(value * multiplier * 100.0) / 100.0, true, {}};
}

}  // namespace aitocracy::core
