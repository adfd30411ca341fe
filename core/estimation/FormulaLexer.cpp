#include "estimation/FormulaLexer.h"

#include <cstddef>
#include <cstdint>

namespace aitocracy::core::est {
namespace {

using Kind = FormulaToken::Kind;

// One decoded character and where its bytes are.
struct Char {
    char32_t cp;
    std::size_t begin;
    std::size_t end;
};

std::vector<Char> decode(std::string_view s)
{
    std::vector<Char> out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        char32_t cp = b;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1Fu;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0Fu;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07u;
        }
        bool valid = len == 1 || i + len <= s.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0u) != 0x80u) valid = false;
            cp = (cp << 6) | (c & 0x3Fu);
        }
        if (!valid) {  // a stray byte: one character of its own
            len = 1;
            cp = b;
        }
        out.push_back({cp, i, i + len});
        i += len;
    }
    return out;
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 ||
           c == 0x3000;  // no-break space, ideographic space
}
bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}
bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Full-width punctuation typed with a Chinese input method, and its ASCII spelling.
const char* fullWidthAscii(char32_t c)
{
    switch (c) {
        case 0xFF08:
            return "(";
        case 0xFF09:
            return ")";
        case 0xFF0C:
            return ",";
        case 0xFF5E:
            return "~";
        case 0xFF0B:
            return "+";
        case 0xFF5C:
            return "|";
        case 0xFF1A:
            return ":";
        case 0xFF1D:
            return "=";
        case 0xFF3E:
            return "^";
        case 0xFF0D:
            return "-";
        case 0x201C:
        case 0x201D:
            return "\"";
        case 0x2018:
        case 0x2019:
            return "'";
        default:
            return nullptr;
    }
}

// Identifier characters: R's [A-Za-z0-9._] plus any non-ASCII character that is not
// full-width punctuation or a space (R accepts letters of the locale in names).
bool isIdentChar(char32_t c)
{
    if (isAsciiLetter(c) || isDigit(c) || c == U'_' || c == U'.') return true;
    return c >= 0x80 && !isSpace(c) && fullWidthAscii(c) == nullptr;
}

// The one-character tokens of the formula language.
FormulaToken::Kind punctuationKind(char32_t c)
{
    static constexpr std::pair<char32_t, Kind> kTable[] = {
        {U'~', Kind::Tilde},  {U'|', Kind::Pipe},   {U'+', Kind::Plus},  {U'-', Kind::Minus},
        {U':', Kind::Colon},  {U'^', Kind::Caret},  {U'(', Kind::LParen}, {U')', Kind::RParen},
        {U',', Kind::Comma},  {U'=', Kind::Equals},
    };
    for (const auto& [ch, kind] : kTable)
        if (ch == c) return kind;
    return Kind::Other;
}

}  // namespace

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    for (const Char& c : decode(s)) out.push_back(c.cp);
    return out;
}

Result<std::vector<FormulaToken>> tokenizeFormula(std::string_view text)
{
    const std::vector<Char> chars = decode(text);
    const std::size_t n = chars.size();
    auto bytes = [&](std::size_t from, std::size_t to) {  // text of chars [from, to)
        if (from >= to) return std::string();
        return std::string(text.substr(chars[from].begin, chars[to - 1].end - chars[from].begin));
    };
    auto col = [](std::size_t i) { return static_cast<int>(i) + 1; };

    std::vector<FormulaToken> tokens;
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = chars[i].cp;
        if (isSpace(c)) {
            ++i;
            continue;
        }
        FormulaToken t;
        t.column = col(i);
        if (c == U'`' || c == U'"' || c == U'\'') {
            std::size_t j = i + 1;
            while (j < n && chars[j].cp != c) ++j;
            if (j == n) {
                const char* what = c == U'`' ? "backtick" : "quote";
                return fail("formula",
                            "unterminated " + std::string(what) + " starting at column " + std::to_string(col(i)),
                            "formula");
            }
            t.kind = c == U'`' ? Kind::Ident : Kind::String;
            t.text = bytes(i + 1, j);
            if (t.kind == Kind::Ident && t.text.empty())
                return fail("formula", "empty `` name at column " + std::to_string(col(i)), "formula");
            i = j + 1;
        } else if (isDigit(c) || (c == U'.' && i + 1 < n && isDigit(chars[i + 1].cp))) {
            std::size_t j = i;
            while (j < n && isDigit(chars[j].cp)) ++j;
            if (j < n && chars[j].cp == U'.') {
                ++j;
                while (j < n && isDigit(chars[j].cp)) ++j;
            }
            t.kind = Kind::Number;
            t.text = bytes(i, j);
            i = j;
        } else if (isIdentChar(c) && !isDigit(c)) {
            std::size_t j = i;
            while (j < n && isIdentChar(chars[j].cp)) ++j;
            t.kind = Kind::Ident;
            t.text = bytes(i, j);
            i = j;
        } else {
            t.kind = punctuationKind(c);
            if (t.kind == Kind::Other) {
                if (const char* ascii = fullWidthAscii(c))
                    t.hint = std::string("a full-width character: type the ASCII '") + ascii + "'";
                else if (c == U'*')
                    t.hint = "write a + b + a:b for an interaction with main effects";
            }
            t.text = bytes(i, i + 1);
            ++i;
        }
        tokens.push_back(std::move(t));
    }
    FormulaToken end;
    end.kind = Kind::End;
    end.column = col(n);
    tokens.push_back(std::move(end));
    return tokens;
}

}  // namespace aitocracy::core::est
