#pragma once
// A prefecture × period panel held as columns: what the map colours, the timelines plot,
// the prefecture table lists and the estimator reads. Built from a project's stored rows
// by buildPanel (PanelBuilder.h); plain data, so views and tests can also make one.
#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace aitocracy::core {

enum class PeriodKind { Day, Week, Month, Quarter, Year };

struct PanelColumn {
    std::string name;         // "unrest", "contracts_ai_public_security", "log1p_unrest", …
    std::string description;  // one line for people: "placed unrest events (GDELT, CAMEO 14)"
    // Unit-major: values[u * periodCount + t]; NaN where the value is missing.
    std::vector<double> values;
};

struct Panel {
    PeriodKind period = PeriodKind::Quarter;
    std::vector<std::string> unitCodes;     // rows, in the project's unit order
    std::vector<std::string> periodLabels;  // "2016-03-05", "2016-W09", "2016-03", "2016Q1", "2016"
    std::vector<std::string> periodStarts;  // first ISO day of each period
    std::vector<PanelColumn> columns;

    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

    [[nodiscard]] std::size_t unitCount() const { return unitCodes.size(); }
    [[nodiscard]] std::size_t periodCount() const { return periodLabels.size(); }
    [[nodiscard]] const PanelColumn* column(std::string_view name) const
    {
        for (const auto& c : columns)
            if (c.name == name) return &c;
        return nullptr;
    }
    [[nodiscard]] double at(const PanelColumn& c, std::size_t unit, std::size_t periodIndex) const
    {
        return c.values[unit * periodCount() + periodIndex];
    }
};

}  // namespace aitocracy::core
