#pragma once
// GB18030 -> UTF-8 through lookup tables: glibc's iconv decodes about 30 MB/s, too slow for
// the 100 MB procurement files researchers bring. The tables are filled once from iconv
// itself, so the decoder says exactly what glibc says, only faster.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aitocracy::core {

class Gb18030Decoder {
public:
    struct Outcome {
        std::size_t invalid = 0;             // invalid sequences, each written as U+FFFD
        std::size_t firstInvalidOffset = 0;  // byte offset in the input of the first one
    };

    // Appends the UTF-8 of `bytes` to `out`. `bytes` must not end mid-character (callers cut
    // at '\n', which never occurs inside a GB18030 character).
    Outcome decode(std::string_view bytes, std::string& out) const;
    // The same, also recording where in `out` each U+FFFD written for an invalid sequence
    // starts (a U+FFFD encoded in the input itself is not recorded), so callers can tell
    // which record held bad bytes.
    Outcome decode(std::string_view bytes, std::string& out, std::vector<std::size_t>* replacementOffsets) const;

    // The code point of a two-byte code (lead 0x81-0xFE, trail 0x40-0xFE), 0 when unmapped.
    [[nodiscard]] char32_t twoByteCodePoint(unsigned char lead, unsigned char trail) const;

    // The tables, built on first use (thread-safe).
    static const Gb18030Decoder& instance();

private:
    Gb18030Decoder();

    // UTF-8 bytes packed little-endian in a word (so one 4-byte store writes them in order;
    // see WordScan.h), 0 when glibc rejects the code.
    std::vector<std::uint32_t> twoByte_;   // [(lead - 0x81) * 192 + (trail - 0x40)]
    std::vector<std::uint32_t> fourByte_;  // [linear index of 0x81308130 .. 0x8431A439]
};

}  // namespace aitocracy::core
