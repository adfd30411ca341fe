#pragma once
// What the choropleth shows: one panel column over a range of periods (summed or
// averaged per unit), classified by one scheme and coloured by one palette.
#include <cstddef>
#include <string>
#include <vector>

#include "carto/ClassBreaks.h"

namespace aitocracy::gui {

enum class PeriodAggregation { Sum, Mean };

struct ChoroplethSpec {
    std::string column;
    std::size_t firstPeriod = 0, lastPeriod = 0;  // inclusive; equal for one period
    PeriodAggregation aggregation = PeriodAggregation::Sum;
    core::ClassScheme scheme = core::ClassScheme::Quantile;
    int classes = 5;
    std::string palette = "YlOrRd";
    std::vector<double> customBreaks;  // inner breaks, for ClassScheme::Custom

    bool operator==(const ChoroplethSpec&) const = default;
};

}  // namespace aitocracy::gui
