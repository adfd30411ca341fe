#pragma once
// Colours the map by a panel variable: takes the panel and the spec from the controls,
// classifies (ChoroplethLayer), hands the per-unit colours to the MapView (which only
// refills its cached outlines) and fills the legend. Every period step goes through
// here, so it stays cheap: no SQL, no projection, one pass over the units.
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>
#include <vector>

#include "ChoroplethLayer.h"
#include "ChoroplethSpec.h"
#include "MapLegend.h"
#include "panel/Panel.h"

namespace aitocracy::gui {

class MapLegend;
class MapView;

class ChoroplethController : public QObject {
    Q_OBJECT
public:
    ChoroplethController(MapView* map, MapLegend* legend, QObject* parent = nullptr);

    [[nodiscard]] const core::Panel* panel() const { return panel_.get(); }
    [[nodiscard]] const std::optional<ChoroplethLayer::Classified>& classified() const { return classified_; }
    // Legend title for the current spec, e.g. "unrest — 2016Q1" or "unrest, sum 2016Q1 – 2016Q4".
    [[nodiscard]] QString title() const;
    [[nodiscard]] static QString titleFor(const core::Panel& panel, const ChoroplethSpec& spec);
    // Legend rows: one per class with its range and count, then "No data" counting the
    // map units `fills` leaves uncoloured.
    [[nodiscard]] static std::vector<LegendEntry> legendFor(const ChoroplethLayer::Classified& classified, const std::vector<QColor>& fills);
    // Text for a legend row: the class's value range.
    [[nodiscard]] static QString rangeLabel(double lower, double upper);

public Q_SLOTS:
    void setPanel(std::shared_ptr<const core::Panel> panel);
    void setSpec(const aitocracy::gui::ChoroplethSpec& spec);
    // Recolours for the current panel and spec.
    void refresh();
    // The map's units changed: match the panel to them again, and recolour.
    void unitsChanged();

Q_SIGNALS:
    // Why the map could not be coloured (empty when it was).
    void problemChanged(const QString& message);

private:
    void clearColours();

    QPointer<MapView> map_;
    QPointer<MapLegend> legend_;
    std::shared_ptr<const core::Panel> panel_;
    std::optional<ChoroplethSpec> spec_;
    std::optional<ChoroplethLayer::Classified> classified_;
    std::vector<std::optional<std::size_t>> match_;  // panel unit → map unit
    bool matched_ = false;
};

}  // namespace aitocracy::gui
