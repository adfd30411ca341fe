#pragma once
// Cell values of Chinese procurement tables: dates written half a dozen ways and amounts
// in yuan, 万元 or 亿元, with currency signs, thousands separators and full-width digits.
#include <optional>
#include <string>
#include <string_view>

namespace aitocracy::core {

// ISO "YYYY-MM-DD" from "2016-03-05", "2016/3/5", "2016/03/05", "20160305", "2016年3月5日",
// "2016.3.5", optionally followed by a time (" 10:00", " 10:00:00", "T10:00:00"); surrounding
// spaces ignored. nullopt when the form is unknown or the date is not a calendar date
// (2016-02-30, month 13).
std::optional<std::string> parseDate(std::string_view text);

// The multiplier a column header's unit implies: "(万元)", "（万元）", "万元" -> 10000;
// "(元)", "（元）" -> 1; "(亿元)" -> 1e8; also 千元, 百万元, 千万元 and bracketed "(万)", "(亿)";
// none -> 1.
double amountMultiplierFromHeader(std::string_view header);

struct AmountParse {
    std::optional<double> yuan;  // nullopt with ok: the cell is empty (a missing amount)
    bool ok = true;
    std::string error;  // when !ok: what was wrong and what was expected
};

// Yuan from a cell: strips spaces, "¥", "￥", "RMB", thousands separators ("," and the
// full-width "，", which must then group the integer part by threes), accepts full-width
// digits and an exponent ("1.2E+07", as Excel writes), and a trailing unit ("元", "万元",
// "万", "亿元", "亿", "千元", "百万元") that overrides `headerMultiplier`. The result is
// rounded to cents after multiplying, so "12.3456" 万元 is exactly 123456. Empty -> nullopt
// with ok; anything else non-numeric, or a negative amount, is an error.
AmountParse parseAmountYuan(std::string_view cell, double headerMultiplier);

}  // namespace aitocracy::core
