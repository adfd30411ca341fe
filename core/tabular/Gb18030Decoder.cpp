#include "tabular/Gb18030Decoder.h"

#include <cstring>

#include "common/TextEncodingConverter.h"
#include "tabular/Utf8.h"
#include "tabular/WordScan.h"

namespace aitocracy::core {
namespace {

constexpr unsigned kLeads = 126;                  // 0x81 .. 0xFE
constexpr unsigned kTwoByteRow = 192;             // trails 0x40 .. 0xFF (0x7F and 0xFF are never valid)
constexpr unsigned kBmpFourByte = 39420;          // 0x81308130 .. 0x8431A439
constexpr unsigned kSupplementaryStart = 189000;  // linear index of 0x90308130 = U+10000
constexpr unsigned kSupplementaryCount = 0x100000;
constexpr std::uint32_t kReplacement = 0xBDBFEF;  // U+FFFD packed like a table entry

// Bytes of a packed table entry (entries are 2 to 4 bytes: no GB18030 code is ASCII).
unsigned utf8Length(std::uint32_t packed)
{
    return 2 + (packed > 0xFFFF) + (packed > 0xFFFFFF);
}

std::uint32_t pack(std::string_view utf8)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < utf8.size() && i < 4; ++i)
        v |= std::uint32_t(static_cast<unsigned char>(utf8[i])) << (8 * i);
    return v;
}

std::uint32_t askIconv(TextEncodingConverter& iconv, std::string_view code, std::string& scratch)
{
    scratch.clear();
    if (!iconv.append(code, scratch)) return 0;
    return pack(scratch);
}

char* putSupplementary(char* d, std::uint32_t cp)
{
    d[0] = static_cast<char>(0xF0 | (cp >> 18));
    d[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    d[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    d[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return d + 4;
}

char32_t codePointOf(std::uint32_t packed)
{
    if (packed == 0) return 0;
    char utf8[4];
    for (int i = 0; i < 4; ++i) utf8[i] = static_cast<char>(packed >> (8 * i));
    std::size_t pos = 0;
    return nextCodePoint({utf8, utf8Length(packed)}, pos);
}

}  // namespace

Gb18030Decoder::Gb18030Decoder() : twoByte_(kLeads * kTwoByteRow, 0), fourByte_(kBmpFourByte, 0)
{
    auto iconv = TextEncodingConverter::open("GB18030", "UTF-8");
    if (!iconv) return;  // no GB18030 in this glibc: every multibyte code decodes as invalid
    std::string scratch;
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail == 0x7F) continue;
            const char code[2] = {static_cast<char>(lead), static_cast<char>(trail)};
            twoByte_[(lead - 0x81) * kTwoByteRow + (trail - 0x40)] = askIconv(*iconv, {code, 2}, scratch);
        }
    }
    for (unsigned i = 0; i < kBmpFourByte; ++i) {
        const char code[4] = {static_cast<char>(0x81 + i / 12600), static_cast<char>(0x30 + i / 1260 % 10),
                              static_cast<char>(0x81 + i / 10 % 126), static_cast<char>(0x30 + i % 10)};
        fourByte_[i] = askIconv(*iconv, {code, 4}, scratch);
    }
}

const Gb18030Decoder& Gb18030Decoder::instance()
{
    static const Gb18030Decoder decoder;
    return decoder;
}

char32_t Gb18030Decoder::twoByteCodePoint(unsigned char lead, unsigned char trail) const
{
    if (lead < 0x81 || lead > 0xFE || trail < 0x40) return 0;
    return codePointOf(twoByte_[(lead - 0x81u) * kTwoByteRow + (trail - 0x40u)]);
}

Gb18030Decoder::Outcome Gb18030Decoder::decode(std::string_view bytes, std::string& out) const
{
    return decode(bytes, out, nullptr);
}

Gb18030Decoder::Outcome Gb18030Decoder::decode(std::string_view bytes, std::string& out,
                                               std::vector<std::size_t>* replacementOffsets) const
{
    Outcome outcome;
    const std::size_t start = out.size();
    // Worst case 3 output bytes per input byte (a lone invalid byte becomes U+FFFD), plus
    // slack for the 4-byte stores below.
    out.resize_and_overwrite(start + bytes.size() * 3 + 4, [&](char* buf, std::size_t) {
        const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
        const auto* const begin = s;
        const auto* const end = s + bytes.size();
        char* d = buf + start;
        while (s < end) {
            const unsigned c = *s;
            if (c < 0x80) {
                // ASCII (digits, commas, Latin names) up to the next non-ASCII byte, eight at a time.
                if (end - s >= 8) {
                    const std::uint64_t high = wordscan::load(s) & wordscan::kHighBits;
                    const unsigned n = high ? wordscan::firstMarked(high) : 8;
                    std::memcpy(d, s, 8);
                    s += n;
                    d += n;
                    continue;
                }
                *d++ = static_cast<char>(c);
                ++s;
                continue;
            }
            std::size_t consumed = 1;  // what an invalid sequence swallows
            if (c - 0x81 < kLeads && end - s >= 2) {
                const unsigned t = s[1];
                if (t >= 0x40) {
                    const std::uint32_t v = twoByte_[(c - 0x81) * kTwoByteRow + (t - 0x40)];
                    if (v != 0) {
                        std::memcpy(d, &v, 4);
                        d += utf8Length(v);
                        s += 2;
                        continue;
                    }
                    if (t != 0x7F && t != 0xFF) consumed = 2;
                } else if (t - 0x30 < 10 && end - s >= 4 && s[2] - 0x81u < kLeads && s[3] - 0x30u < 10) {
                    const unsigned i = (((c - 0x81) * 10 + (t - 0x30)) * kLeads + (s[2] - 0x81)) * 10 + (s[3] - 0x30);
                    if (i < kBmpFourByte && fourByte_[i] != 0) {
                        const std::uint32_t v = fourByte_[i];
                        std::memcpy(d, &v, 4);
                        d += utf8Length(v);
                        s += 4;
                        continue;
                    }
                    if (i >= kSupplementaryStart && i - kSupplementaryStart < kSupplementaryCount) {
                        d = putSupplementary(d, 0x10000 + (i - kSupplementaryStart));
                        s += 4;
                        continue;
                    }
                    consumed = 4;
                }
            }
            if (outcome.invalid++ == 0) outcome.firstInvalidOffset = static_cast<std::size_t>(s - begin);
            if (replacementOffsets) replacementOffsets->push_back(static_cast<std::size_t>(d - buf));
            std::memcpy(d, &kReplacement, 4);
            d += 3;
            s += consumed;
        }
        return static_cast<std::size_t>(d - buf);
    });
    return outcome;
}

}  // namespace aitocracy::core
