#pragma once
// Tokens of the fixest formula subset (see Formula.h), each with its 1-based column
// counted in characters (UTF-8 code points), not bytes, so that error messages point at
// the right place in a formula containing Chinese variable names.
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core::est {

struct FormulaToken {
    enum class Kind {
        Ident,   // x, ai_stock, .x, `a name`, 收入 (non-ASCII letters are allowed, as in R)
        Number,  // 12, 1.5, .5 (unsigned; a minus sign is its own token)
        String,  // "Anhui" or 'Anhui' (text without the quotes)
        Tilde,
        Pipe,
        Plus,
        Minus,
        Colon,
        Caret,
        LParen,
        RParen,
        Comma,
        Equals,
        Other,  // any other character: always a syntax error, reported by the parser
        End,
    };
    Kind kind = Kind::End;
    std::string text;  // as written (identifiers without backticks, strings without quotes)
    int column = 0;    // 1-based character position of the token's first character
    std::string hint;  // Other: a note for the message, e.g. for full-width punctuation
};

// Splits `text` into tokens; the last one is End (its column is one past the last
// character). Fails (code "formula") only on an unterminated quote or backtick.
Result<std::vector<FormulaToken>> tokenizeFormula(std::string_view text);

// The code points of UTF-8 `s` (an invalid byte counts as one character).
std::u32string decodeUtf8(std::string_view s);

}  // namespace aitocracy::core::est
