#pragma once
// An administrative unit of the map (a prefecture-level division, a municipality or a
// county-level unit directly under a province) with its outline.
#include "geo/Geometry.h"
#include "geo/Place.h"

#include <optional>
#include <string>
#include <vector>

namespace aitocracy::core {

// The values of Unit::kind.
namespace unit_kind {
inline constexpr const char* municipality = "municipality";
inline constexpr const char* prefecture = "prefecture-level";
inline constexpr const char* provinceDirectCounty = "province-direct county-level";
}  // namespace unit_kind

struct Unit {
    std::string code;              // 6-digit GB/T 2260 style code, e.g. "340100"
    std::string nameZh;            // official full name, e.g. "合肥市"
    std::string nameEn;            // conventional English name, e.g. "Hefei"
    std::string provinceCode;      // e.g. "340000"
    std::string provinceNameZh;    // e.g. "安徽省"
    std::string provinceNameEn;    // e.g. "Anhui"
    std::string kind;              // one of unit_kind
    MultiPolygon geometry;         // full resolution: point location and areas
    MultiPolygon drawing;          // simplified for the screen (may equal geometry)
};

struct UnitSet {
    std::vector<Unit> units;
    std::string attribution;  // shown in the map corner and the About box
    // Gazetteer of the built-in map (provinces, prefectures, counties); empty for a
    // user's boundary file, whose codes need not be NBS codes.
    std::vector<Place> places;

    [[nodiscard]] const Unit* find(const std::string& code) const
    {
        for (const auto& u : units)
            if (u.code == code) return &u;
        return nullptr;
    }
};

}  // namespace aitocracy::core
