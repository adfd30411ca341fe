#pragma once
// Splits text into lines and tab-separated fields in one pass. Tabs and line ends are
// found 64 bytes at a time with SSE2 compares, and only their positions are visited:
// GDELT rows have 61 short fields, so finding each one with its own memchr call spent
// more time in calls than in the bytes. (Looking up only the 19 fields the importer
// reads, by popcounts over the masks, was tried and was no faster on x86-64 baseline
// code, which has no popcount instruction.)
#include <emmintrin.h>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace aitocracy::core {

namespace detail {
inline std::uint64_t bytesEqualMask(const char* p, __m128i needle)
{
    std::uint64_t m = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        m |= static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, needle))))
             << (16 * k);
    }
    return m;
}
}  // namespace detail

// Calls onLine(fields, fieldCount, line) for every line of `text` (the last one may lack
// its '\n'), in order. `line` excludes the '\n' and a '\r' before it; `fields` holds the
// first min(fieldCount, MaxFields) fields, valid during the call. An empty line has one
// empty field.
template <std::size_t MaxFields, typename OnLine>
void forEachTabSeparatedLine(std::string_view text, OnLine&& onLine)
{
    std::array<std::string_view, MaxFields> fields;
    const char* base = text.data();
    const std::size_t n = text.size();
    std::size_t lineStart = 0, fieldStart = 0, count = 0;
    auto endField = [&](std::size_t at) {
        if (count < MaxFields) fields[count] = std::string_view(base + fieldStart, at - fieldStart);
        ++count;
        fieldStart = at + 1;
    };
    auto endLine = [&](std::size_t at) {
        const std::size_t end = at > lineStart && base[at - 1] == '\r' ? at - 1 : at;
        endField(end);
        const std::size_t kept = count < MaxFields ? count : MaxFields;
        onLine(std::span<const std::string_view>(fields.data(), kept), count,
               std::string_view(base + lineStart, end - lineStart));
        lineStart = fieldStart = at + 1;
        count = 0;
    };
    const __m128i tab = _mm_set1_epi8('\t'), newline = _mm_set1_epi8('\n');
    std::size_t pos = 0;
    for (; pos + 64 <= n; pos += 64) {
        const std::uint64_t lineEnds = detail::bytesEqualMask(base + pos, newline);
        for (std::uint64_t m = detail::bytesEqualMask(base + pos, tab) | lineEnds; m != 0; m &= m - 1) {
            const int bit = __builtin_ctzll(m);
            if ((lineEnds >> bit) & 1)
                endLine(pos + static_cast<std::size_t>(bit));
            else
                endField(pos + static_cast<std::size_t>(bit));
        }
    }
    for (; pos < n; ++pos) {
        if (base[pos] == '\t')
            endField(pos);
        else if (base[pos] == '\n')
            endLine(pos);
    }
    if (lineStart < n) endLine(n);
}

}  // namespace aitocracy::core
