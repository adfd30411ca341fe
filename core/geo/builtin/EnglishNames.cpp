#include "geo/builtin/EnglishNames.h"

#include <map>
#include <vector>

namespace aitocracy::core::builtin {
namespace {

// Exonyms and fixes, keyed by the core Chinese name. The first five fix wrong readings
// in the registry keys (厦 sha4, 漯 ta4, 朝 zhao1, 蚌 bang4, 六 liu4).
const std::map<std::string, std::string>& overrides()
{
    static const std::map<std::string, std::string> table = {
        {"厦门", "Xiamen"}, {"漯河", "Luohe"}, {"朝阳", "Chaoyang"}, {"蚌埠", "Bengbu"}, {"六安", "Lu'an"},
        {"呼和浩特", "Hohhot"}, {"鄂尔多斯", "Ordos"}, {"呼伦贝尔", "Hulunbuir"}, {"巴彦淖尔", "Bayannur"},
        {"乌兰察布", "Ulanqab"}, {"锡林郭勒", "Xilingol"}, {"阿拉善", "Alxa"}, {"兴安", "Hinggan"},
        {"哈尔滨", "Harbin"}, {"齐齐哈尔", "Qiqihar"}, {"大兴安岭", "Greater Khingan"},
        {"乌鲁木齐", "Urumqi"}, {"克拉玛依", "Karamay"}, {"吐鲁番", "Turpan"}, {"喀什", "Kashgar"},
        {"和田", "Hotan"}, {"阿克苏", "Aksu"}, {"阿勒泰", "Altay"}, {"伊犁", "Ili"}, {"博尔塔拉", "Bortala"},
        {"巴音郭楞", "Bayingolin"}, {"克孜勒苏", "Kizilsu"}, {"阿拉尔", "Aral"}, {"图木舒克", "Tumxuk"},
        {"可克达拉", "Kokdala"}, {"拉萨", "Lhasa"}, {"日喀则", "Shigatse"}, {"昌都", "Qamdo"},
        {"林芝", "Nyingchi"}, {"那曲", "Nagqu"}, {"阿里", "Ngari"}, {"果洛", "Golog"}, {"甘孜", "Garze"},
        {"阿坝", "Ngawa"}, {"迪庆", "Dechen"},
        // Municipalities: their registry keys carry no tones ("beijing").
        {"北京", "Beijing"}, {"天津", "Tianjin"}, {"上海", "Shanghai"}, {"重庆", "Chongqing"},
    };
    return table;
}

// Ethnic groups that appear in the names of autonomous prefectures and counties.
const std::vector<std::string>& ethnicGroups()
{
    static const std::vector<std::string> groups = {
        "藏", "回", "蒙古", "哈萨克", "柯尔克孜", "土家", "苗", "侗", "布依", "壮", "傣", "景颇", "傈僳", "白",
        "哈尼", "彝", "朝鲜", "黎", "羌", "纳西", "拉祜", "佤", "仡佬", "土", "撒拉", "锡伯", "满", "瑶", "畲"};
    return groups;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::size_t utf8Length(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

std::string coreChineseName(const std::string& shortNameZh)
{
    std::string name = shortNameZh;
    for (const char* suffix : {"自治州", "自治县", "地区", "林区", "盟", "县"})
        if (endsWith(name, suffix) && name.size() > std::string(suffix).size()) {
            name.erase(name.size() - std::string(suffix).size());
            break;
        }
    // Cut at the first ethnic-group name: "X族", or 蒙古/哈萨克/柯尔克孜 standing alone.
    std::size_t cut = name.size();
    for (const auto& group : ethnicGroups()) {
        const bool bare = group == "蒙古" || group == "哈萨克" || group == "柯尔克孜";
        const std::string needle = bare ? group : group + "族";
        const auto pos = name.find(needle);
        if (pos != std::string::npos && pos > 0 && pos < cut) cut = pos;
    }
    return name.substr(0, cut);
}

std::string pinyinFromKey(const std::string& key, std::size_t syllables)
{
    std::string out;
    std::size_t taken = 0, start = 0;
    while (taken < syllables && start < key.size()) {
        const std::size_t end = key.find('_', start);
        std::string syllable = key.substr(start, end == std::string::npos ? std::string::npos : end - start);
        while (!syllable.empty() && syllable.back() >= '0' && syllable.back() <= '9') syllable.pop_back();
        if (taken > 0 && !syllable.empty() && (syllable[0] == 'a' || syllable[0] == 'o' || syllable[0] == 'e')) out += '\'';
        for (char c : syllable) out += c == 'v' ? std::string("ü") : std::string(1, c);
        ++taken;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string englishUnitName(const std::string& shortNameZh, const std::string& pinyinKey)
{
    const std::string core = coreChineseName(shortNameZh);
    if (const auto it = overrides().find(core); it != overrides().end()) return it->second;
    return pinyinFromKey(pinyinKey, utf8Length(core));
}

std::string englishProvinceName(const std::string& provinceCode2)
{
    static const std::map<std::string, std::string> table = {
        {"11", "Beijing"}, {"12", "Tianjin"}, {"13", "Hebei"}, {"14", "Shanxi"}, {"15", "Inner Mongolia"},
        {"21", "Liaoning"}, {"22", "Jilin"}, {"23", "Heilongjiang"}, {"31", "Shanghai"}, {"32", "Jiangsu"},
        {"33", "Zhejiang"}, {"34", "Anhui"}, {"35", "Fujian"}, {"36", "Jiangxi"}, {"37", "Shandong"},
        {"41", "Henan"}, {"42", "Hubei"}, {"43", "Hunan"}, {"44", "Guangdong"}, {"45", "Guangxi"},
        {"46", "Hainan"}, {"50", "Chongqing"}, {"51", "Sichuan"}, {"52", "Guizhou"}, {"53", "Yunnan"},
        {"54", "Tibet"}, {"61", "Shaanxi"}, {"62", "Gansu"}, {"63", "Qinghai"}, {"64", "Ningxia"},
        {"65", "Xinjiang"}};
    const auto it = table.find(provinceCode2);
    return it == table.end() ? std::string() : it->second;
}

}  // namespace aitocracy::core::builtin
