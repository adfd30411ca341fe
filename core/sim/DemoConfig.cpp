#include "sim/DemoConfig.h"

#include <nlohmann/json.hpp>

namespace aitocracy::core::sim {

// Every field, by name (the JSON keys are the C++ names).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DemoConfig, seed, contracts, locatedEvents, heterogeneitySd, seasonAmplitude,
                                                rainEffect, suppression, rainStockInteraction, dispersion, weatherAnomalySd, unlocatedShare,
                                                duplicateShare, lagProfile, aiBaseline, aiTrend, innovationEffect, aiFirms,
                                                otherFirms, softwareBaseline, softwareGrowth, governmentShare)

std::string DemoConfig::toJson() const { return nlohmann::json(*this).dump(2); }

Result<DemoConfig> DemoConfig::fromJson(const std::string& text)
{
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail("config", "the truth configuration is not a JSON object");
    const nlohmann::json defaults = DemoConfig();
    for (const auto& [key, value] : doc.items())
        if (!defaults.contains(key)) return fail("config", "unknown key '" + key + "' in the truth configuration");
    DemoConfig config;
    try {
        config = doc.get<DemoConfig>();
    } catch (const nlohmann::json::exception& e) {
        return fail("config", std::string("a value has the wrong type: ") + e.what());
    }
    if (config.contracts < 0 || config.locatedEvents <= 0 || config.dispersion <= 0 || config.aiFirms < 1 || config.otherFirms < 0)
        return fail("config", "contracts, locatedEvents, dispersion and the firm counts must be positive");
    if (config.lagProfile.empty() || config.lagProfile.size() > 12) return fail("config", "lagProfile needs 1 to 12 quarterly coefficients");
    return config;
}

}  // namespace aitocracy::core::sim
