// looksLikeMojibake (declared in TextEncoding.h): the heuristic is described there.
#include <cstdint>
#include <vector>

#include "tabular/Gb18030Decoder.h"
#include "tabular/TextEncoding.h"
#include "tabular/Utf8.h"

namespace aitocracy::core {
namespace {

// BMP code point -> its GB18030 two-byte code (0 when it has none), the inverse of the
// decoder's table: GBK misreadings only ever produce two-byte characters.
const std::vector<std::uint16_t>& twoByteCodes()
{
    static const std::vector<std::uint16_t> codes = [] {
        std::vector<std::uint16_t> c(0x10000, 0);
        const Gb18030Decoder& decoder = Gb18030Decoder::instance();
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
            for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
                const char32_t cp =
                    decoder.twoByteCodePoint(static_cast<unsigned char>(lead), static_cast<unsigned char>(trail));
                if (cp != 0 && cp < 0x10000 && c[cp] == 0) c[cp] = static_cast<std::uint16_t>(lead << 8 | trail);
            }
        }
        return c;
    }();
    return codes;
}

// What the UTF-8 of Chinese text is made of: CJK ideographs and the punctuation around them
// (and U+FFFD: "锟斤拷" is U+FFFD U+FFFD read as GBK).
bool isChineseTextCharacter(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFFD) ||
           (cp >= 0x2000 && cp <= 0x206F);
}

// Whether `bytes` hold at least two places that could start a three-byte UTF-8 sequence
// of Chinese text (E2..EF, then two continuation bytes). readsAsUtf8 asks for two such
// characters, so without them it is false: a cheap first test, as real Chinese text
// re-encoded to GB bytes seldom has one place.
bool hasTwoChineseTriples(std::string_view bytes)
{
    int found = 0;
    for (std::size_t i = 0; i + 2 < bytes.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]),
                   b2 = static_cast<unsigned char>(bytes[i + 2]);
        if (b0 >= 0xE2 && b0 <= 0xEF && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && ++found == 2) return true;
    }
    return false;
}

// Whether GB bytes re-encoded from a run of characters are mostly UTF-8 multibyte text,
// i.e. the run is what a GBK reader made of UTF-8.
bool readsAsUtf8(std::string_view gbBytes)
{
    if (!hasTwoChineseTriples(gbBytes)) return false;
    const std::string_view body = gbBytes.substr(0, scanUtf8(gbBytes).completeLength);
    std::size_t pos = 0, chineseCharacters = 0, multibyteBytes = 0;
    while (pos < body.size()) {
        const std::size_t before = pos;
        const char32_t cp = nextCodePoint(body, pos);
        const std::size_t length = pos - before;
        if (cp == U'\uFFFD' && length == 1) continue;
        if (length >= 2) multibyteBytes += length;
        if (length >= 3 && isChineseTextCharacter(cp)) ++chineseCharacters;
    }
    return chineseCharacters >= 2 && multibyteBytes * 4 >= body.size() * 3;
}

}  // namespace

bool looksLikeMojibake(std::string_view utf8)
{
    if (utf8.find("\xEF\xBF\xBD") != std::string_view::npos) return true;
    const std::vector<std::uint16_t>& codes = twoByteCodes();
    // GB bytes of the current run of characters that have two-byte codes; kept from call to
    // call, as importers ask about cells of every row.
    thread_local std::string run;
    run.clear();
    char32_t prev = 0;
    std::size_t pos = 0;
    const auto* const s = reinterpret_cast<const unsigned char*>(utf8.data());
    while (pos < utf8.size()) {
        char32_t cp = s[pos];
        // ASCII and well-formed three-byte sequences (most of Chinese text) read here,
        // the rest by nextCodePoint.
        if (cp < 0x80) {
            ++pos;
        } else if ((cp & 0xF0) == 0xE0 && pos + 2 < utf8.size() && (s[pos + 1] & 0xC0) == 0x80 &&
                   (s[pos + 2] & 0xC0) == 0x80 && (cp != 0xE0 || s[pos + 1] >= 0xA0) &&
                   (cp != 0xED || s[pos + 1] < 0xA0)) {
            cp = (cp & 0x0F) << 12 | char32_t(s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F);
            pos += 3;
        } else {
            cp = nextCodePoint(utf8, pos);
        }
        if ((prev == U'Ã' || prev == U'Â') && cp >= 0x80 && cp <= 0xBF) return true;
        if (prev == U'â' && cp == U'€') return true;
        const std::uint16_t code = cp < 0x10000 ? codes[cp] : 0;
        if (code != 0) {
            run.push_back(static_cast<char>(code >> 8));
            run.push_back(static_cast<char>(code & 0xFF));
        } else if (!run.empty()) {
            if (readsAsUtf8(run)) return true;
            run.clear();
        }
        prev = cp;
    }
    return readsAsUtf8(run);
}

}  // namespace aitocracy::core
