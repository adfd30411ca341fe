#pragma once
// The encodings researchers' Chinese text tables come in, and how to tell them apart:
// files exported from Chinese Excel or government portals are GB18030/GBK about as often
// as UTF-8, and a wrong guess turns every name into mojibake.
#include <optional>
#include <string>
#include <string_view>

namespace aitocracy::core {

enum class TextEncoding { Utf8, Gb18030 };

// "UTF-8", "GB18030"
std::string_view encodingName(TextEncoding encoding);
// utf-8 / utf8 -> Utf8; gb18030 / gbk / gb2312 -> Gb18030 (GB18030 decodes all three);
// case-insensitive; nullopt for anything else.
std::optional<TextEncoding> encodingFromName(std::string_view name);

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    double confidence = 1.0;  // 0 .. 1
    std::string reason;       // for people: why this encoding
};

// Decides from a sample (the first <= 1 MiB of a file, which may end mid-character: an
// incomplete trailing sequence is ignored). Pure ASCII -> UTF-8 ("ASCII only"); valid UTF-8
// with multibyte characters -> UTF-8, confidence 0.99 rising to 1 with their number; not
// UTF-8 but valid GB18030 -> GB18030, the reason naming the first invalid UTF-8 byte;
// invalid in both -> the one with fewer invalid sequences, with a low confidence.
EncodingGuess detectEncoding(std::string_view sample);

// True when UTF-8 text looks like mojibake, text decoded with the wrong encoding:
//  - U+FFFD, left where some decoder met bytes it could not read;
//  - UTF-8 read as Latin-1/Windows-1252: "Ã" or "Â" followed by U+0080..U+00BF, or "â€";
//  - UTF-8 read as GBK/GB18030 ("合同编号" -> "鍚堝悓缂栧彿", "，" -> "锛", "“" -> "鈥"):
//    each run of non-ASCII characters is encoded back to GB18030 two-byte codes, and the run
//    is mojibake when those bytes are mostly (>= 3/4) well-formed UTF-8 multibyte characters,
//    at least two of them Chinese (CJK ideographs or punctuation). Real Chinese text
//    re-encodes to GB codes whose trail bytes (0xA1..0xFE) seldom continue a UTF-8 sequence:
//    on random strings of 3 to 10 GB2312 characters this flags at most 2 in 100,000 (short
//    strings of rare characters are the risk), on real text fewer still.
bool looksLikeMojibake(std::string_view utf8);

}  // namespace aitocracy::core
