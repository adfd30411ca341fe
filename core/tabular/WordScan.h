#pragma once
// Eight bytes at a time ("SWAR"): finds ASCII runs in the decoders and the delimiters,
// quotes and line ends the CSV splitter looks for, without a call to memchr per field and
// without depending on an instruction set.
#include <bit>
#include <cstdint>
#include <cstring>

namespace aitocracy::core::wordscan {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// The byte tricks here and the decoder's packed tables (UTF-8 bytes stored with one 4-byte
// write) put the first byte in the lowest bits: the platforms we build for (x86-64, arm64)
// are little-endian.
static_assert(std::endian::native == std::endian::little);

// The eight bytes at `p`, the first in the lowest byte.
inline std::uint64_t load(const void* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// The high bit of each byte of `w` equal to `c` (exact for every byte, no borrow between them).
inline std::uint64_t bytesEqual(std::uint64_t w, unsigned char c)
{
    const std::uint64_t x = w ^ (kOnes * c);
    return ~(((x & ~kHighBits) + ~kHighBits) | x | ~kHighBits);
}

// The index (0..7) of the first byte marked in a mask like those above; mask != 0.
inline unsigned firstMarked(std::uint64_t mask)
{
    return static_cast<unsigned>(std::countr_zero(mask)) / 8;
}

}  // namespace aitocracy::core::wordscan
