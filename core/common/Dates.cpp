#include "common/Dates.h"

#include <cstdio>

namespace aitocracy::core {

std::string isoDate(std::int64_t days)
{
    const CivilDate c = civilFromDays(days);
    char buf[48];  // room for any int the compiler can imagine
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11016).month == 2 && civilFromDays(11016).day == 29);

}  // namespace aitocracy::core
