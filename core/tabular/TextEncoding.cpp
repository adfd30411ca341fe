#include "tabular/TextEncoding.h"

#include <algorithm>
#include <cctype>

#include "tabular/Gb18030Decoder.h"
#include "tabular/Utf8.h"

namespace aitocracy::core {
namespace {

struct Gb18030Scan {
    std::size_t multibyte = 0;       // well-formed two- and four-byte sequences
    std::size_t completeLength = 0;  // bytes before a sequence cut by the end
};

// Walks the GB18030 byte structure (not the mapping) to find where a sample cut
// mid-character stops being complete.
Gb18030Scan scanGb18030Structure(std::string_view bytes)
{
    Gb18030Scan scan;
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    const auto lead = [](unsigned b) { return b >= 0x81 && b <= 0xFE; };
    const auto digit = [](unsigned b) { return b >= 0x30 && b <= 0x39; };
    std::size_t i = 0;
    while (i < n) {
        if (!lead(s[i])) {
            ++i;
            continue;
        }
        if (i + 1 == n) break;
        if (digit(s[i + 1])) {
            if (i + 2 == n || (lead(s[i + 2]) && i + 3 == n)) break;
            if (lead(s[i + 2]) && digit(s[i + 3])) {
                ++scan.multibyte;
                i += 4;
                continue;
            }
            ++i;
            continue;
        }
        if (s[i + 1] >= 0x40 && s[i + 1] != 0x7F && s[i + 1] != 0xFF) {
            ++scan.multibyte;
            i += 2;
            continue;
        }
        ++i;
    }
    scan.completeLength = i;
    return scan;
}

std::string lower(std::string_view text)
{
    std::string s(text);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::string_view encodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? "UTF-8" : "GB18030";
}

std::optional<TextEncoding> encodingFromName(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "utf-8" || n == "utf8") return TextEncoding::Utf8;
    if (n == "gb18030" || n == "gbk" || n == "gb2312") return TextEncoding::Gb18030;
    return std::nullopt;
}

EncodingGuess detectEncoding(std::string_view sample)
{
    const Utf8Scan utf8 = scanUtf8(sample);
    if (utf8.invalid == 0) {
        if (utf8.multibyte == 0) return {TextEncoding::Utf8, 1.0, "ASCII only"};
        const double seen = std::min(1.0, static_cast<double>(utf8.multibyte) / 100.0);
        return {TextEncoding::Utf8, 0.99 + 0.01 * seen,
                "valid UTF-8 with " + std::to_string(utf8.multibyte) + " multibyte characters"};
    }
    const Gb18030Scan structure = scanGb18030Structure(sample);
    std::string decoded;
    const auto gb = Gb18030Decoder::instance().decode(sample.substr(0, structure.completeLength), decoded);
    const std::string notUtf8 = "not valid UTF-8 (" + std::to_string(utf8.invalid) +
                                " invalid sequences, the first at byte " + std::to_string(utf8.firstInvalidOffset) +
                                ")";
    if (gb.invalid == 0) {
        const double seen = std::min(1.0, static_cast<double>(structure.multibyte) / 100.0);
        return {TextEncoding::Gb18030, 0.9 + 0.09 * seen,
                notUtf8 + " but valid GB18030 with " + std::to_string(structure.multibyte) + " multibyte characters"};
    }
    const std::string both = "invalid in both encodings: " + notUtf8 + ", " + std::to_string(gb.invalid) +
                             " invalid GB18030 sequences (the first at byte " + std::to_string(gb.firstInvalidOffset) +
                             "); chose ";
    const double fewer = static_cast<double>(std::min(utf8.invalid, gb.invalid));
    const double more = static_cast<double>(std::max(utf8.invalid, gb.invalid));
    const double confidence = std::max(0.05, 0.5 * (1.0 - fewer / more));
    if (gb.invalid < utf8.invalid) return {TextEncoding::Gb18030, confidence, both + "GB18030, which has fewer"};
    return {TextEncoding::Utf8, confidence, both + "UTF-8, which has no more"};
}

}  // namespace aitocracy::core
