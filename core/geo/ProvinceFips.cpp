#include "geo/ProvinceFips.h"

#include <array>
#include <utility>

namespace aitocracy::core {
namespace {

constexpr std::array<std::pair<const char*, const char*>, 31> kTable = {{
    {"340000", "CH01"}, {"330000", "CH02"}, {"360000", "CH03"}, {"320000", "CH04"}, {"220000", "CH05"},
    {"630000", "CH06"}, {"350000", "CH07"}, {"230000", "CH08"}, {"410000", "CH09"}, {"130000", "CH10"},
    {"430000", "CH11"}, {"420000", "CH12"}, {"650000", "CH13"}, {"540000", "CH14"}, {"620000", "CH15"},
    {"450000", "CH16"}, {"520000", "CH18"}, {"210000", "CH19"}, {"150000", "CH20"}, {"640000", "CH21"},
    {"110000", "CH22"}, {"310000", "CH23"}, {"140000", "CH24"}, {"370000", "CH25"}, {"610000", "CH26"},
    {"120000", "CH28"}, {"530000", "CH29"}, {"440000", "CH30"}, {"460000", "CH31"}, {"510000", "CH32"},
    {"500000", "CH33"},
}};

}  // namespace

std::string fipsOfProvince(const std::string& provinceCode)
{
    for (const auto& [province, fips] : kTable)
        if (provinceCode == province) return fips;
    return {};
}

std::string provinceOfFips(const std::string& fips)
{
    for (const auto& [province, code] : kTable)
        if (fips == code) return province;
    return {};
}

}  // namespace aitocracy::core
