#pragma once
// UTF-8 validation and decoding shared by encoding detection, CsvReader and the value
// parsers (which must see full-width digits and Chinese units as characters, not bytes).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aitocracy::core {

struct Utf8Scan {
    std::size_t invalid = 0;             // invalid sequences
    std::size_t firstInvalidOffset = 0;  // byte offset of the first one
    std::size_t multibyte = 0;           // valid characters of two or more bytes
    std::size_t completeLength = 0;      // bytes before an incomplete sequence cut by the end
};

// Scans `bytes` as UTF-8. A sequence cut short by the end of `bytes` (a sample that ends
// mid-character) is left out rather than counted as invalid.
Utf8Scan scanUtf8(std::string_view bytes);

// Appends `bytes` to `out` with each invalid sequence (its longest valid-looking prefix)
// replaced by U+FFFD, recording where in `out` each replacement starts. Returns how many.
std::size_t appendUtf8Sanitized(std::string_view bytes, std::string& out, std::vector<std::size_t>* replacementOffsets);

// The code point at `pos`, moving `pos` past it; an invalid byte gives U+FFFD and moves one.
char32_t nextCodePoint(std::string_view text, std::size_t& pos);

// Appends the UTF-8 of `cp` to `out`.
void appendCodePoint(char32_t cp, std::string& out);

}  // namespace aitocracy::core
