#include "regression/TemplateParts.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace aitocracy::core::reg::detail {

Result<std::vector<std::uint8_t>> sampleMask(const RegressionSpec& spec, const est::PanelData& panel)
{
    if (spec.firstPeriod.empty() && spec.lastPeriod.empty() && spec.excludedUnits.empty())
        return std::vector<std::uint8_t>{};
    // timeLabels[i] names the i-th smallest distinct time.
    std::vector<std::int64_t> times(panel.time.begin(), panel.time.end());
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    auto timeOf = [&](const std::string& label) -> Result<std::int64_t> {
        for (std::size_t i = 0; i < panel.timeLabels.size() && i < times.size(); ++i)
            if (panel.timeLabels[i] == label) return times[i];
        std::string span;
        if (!panel.timeLabels.empty())
            span = " (the panel runs from " + panel.timeLabels.front() + " to " + panel.timeLabels.back() + ")";
        return fail("usage", "unknown period '" + label + "'" + span);
    };
    std::int64_t first = std::numeric_limits<std::int64_t>::min(), last = std::numeric_limits<std::int64_t>::max();
    if (!spec.firstPeriod.empty()) {
        auto t = timeOf(spec.firstPeriod);
        if (!t) return std::unexpected(t.error());
        first = *t;
    }
    if (!spec.lastPeriod.empty()) {
        auto t = timeOf(spec.lastPeriod);
        if (!t) return std::unexpected(t.error());
        last = *t;
    }
    if (first > last)
        return fail("usage", "the first period " + spec.firstPeriod + " comes after the last, " + spec.lastPeriod);

    std::unordered_map<std::string, std::int32_t> unitIndex;
    for (std::size_t u = 0; u < panel.unitLevels.size(); ++u)
        unitIndex.emplace(panel.unitLevels[u], static_cast<std::int32_t>(u));
    std::vector<char> excluded(panel.unitLevels.size(), 0);
    for (const auto& code : spec.excludedUnits) {
        const auto it = unitIndex.find(code);
        if (it == unitIndex.end()) return fail("usage", "unknown unit '" + code + "' among the excluded units");
        excluded[static_cast<std::size_t>(it->second)] = 1;
    }
    std::vector<std::uint8_t> mask(panel.rows());
    for (std::size_t r = 0; r < mask.size(); ++r)
        mask[r] = !excluded[static_cast<std::size_t>(panel.unit[r])] && panel.time[r] >= first && panel.time[r] <= last;
    return mask;
}

Result<std::string> fixedEffectsPart(const RegressionSpec& spec, const est::PanelData& panel)
{
    std::vector<std::string> fes;
    if (spec.unitFe) fes.push_back(panel.unitName);
    if (spec.provincePeriodFe) {
        if (auto c = requireColumn(panel, "province", "province × period fixed effects"); !c)
            return std::unexpected(c.error());
        fes.push_back("province^" + panel.timeName);
    } else if (spec.periodFe) {
        fes.push_back(panel.timeName);
    }
    std::string out;
    for (std::size_t i = 0; i < fes.size(); ++i) out += (i ? " + " : " | ") + fes[i];
    return out;
}

Result<void> setVariance(const RegressionSpec& spec, const est::PanelData& panel, est::EstimationOptions& options)
{
    options.clusters.clear();
    options.vcov = est::VcovType::Cluster;
    switch (spec.cluster) {
        case ClusterChoice::Unit:
            options.clusters = {panel.unitName};
            break;
        case ClusterChoice::Province:
            if (auto c = requireColumn(panel, "province", "clustering by province"); !c)
                return std::unexpected(c.error());
            options.clusters = {"province"};
            break;
        case ClusterChoice::TwoWay:
            options.clusters = {panel.unitName, panel.timeName};
            break;
        case ClusterChoice::None:
            options.vcov = est::VcovType::Hetero;
            break;
    }
    return ok();
}

Result<std::string> controlsPart(const RegressionSpec& spec, const est::PanelData& panel)
{
    std::string out;
    for (const auto& name : spec.controls) {
        if (!panel.column(name)) return fail("data", "unknown control '" + name + "': the panel has no such column");
        out += " + " + name;
    }
    return out;
}

Result<const est::PanelColumn*> requireColumn(const est::PanelData& panel, const std::string& name,
                                              const std::string& neededFor)
{
    const est::PanelColumn* column = panel.column(name);
    if (!column) return fail("data", "the panel has no column '" + name + "' (needed for " + neededFor + ")");
    return column;
}

std::string periodWord(const est::PanelData& panel)
{
    if (panel.timeLabels.empty()) return "Periods";
    const std::string& label = panel.timeLabels.front();
    const bool digits = std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (label.find('Q') != std::string::npos) return "Quarters";
    if (label.find("-W") != std::string::npos) return "Weeks";
    if (label.size() == 10 && label[4] == '-' && label[7] == '-') return "Days";
    if (label.size() == 7 && label[4] == '-') return "Months";
    if (digits && label.size() == 4) return "Years";
    return "Periods";
}

Result<void> checkWindow(const RegressionSpec& spec)
{
    if (spec.leads < 0 || spec.lags < 0)
        return fail("usage", "leads and lags count periods and cannot be negative (leads " +
                                 std::to_string(spec.leads) + ", lags " + std::to_string(spec.lags) + ")");
    if (spec.referencePeriod < -spec.leads || spec.referencePeriod > spec.lags)
        return fail("usage", "the reference period " + std::to_string(spec.referencePeriod) +
                                 " lies outside the window [" + std::to_string(-spec.leads) + ", " +
                                 std::to_string(spec.lags) + "]");
    if (spec.leads + spec.lags < 1)
        return fail("usage", "the window needs two periods at least, one of them the reference: widen leads or lags");
    return ok();
}

}  // namespace aitocracy::core::reg::detail
