#pragma once
// Conventional English names for the built-in units (GEODATA.md §5): pinyin from the
// echarts registry keys by rule, with the wrong readings fixed and the established
// exonyms (Hohhot, Urumqi, Kashgar, Lhasa …) used instead of plain pinyin.
#include <string>

namespace aitocracy::core::builtin {

// The Chinese short name without its type suffix and ethnic part: "海西蒙古族藏族自治州" → "海西".
std::string coreChineseName(const std::string& shortNameZh);

// "he2_fei2" with 2 syllables → "Hefei"; "xi1_an1" → "Xi'an"; "lv3_liang2" → "Lüliang".
std::string pinyinFromKey(const std::string& key, std::size_t syllables);

// English name of a unit from its echarts short name and registry key.
std::string englishUnitName(const std::string& shortNameZh, const std::string& pinyinKey);

// English name of a province from its 2-digit code ("14" → "Shanxi", "61" → "Shaanxi").
std::string englishProvinceName(const std::string& provinceCode2);

}  // namespace aitocracy::core::builtin
