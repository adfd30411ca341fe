#include "panel/PanelCsv.h"

#include <cmath>
#include <filesystem>
#include <fstream>

#include "sim/RawCsv.h"

namespace aitocracy::core {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

Result<void> writeRows(const Panel& panel, std::ofstream& out)
{
    std::string text = "unit,period";
    for (const auto& c : panel.columns) {
        text += ',';
        sim::appendCsvField(text, c.name);
    }
    text += '\n';
    for (std::size_t u = 0; u < panel.unitCount(); ++u)
        for (std::size_t t = 0; t < panel.periodCount(); ++t) {
            sim::appendCsvField(text, panel.unitCodes[u]);
            text += ',';
            text += panel.periodLabels[t];
            for (const auto& c : panel.columns) {
                text += ',';
                if (const double v = panel.at(c, u, t); std::isfinite(v)) sim::appendExactNumber(text, v);
            }
            text += '\n';
            if (text.size() >= kFlushBytes) {
                out << text;
                text.clear();
            }
        }
    out << text;
    out.close();
    if (!out) return fail("io", "write error");
    return ok();
}

}  // namespace

Result<std::size_t> writePanelCsv(const Panel& panel, const std::string& path)
{
    const std::string tmp = path + ".tmp";
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return fail("io", "cannot write the file", tmp);
    auto written = writeRows(panel, out);
    std::error_code ec;
    if (written) std::filesystem::rename(tmp, path, ec);
    if (!written || ec) {
        std::filesystem::remove(tmp, ec);
        if (!written) return fail("io", written.error().message, tmp);
        return fail("io", "cannot move the finished file into place", path);
    }
    return panel.unitCount() * panel.periodCount();
}

}  // namespace aitocracy::core
