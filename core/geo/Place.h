#pragma once
// A row of the gazetteer: a place name (province, prefecture or county) with its code
// and the unit of the map it lies in. Used to place records that name a place instead
// of giving coordinates (procurement buyers: 合肥市公安局, 朝阳区公安分局).
#include <optional>
#include <string>

namespace aitocracy::core {

// The values of Place::level.
namespace place_level {
inline constexpr const char* province = "province";
inline constexpr const char* prefecture = "prefecture";
inline constexpr const char* county = "county";
}  // namespace place_level

struct Place {
    std::string code;    // NBS code, e.g. "340102"; a 2016 county name without one carries its unit's code
    std::string nameZh;  // e.g. "瑶海区"; a code may have several names (梁平县 and 梁平区)
    std::string level;   // one of place_level
    // The unit (prefecture-level unit, municipality or province-direct county-level unit)
    // holding the place; nullopt for provinces (municipalities excepted: they are units)
    // and for the few places without an outline on the map (胡杨河市).
    std::optional<std::string> unitCode;

    bool operator==(const Place&) const = default;
};

}  // namespace aitocracy::core
