#pragma once
// The panel as the replication scripts read it: one header row, the unit as its id text,
// the time as the estimator's integer (periods like 2016Q3 mapped to consecutive
// integers, so that fixest's panel.id and Stata's xtset lag by the same step), numbers
// with 17 significant digits, and an empty cell for missing (what both R and Stata read
// as missing; Stata would read "NA" as text). With a row mask (EstimationOptions::rowMask),
// a last column `in_sample` holds its 0/1 flags.
#include <cstdint>
#include <string>
#include <vector>

#include "estimation/PanelData.h"

namespace aitocracy::core::scripts {

std::string panelCsvText(const est::PanelData& panel, const std::vector<std::uint8_t>& rowMask = {});

}  // namespace aitocracy::core::scripts
