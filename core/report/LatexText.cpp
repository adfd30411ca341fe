#include "report/LatexText.h"

#include <cmath>
#include <cstdio>

namespace aitocracy::core::report {

std::string latexEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\':
                out += "\\textbackslash{}";
                break;
            case '^':
                out += "\\textasciicircum{}";
                break;
            case '~':
                out += "\\textasciitilde{}";
                break;
            // In the default OT1 font encoding these three print as other glyphs (¡ ¿ —).
            case '<':
                out += "\\textless{}";
                break;
            case '>':
                out += "\\textgreater{}";
                break;
            case '|':
                out += "\\textbar{}";
                break;
            case '{':
            case '}':
            case '_':
            case '&':
            case '%':
            case '$':
            case '#':
                out += '\\';
                out += c;
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string latexNumber(double value, int digits)
{
    if (!std::isfinite(value)) return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, std::abs(value));
    const std::string magnitude = buf;
    const bool zero = magnitude.find_first_not_of("0.") == std::string::npos;
    return value < 0 && !zero ? "$-$" + magnitude : magnitude;
}

}  // namespace aitocracy::core::report
