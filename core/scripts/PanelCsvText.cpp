#include "scripts/PanelCsvText.h"

#include "scripts/ScriptSpec.h"

#include <cmath>
#include <cstdio>

namespace aitocracy::core::scripts {
namespace {

// RFC 4180: quoted only when the text needs it.
std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string number(double v)
{
    if (std::isnan(v)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string cell(const est::PanelData& panel, const est::PanelColumn& column, std::size_t row)
{
    if (column.name == panel.unitName) return csvField(panel.unitLevels[static_cast<std::size_t>(panel.unit[row])]);
    if (column.name == panel.timeName) return std::to_string(panel.time[row]);
    if (column.isNumeric()) return number(column.values[row]);
    const auto code = column.codes[row];
    return code < 0 ? std::string{} : csvField(column.levels[static_cast<std::size_t>(code)]);
}

}  // namespace

std::string panelCsvText(const est::PanelData& panel, const std::vector<std::uint8_t>& rowMask)
{
    const bool masked = !rowMask.empty();
    std::string out;
    for (std::size_t c = 0; c < panel.columns.size(); ++c) out += (c ? "," : "") + csvField(panel.columns[c].name);
    if (masked) out += std::string(",") + kSampleColumn;
    out += '\n';
    for (std::size_t r = 0; r < panel.rows(); ++r) {
        for (std::size_t c = 0; c < panel.columns.size(); ++c) {
            if (c) out += ',';
            out += cell(panel, panel.columns[c], r);
        }
        if (masked) out += rowMask[r] ? ",1" : ",0";
        out += '\n';
    }
    return out;
}

}  // namespace aitocracy::core::scripts
