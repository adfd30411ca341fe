#pragma once
// A built panel as the estimator's input, without a file in between: one row per unit and
// period (unit-major), the unit column "unit", the time column "period" (the panel's
// labels; times as consecutive integers, so lags follow the calendar), then every panel
// column. The same data `estimate --data panel.csv --panel unit,period` reads from the
// panel's CSV (writePanelCsv), which the tests check.
#include <cstdint>
#include <string>
#include <vector>

#include "estimation/PanelData.h"
#include "panel/Panel.h"

namespace aitocracy::core {

est::PanelData toEstimationData(const Panel& panel);

// The conversion's pieces, shared with the firm panel (FirmPanel.h):
// Factor codes of a numeric column (so any column can also serve as a fixed effect or a
// cluster, as with a CSV file): levels are the values' shortest text, in order of first
// appearance; a missing value has code -1.
void addFactorView(est::PanelColumn& column);
// A column of labels: codes index `levels`. As in a CSV file, labels that are all
// numbers ("340100", "2016") are numeric too; others ("2016Q1") are not.
est::PanelColumn labelColumn(std::string name, const std::vector<std::string>& levels, std::vector<std::int32_t> codes);

}  // namespace aitocracy::core
