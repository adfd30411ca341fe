#pragma once
// Pieces the analysis templates share (internal to prepareSpec): the sample mask, the
// fixed effects, clusters and controls as formula text, and one function per template.
#include <cstdint>
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/PanelData.h"
#include "regression/SpecPreparation.h"

namespace aitocracy::core::reg::detail {

// options.rowMask for firstPeriod / lastPeriod / excludedUnits; empty when nothing is left out.
Result<std::vector<std::uint8_t>> sampleMask(const RegressionSpec& spec, const est::PanelData& panel);

// " | unit + period" (or province^period), empty without fixed effects.
Result<std::string> fixedEffectsPart(const RegressionSpec& spec, const est::PanelData& panel);

// vcov and clusters of the options.
Result<void> setVariance(const RegressionSpec& spec, const est::PanelData& panel, est::EstimationOptions& options);

// " + c1 + c2" for the controls, each checked to be a column.
Result<std::string> controlsPart(const RegressionSpec& spec, const est::PanelData& panel);

// A column the template reads, or an error "data" naming it and what needs it.
Result<const est::PanelColumn*> requireColumn(const est::PanelData& panel, const std::string& name,
                                              const std::string& neededFor);

// "Quarters", "Months", "Years", "Weeks", "Days" from the panel's period labels, else "Periods".
std::string periodWord(const est::PanelData& panel);

// The window [-leads, lags] with the reference inside it (error "usage" otherwise).
Result<void> checkWindow(const RegressionSpec& spec);

// The templates: formula, derived columns and plot; prepareSpec adds sample and variance.
Result<PreparedSpec> procurementTemplate(const RegressionSpec& spec, const est::PanelData& panel);
Result<PreparedSpec> suppressionTemplate(const RegressionSpec& spec, const est::PanelData& panel);
Result<PreparedSpec> innovationTemplate(const RegressionSpec& spec, const est::PanelData& panel);

}  // namespace aitocracy::core::reg::detail
