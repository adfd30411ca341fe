#include "panel/PanelEstimationData.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "panel/Periods.h"

namespace aitocracy::core {

void addFactorView(est::PanelColumn& column)
{
    std::unordered_map<std::uint64_t, std::int32_t> index;
    column.codes.reserve(column.values.size());
    for (const double v : column.values) {
        if (std::isnan(v)) {
            column.codes.push_back(-1);
            continue;
        }
        const auto [it, added] =
            index.try_emplace(std::bit_cast<std::uint64_t>(v), static_cast<std::int32_t>(column.levels.size()));
        if (added) {
            char buf[32];
            const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
            column.levels.emplace_back(buf, end);
        }
        column.codes.push_back(it->second);
    }
}

est::PanelColumn labelColumn(std::string name, const std::vector<std::string>& levels, std::vector<std::int32_t> codes)
{
    est::PanelColumn c;
    c.name = std::move(name);
    c.levels = levels;
    c.codes = std::move(codes);
    std::vector<double> numbers(levels.size(), est::kMissing);
    for (std::size_t i = 0; i < levels.size() && !c.firstNonNumeric; ++i) {
        const std::string& text = levels[i];
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), numbers[i]);
        if (ec != std::errc() || end != text.data() + text.size())
            c.firstNonNumeric = est::PanelColumn::BadCell{2, text};
    }
    c.values.reserve(c.codes.size());
    for (const std::int32_t code : c.codes)
        c.values.push_back(c.firstNonNumeric ? est::kMissing : numbers[static_cast<std::size_t>(code)]);
    return c;
}

est::PanelData toEstimationData(const Panel& panel)
{
    const std::size_t units = panel.unitCount(), periods = panel.periodCount(), rows = units * periods;
    est::PanelData data;
    data.unitName = "unit";
    data.timeName = "period";
    data.unitLevels = panel.unitCodes;
    data.timeLabels = panel.periodLabels;
    std::vector<std::int64_t> periodTime(periods);
    for (std::size_t t = 0; t < periods; ++t)
        periodTime[t] = periodIndexOfDate(panel.period, panel.periodStarts[t]).value_or(static_cast<std::int64_t>(t));
    std::vector<std::int32_t> unitCodes(rows), periodCodes(rows);
    data.unit.resize(rows);
    data.time.resize(rows);
    data.sourceLine.resize(rows);
    for (std::size_t u = 0; u < units; ++u)
        for (std::size_t t = 0; t < periods; ++t) {
            const std::size_t r = u * periods + t;
            data.unit[r] = unitCodes[r] = static_cast<std::int32_t>(u);
            periodCodes[r] = static_cast<std::int32_t>(t);
            data.time[r] = periodTime[t];
            data.sourceLine[r] = r + 2;  // the row's line in the panel's CSV
        }
    data.timeStep = 1;
    data.columns.push_back(labelColumn("unit", panel.unitCodes, std::move(unitCodes)));
    data.columns.push_back(labelColumn("period", panel.periodLabels, std::move(periodCodes)));
    for (const PanelColumn& c : panel.columns) {
        est::PanelColumn column;
        column.name = c.name;
        column.values = c.values;
        addFactorView(column);
        data.columns.push_back(std::move(column));
    }
    return data;
}

}  // namespace aitocracy::core
