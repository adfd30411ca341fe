#include "store/Timestamp.h"

#include <chrono>
#include <ctime>

namespace aitocracy::core {

std::string isoUtcNow()
{
    // GCC 12 has no std::format / chrono formatting yet, hence gmtime_r + strftime.
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    const auto n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(buffer, n);
}

}  // namespace aitocracy::core
