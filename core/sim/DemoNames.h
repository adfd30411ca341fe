#pragma once
// Plausible Chinese names and titles for the demonstration world's contracts and firms.
#include "sim/Random.h"

#include <string>

namespace aitocracy::core::sim {

// A firm name such as 合肥云瞳智能科技有限公司 (AI) or 苏州恒达建设工程有限公司.
std::string firmName(Random& rng, const std::string& cityShort, bool ai);

// An 18-character unified social credit code shape (not a valid check digit: simulated).
std::string creditCode(Random& rng, const std::string& unitCode);

// Buyer agencies: a public-security bureau or branch of the city, or another agency.
std::string publicSecurityBuyer(Random& rng, const std::string& cityName);
std::string otherBuyer(Random& rng, const std::string& cityName);

// Titles by class: AI/face recognition wording, surveillance cameras without AI, other.
std::string aiTitle(Random& rng, const std::string& cityName);
std::string surveillanceTitle(Random& rng, const std::string& cityName);
std::string otherTitle(Random& rng, const std::string& cityName);

}  // namespace aitocracy::core::sim
