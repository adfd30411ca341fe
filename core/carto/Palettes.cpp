#include "Palettes.h"

#include <array>
#include <cmath>

#include "PaletteTables.h"

namespace aitocracy::core {

namespace {

using Kind = PaletteKind;
namespace t = palette_tables;

struct PaletteEntry {
    PaletteInfo info;
    const std::uint32_t* colours;  // the 3..9-class schemes back to back, or a 256-entry ramp
    bool ramp;
};

// Grayscale limits: ColorBrewer's "photocopy" flags (OrRd and PuOr pass up to 4 classes,
// the other sequential schemes up to 3, the other diverging ones never).
constexpr std::array kPalettes{
    PaletteEntry{{"Blues", Kind::Sequential, true, 3}, t::kBlues, false},
    PaletteEntry{{"Greens", Kind::Sequential, true, 3}, t::kGreens, false},
    PaletteEntry{{"Greys", Kind::Sequential, true, 3}, t::kGreys, false},
    PaletteEntry{{"Oranges", Kind::Sequential, true, 3}, t::kOranges, false},
    PaletteEntry{{"Purples", Kind::Sequential, true, 3}, t::kPurples, false},
    PaletteEntry{{"Reds", Kind::Sequential, true, 3}, t::kReds, false},
    PaletteEntry{{"YlOrRd", Kind::Sequential, true, 3}, t::kYlOrRd, false},
    PaletteEntry{{"YlOrBr", Kind::Sequential, true, 3}, t::kYlOrBr, false},
    PaletteEntry{{"YlGnBu", Kind::Sequential, true, 3}, t::kYlGnBu, false},
    PaletteEntry{{"OrRd", Kind::Sequential, true, 4}, t::kOrRd, false},
    PaletteEntry{{"PuBu", Kind::Sequential, true, 3}, t::kPuBu, false},
    PaletteEntry{{"BuPu", Kind::Sequential, true, 3}, t::kBuPu, false},
    PaletteEntry{{"viridis", Kind::Sequential, true, kMaxPaletteClasses}, t::kViridis, true},
    PaletteEntry{{"cividis", Kind::Sequential, true, kMaxPaletteClasses}, t::kCividis, true},
    PaletteEntry{{"RdBu", Kind::Diverging, true, 0}, t::kRdBu, false},
    PaletteEntry{{"BrBG", Kind::Diverging, true, 0}, t::kBrBG, false},
    PaletteEntry{{"PuOr", Kind::Diverging, true, 4}, t::kPuOr, false},
    PaletteEntry{{"RdYlBu", Kind::Diverging, true, 0}, t::kRdYlBu, false},
    PaletteEntry{{"PiYG", Kind::Diverging, true, 0}, t::kPiYG, false},
    PaletteEntry{{"PRGn", Kind::Diverging, true, 0}, t::kPRGn, false},
};

constexpr std::array<PaletteInfo, kPalettes.size()> infos()
{
    std::array<PaletteInfo, kPalettes.size()> out{};
    for (std::size_t i = 0; i < kPalettes.size(); ++i) out[i] = kPalettes[i].info;
    return out;
}
constexpr auto kInfos = infos();

Rgb unpack(std::uint32_t c)
{
    return {static_cast<std::uint8_t>(c >> 16), static_cast<std::uint8_t>(c >> 8), static_cast<std::uint8_t>(c)};
}

std::vector<Rgb> brewer(const std::uint32_t* table, int classes)
{
    const int start = classes * (classes - 1) / 2 - 3;
    std::vector<Rgb> out;
    for (int i = 0; i < classes; ++i) out.push_back(unpack(table[start + i]));
    return out;
}

// Evenly spaced entries from first to last of the 256-entry ramp.
std::vector<Rgb> sampleRamp(const std::uint32_t* ramp, int classes)
{
    std::vector<Rgb> out;
    for (int i = 0; i < classes; ++i) {
        const double at = classes == 1 ? 127.5 : 255.0 * i / (classes - 1);
        out.push_back(unpack(ramp[static_cast<int>(std::lround(at))]));
    }
    return out;
}

}  // namespace

std::span<const PaletteInfo> palettes()
{
    return kInfos;
}

const PaletteInfo* findPalette(std::string_view name)
{
    for (const PaletteInfo& info : kInfos)
        if (info.name == name) return &info;
    return nullptr;
}

Result<std::vector<Rgb>> paletteColours(std::string_view name, int classes)
{
    const PaletteEntry* entry = nullptr;
    for (const PaletteEntry& e : kPalettes)
        if (e.info.name == name) entry = &e;
    if (!entry) return fail("argument", "no such palette", std::string(name));
    if (classes < 1 || classes > kMaxPaletteClasses)
        return fail("argument", "palettes have 1 to 9 classes, not " + std::to_string(classes), std::string(name));
    if (entry->ramp) return sampleRamp(entry->colours, classes);
    if (classes >= kMinPaletteClasses) return brewer(entry->colours, classes);
    const std::vector<Rgb> three = brewer(entry->colours, 3);
    return classes == 1 ? std::vector<Rgb>{three[1]} : std::vector<Rgb>{three[0], three[2]};
}

}  // namespace aitocracy::core
