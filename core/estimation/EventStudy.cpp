#include "estimation/EventStudy.h"

#include "estimation/StudentT.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace aitocracy::core::est {
namespace {

std::string levelText(double v)
{
    char buf[40];
    if (v == std::floor(v) && std::abs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

}  // namespace

PanelColumn makeColumn(const std::string& name, std::vector<double> values)
{
    PanelColumn c;
    c.name = name;
    c.codes.assign(values.size(), -1);
    std::unordered_map<std::string, std::int32_t> index;
    for (std::size_t r = 0; r < values.size(); ++r) {
        if (std::isnan(values[r])) continue;
        const std::string text = levelText(values[r]);
        const auto [it, fresh] = index.try_emplace(text, static_cast<std::int32_t>(c.levels.size()));
        if (fresh) c.levels.push_back(text);
        c.codes[r] = it->second;
    }
    c.values = std::move(values);
    return c;
}

void setColumn(PanelData& panel, PanelColumn column)
{
    for (auto& existing : panel.columns)
        if (existing.name == column.name) {
            existing = std::move(column);
            return;
        }
    panel.columns.push_back(std::move(column));
}

Result<PanelColumn> binaryEventColumn(const PanelData& panel, const std::string& source, double threshold, const std::string& name)
{
    const PanelColumn* column = panel.column(source);
    if (!column) return fail("data", "no column '" + source + "'");
    if (!column->isNumeric()) return fail("data", "column '" + source + "' is not numeric");
    std::vector<double> values(panel.rows(), kMissing);
    for (std::size_t r = 0; r < values.size(); ++r)
        if (!std::isnan(column->values[r])) values[r] = column->values[r] >= threshold ? 1.0 : 0.0;
    return makeColumn(name, std::move(values));
}

Result<PanelColumn> relativeTimeColumn(const PanelData& panel, const RelativeTimeOptions& options)
{
    const PanelColumn* event = panel.column(options.eventColumn);
    if (!event) return fail("data", "no column '" + options.eventColumn + "'");
    if (options.lowest > options.highest) return fail("usage", "the event window must run from its lowest to its highest period");
    constexpr auto none = std::numeric_limits<std::int64_t>::max();
    std::vector<std::int64_t> firstEvent(panel.unitLevels.size(), none);
    for (std::size_t r = 0; r < panel.rows(); ++r)
        if (event->values[r] == 1.0) {
            auto& first = firstEvent[static_cast<std::size_t>(panel.unit[r])];
            first = std::min(first, panel.time[r]);
        }
    const std::int64_t step = panel.timeStep > 0 ? panel.timeStep : 1;
    std::vector<double> values(panel.rows(), kMissing);
    for (std::size_t r = 0; r < panel.rows(); ++r) {
        const std::int64_t first = firstEvent[static_cast<std::size_t>(panel.unit[r])];
        if (first == none) {
            if (options.neverTreatedValue) values[r] = *options.neverTreatedValue;
            continue;
        }
        auto rel = static_cast<double>((panel.time[r] - first) / step);
        if (options.binEndpoints) {
            rel = std::clamp(rel, static_cast<double>(options.lowest), static_cast<double>(options.highest));
        } else if (rel < options.lowest || rel > options.highest) {
            continue;
        }
        values[r] = rel;
    }
    return makeColumn(options.name, std::move(values));
}

Result<LinearCombination> cumulativeEffect(const EstimationResult& result, const std::vector<std::string>& terms)
{
    Eigen::VectorXd a = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(result.coefficients.size()));
    for (const auto& term : terms) {
        bool found = false;
        for (std::size_t j = 0; j < result.coefficients.size(); ++j)
            if (result.coefficients[j].term == term) {
                a[static_cast<Eigen::Index>(j)] = 1;
                found = true;
            }
        if (!found) return fail("usage", "no coefficient named '" + term + "' in the result");
    }
    LinearCombination c;
    for (std::size_t j = 0; j < result.coefficients.size(); ++j) c.estimate += a[static_cast<Eigen::Index>(j)] * result.coefficients[j].estimate;
    c.stdError = std::sqrt(a.dot(result.vcovMatrix * a));
    c.t = c.estimate / c.stdError;
    c.p = studentTwoSidedP(c.t, result.tDf);
    const double crit = studentQuantile(0.975, result.tDf);
    c.ciLow = c.estimate - crit * c.stdError;
    c.ciHigh = c.estimate + crit * c.stdError;
    return c;
}

}  // namespace aitocracy::core::est
