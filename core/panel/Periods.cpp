#include "panel/Periods.h"

#include <array>
#include <cstdio>

#include "common/Dates.h"

namespace aitocracy::core {
namespace {

constexpr std::array<std::pair<PeriodKind, std::string_view>, 5> kNames = {{
    {PeriodKind::Day, "day"},
    {PeriodKind::Week, "week"},
    {PeriodKind::Month, "month"},
    {PeriodKind::Quarter, "quarter"},
    {PeriodKind::Year, "year"},
}};

// Day 4 is Monday 1970-01-05, the first day of week 0.
constexpr std::int64_t kFirstMonday = 4;

constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static_assert(floorDiv(-1, 7) == -1 && floorDiv(7, 7) == 1 && floorDiv(-7, 7) == -1);

std::string formatted(const char* format, int a, int b = 0)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, format, a, b);
    return buf;
}

std::string isoWeekLabel(std::int64_t week)
{
    // The ISO week-numbering year is the year of the week's Thursday.
    const std::int64_t thursday = kFirstMonday + 7 * week + 3;
    const int year = civilFromDays(thursday).year;
    const auto number = static_cast<int>((thursday - daysFromCivil(year, 1, 1)) / 7 + 1);
    return formatted("%04d-W%02d", year, number);
}

// "YYYY-MM-DD" that is a calendar date. Reads the digits directly: the panel builder
// calls this once per stored weather day and contract, a million times for a panel.
std::optional<CivilDate> parseCivil(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
    auto digits = [&](std::size_t i) { return t[i] - '0'; };
    const CivilDate c{digits(0) * 1000 + digits(1) * 100 + digits(2) * 10 + digits(3), digits(5) * 10 + digits(6),
                      digits(8) * 10 + digits(9)};
    if (c.month < 1 || c.month > 12 || c.day < 1) return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = c.year % 4 == 0 && (c.year % 100 != 0 || c.year % 400 == 0);
    if (c.day > kDays[c.month - 1] + (c.month == 2 && leap)) return std::nullopt;
    return c;
}

}  // namespace

std::string_view periodKindName(PeriodKind kind)
{
    for (const auto& [k, name] : kNames)
        if (k == kind) return name;
    return "quarter";
}

Result<PeriodKind> parsePeriodKind(std::string_view text)
{
    for (const auto& [k, name] : kNames)
        if (name == text) return k;
    return fail("usage", "expected a period of day, week, month, quarter or year, got '" + std::string(text) + "'");
}

std::optional<std::int64_t> parseIsoDay(std::string_view text)
{
    const auto c = parseCivil(text);
    if (!c) return std::nullopt;
    return daysFromCivil(c->year, c->month, c->day);
}

std::optional<std::int64_t> periodIndexOfDate(PeriodKind kind, std::string_view isoDate)
{
    const auto c = parseCivil(isoDate);
    if (!c) return std::nullopt;
    switch (kind) {
        case PeriodKind::Month:
            return std::int64_t{c->year} * 12 + c->month - 1;
        case PeriodKind::Quarter:
            return std::int64_t{c->year} * 4 + (c->month - 1) / 3;
        case PeriodKind::Year:
            return c->year;
        case PeriodKind::Day:
        case PeriodKind::Week:
            break;
    }
    return periodIndex(kind, daysFromCivil(c->year, c->month, c->day));
}

std::int64_t periodIndex(PeriodKind kind, std::int64_t day)
{
    const CivilDate c = civilFromDays(day);
    switch (kind) {
        case PeriodKind::Day:
            return day;
        case PeriodKind::Week:
            return floorDiv(day - kFirstMonday, 7);
        case PeriodKind::Month:
            return std::int64_t{c.year} * 12 + c.month - 1;
        case PeriodKind::Quarter:
            return std::int64_t{c.year} * 4 + (c.month - 1) / 3;
        case PeriodKind::Year:
            return c.year;
    }
    return day;
}

std::int64_t periodFirstDay(PeriodKind kind, std::int64_t index)
{
    switch (kind) {
        case PeriodKind::Day:
            return index;
        case PeriodKind::Week:
            return kFirstMonday + 7 * index;
        case PeriodKind::Month:
            return daysFromCivil(static_cast<int>(floorDiv(index, 12)),
                                 static_cast<int>(index - 12 * floorDiv(index, 12)) + 1, 1);
        case PeriodKind::Quarter:
            return daysFromCivil(static_cast<int>(floorDiv(index, 4)),
                                 static_cast<int>(index - 4 * floorDiv(index, 4)) * 3 + 1, 1);
        case PeriodKind::Year:
            return daysFromCivil(static_cast<int>(index), 1, 1);
    }
    return index;
}

std::string periodLabel(PeriodKind kind, std::int64_t index)
{
    const CivilDate first = civilFromDays(periodFirstDay(kind, index));
    switch (kind) {
        case PeriodKind::Day:
            return isoDate(index);
        case PeriodKind::Week:
            return isoWeekLabel(index);
        case PeriodKind::Month:
            return formatted("%04d-%02d", first.year, first.month);
        case PeriodKind::Quarter:
            return formatted("%04dQ%d", first.year, (first.month - 1) / 3 + 1);
        case PeriodKind::Year:
            return formatted("%04d", first.year);
    }
    return isoDate(index);
}

Result<std::string> periodLabelOfDate(PeriodKind kind, std::string_view isoDate)
{
    const auto day = parseIsoDay(isoDate);
    if (!day) return fail("usage", "expected an ISO date YYYY-MM-DD, got '" + std::string(isoDate) + "'");
    return periodLabel(kind, periodIndex(kind, *day));
}

Result<PeriodSpan> periodsCovering(PeriodKind kind, std::string_view from, std::string_view to)
{
    const auto first = parseIsoDay(from);
    const auto last = parseIsoDay(to);
    if (!first) return fail("usage", "expected an ISO date YYYY-MM-DD, got '" + std::string(from) + "'", "from");
    if (!last) return fail("usage", "expected an ISO date YYYY-MM-DD, got '" + std::string(to) + "'", "to");
    if (*first > *last)
        return fail("usage", "the first day " + std::string(from) + " comes after the last " + std::string(to));
    PeriodSpan span;
    span.firstIndex = periodIndex(kind, *first);
    for (std::int64_t i = span.firstIndex; i <= periodIndex(kind, *last); ++i) {
        span.labels.push_back(periodLabel(kind, i));
        span.starts.push_back(isoDate(periodFirstDay(kind, i)));
    }
    return span;
}

}  // namespace aitocracy::core
