#include "tabular/Utf8.h"

#include <cstdint>

#include "tabular/WordScan.h"

namespace aitocracy::core {
namespace {

struct Sequence {
    std::size_t length = 0;  // bytes: the character's when valid, else the invalid prefix's
    bool valid = false;
    bool truncated = false;  // a valid prefix that the end of the text cut short
};

// RFC 3629 well-formed sequences: no overlong forms, no surrogates, nothing past U+10FFFF.
Sequence sequenceAt(const unsigned char* s, const unsigned char* end)
{
    const unsigned c = s[0];
    if (c < 0x80) return {1, true, false};
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return {1, false, false};
    }
    for (std::size_t i = 1; i < n; ++i) {
        if (s + i >= end) return {i, false, true};
        const unsigned b = s[i];
        if (b < (i == 1 ? lo : 0x80u) || b > (i == 1 ? hi : 0xBFu)) return {i, false, false};
    }
    return {n, true, false};
}

// How many ASCII bytes start at `s` (at least 1 when *s is ASCII), looking at up to eight.
std::size_t asciiRun(const unsigned char* s, const unsigned char* end)
{
    if (end - s < 8) return *s < 0x80 ? 1 : 0;
    const std::uint64_t high = wordscan::load(s) & wordscan::kHighBits;
    return high ? wordscan::firstMarked(high) : 8;
}

// The common case in Chinese text, checked before the general one.
bool wellFormedThreeBytes(const unsigned char* s, const unsigned char* end)
{
    if ((s[0] & 0xF0) != 0xE0 || end - s < 3) return false;
    const unsigned b1 = s[1], b2 = s[2];
    return (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && (s[0] != 0xE0 || b1 >= 0xA0) && (s[0] != 0xED || b1 < 0xA0);
}

}  // namespace

Utf8Scan scanUtf8(std::string_view bytes)
{
    Utf8Scan scan;
    const auto* const begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = begin + bytes.size();
    const auto* s = begin;
    while (s < end) {
        if (const std::size_t ascii = asciiRun(s, end)) {
            s += ascii;
            continue;
        }
        if (wellFormedThreeBytes(s, end)) {
            s += 3;
            ++scan.multibyte;
            continue;
        }
        const Sequence seq = sequenceAt(s, end);
        if (seq.truncated) break;
        if (!seq.valid) {
            if (scan.invalid++ == 0) scan.firstInvalidOffset = static_cast<std::size_t>(s - begin);
        } else if (seq.length > 1) {
            ++scan.multibyte;
        }
        s += seq.length;
    }
    scan.completeLength = static_cast<std::size_t>(s - begin);
    return scan;
}

std::size_t appendUtf8Sanitized(std::string_view bytes, std::string& out, std::vector<std::size_t>* replacementOffsets)
{
    std::size_t replaced = 0;
    const auto* const begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = begin + bytes.size();
    const auto* s = begin;
    const auto* copied = begin;  // bytes before this are in `out` already
    while (s < end) {
        if (const std::size_t ascii = asciiRun(s, end)) {
            s += ascii;
            continue;
        }
        if (wellFormedThreeBytes(s, end)) {
            s += 3;
            continue;
        }
        const Sequence seq = sequenceAt(s, end);
        if (!seq.valid) {
            out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(s - copied));
            if (replacementOffsets) replacementOffsets->push_back(out.size());
            out.append("\xEF\xBF\xBD");
            ++replaced;
            copied = s + seq.length;
        }
        s += seq.length;
    }
    out.append(reinterpret_cast<const char*>(copied), static_cast<std::size_t>(end - copied));
    return replaced;
}

char32_t nextCodePoint(std::string_view text, std::size_t& pos)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    const Sequence seq = sequenceAt(s, reinterpret_cast<const unsigned char*>(text.data()) + text.size());
    if (!seq.valid) {
        ++pos;
        return U'\uFFFD';
    }
    pos += seq.length;
    switch (seq.length) {
        case 1:
            return s[0];
        case 2:
            return char32_t(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        case 3:
            return char32_t(s[0] & 0x0F) << 12 | char32_t(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        default:
            return char32_t(s[0] & 0x07) << 18 | char32_t(s[1] & 0x3F) << 12 | char32_t(s[2] & 0x3F) << 6 |
                   (s[3] & 0x3F);
    }
}

void appendCodePoint(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace aitocracy::core
