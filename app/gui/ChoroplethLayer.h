#pragma once
// The numbers behind a choropleth: per-unit values of one panel column over a period
// range, their class breaks, the class colours, and each map unit's fill. Plain
// computation (no widgets), redone on every period step: for a few hundred units it
// takes well under a millisecond, so nothing is cached but the unit matching.
#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <expected>
#include <memory>
#include <optional>
#include <vector>

#include "ChoroplethSpec.h"
#include "carto/ClassBreaks.h"
#include "panel/Panel.h"

namespace aitocracy::gui {

class MapGeometry;

class ChoroplethLayer {
    Q_DECLARE_TR_FUNCTIONS(ChoroplethLayer)
public:
    struct Classified {
        std::vector<double> values;  // per panel unit; NaN when missing in every period of the range
        core::ClassBreaks breaks;
        std::vector<QColor> classColours;
    };

    // Sum or mean over firstPeriod..lastPeriod of the non-missing values of each unit.
    [[nodiscard]] static std::vector<double> unitValues(const core::Panel& panel, const core::PanelColumn& column,
                                                        std::size_t firstPeriod, std::size_t lastPeriod,
                                                        PeriodAggregation aggregation);

    // Values, breaks and colours; a message for people when it cannot be done (no such
    // column, no values in the range, a palette without that many classes, bad breaks).
    [[nodiscard]] static std::expected<Classified, QString> classify(const core::Panel& panel,
                                                                     const ChoroplethSpec& spec);

    // For each panel unit, its index in `geometry` (nullopt when the map lacks it).
    [[nodiscard]] static std::vector<std::optional<std::size_t>> matchUnits(const core::Panel& panel,
                                                                            const MapGeometry& geometry);

    // Fill per map unit (geometry order): its class colour, or an invalid colour for no
    // data (also for map units the panel lacks).
    [[nodiscard]] static std::vector<QColor> unitFills(const Classified& classified,
                                                       const std::vector<std::optional<std::size_t>>& match,
                                                       std::size_t mapUnitCount);
};

}  // namespace aitocracy::gui
