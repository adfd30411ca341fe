#pragma once
// Text and numbers for LaTeX tables. Non-ASCII text (Chinese names) passes through
// unchanged: it typesets with XeLaTeX and \usepackage{xeCJK} (or the ctex classes), not
// with pdflatex alone.
#include <string>
#include <string_view>

namespace aitocracy::core::report {

// `text` as LaTeX text mode: \ { } _ ^ ~ & % $ # < > | become commands that print the
// character itself (so "prov^t" prints a caret, not a superscript); everything else,
// parentheses, commas, colons and spaces included, stays as it is.
std::string latexEscape(std::string_view text);

// `value` with `digits` decimals, negative numbers with a math minus ("$-$0.250"); a value
// that rounds to zero prints without a sign; empty for NaN and infinities.
std::string latexNumber(double value, int digits);

}  // namespace aitocracy::core::report
