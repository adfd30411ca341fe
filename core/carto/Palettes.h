#pragma once
// Colour palettes for choropleth classes: ColorBrewer sequential and diverging schemes
// with their published colours for 3–9 classes, and viridis and cividis sampled evenly
// from their 256-entry tables. Credits and licences: PaletteTables.h.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

enum class PaletteKind { Sequential, Diverging };

struct PaletteInfo {
    std::string_view name;  // ColorBrewer's spelling: "Blues", "RdBu"; "viridis", "cividis"
    PaletteKind kind = PaletteKind::Sequential;
    // ColorBrewer's own "colorblind safe" flag (for viridis and cividis, their authors').
    bool colourBlindSafe = false;
    // The largest class count ColorBrewer marks "photocopy safe", i.e. still told apart
    // in grey; 0 when never. viridis and cividis: their lightness rises monotonically.
    int grayscaleSafeUpTo = 0;

    [[nodiscard]] bool grayscaleSafe(int classes) const { return classes <= grayscaleSafeUpTo; }
};

inline constexpr int kMinPaletteClasses = 3;
inline constexpr int kMaxPaletteClasses = 9;

// Every palette, sequential ones first.
[[nodiscard]] std::span<const PaletteInfo> palettes();
[[nodiscard]] const PaletteInfo* findPalette(std::string_view name);

// The colours of `classes` classes, lowest class first. 1 and 2 classes take the ends
// (or the middle) of the 3-class scheme, as ColorBrewer has no smaller ones.
[[nodiscard]] Result<std::vector<Rgb>> paletteColours(std::string_view name, int classes);

}  // namespace aitocracy::core
