#pragma once
// A built panel as the estimator's input, without a file in between: one row per unit and
// period (unit-major), the unit column "unit", the time column "period" (the panel's
// labels; times as consecutive integers, so lags follow the calendar), then every panel
// column. The same data `estimate --data panel.csv --panel unit,period` reads from the
// panel's CSV (writePanelCsv), which the tests check.
#include "estimation/PanelData.h"
#include "panel/Panel.h"

namespace aitocracy::core {

est::PanelData toEstimationData(const Panel& panel);

}  // namespace aitocracy::core
