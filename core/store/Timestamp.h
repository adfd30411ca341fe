#pragma once
// Timestamps as the store writes them: ISO 8601 UTC with seconds, "2024-05-01T08:30:00Z".
#include <string>

namespace aitocracy::core {

std::string isoUtcNow();

}  // namespace aitocracy::core
