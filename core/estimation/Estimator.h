#pragma once
// The estimation entry point: formula + panel + options → coefficient table and
// variance, for OLS, IV (2SLS) and Poisson PPML, all with absorbed fixed effects.
#include "common/CancelToken.h"
#include "common/Error.h"
#include "estimation/DemeanCache.h"
#include "estimation/EstimationTypes.h"
#include "estimation/Formula.h"
#include "estimation/PanelData.h"

namespace aitocracy::core::est {

struct EstimateContext {
    const CancelToken* cancel = nullptr;  // polled between columns and sweeps
    DemeanCache* cache = nullptr;         // demeaned columns shared across calls (OLS and IV)
};

Result<EstimationResult> estimate(const PanelData& panel, const Formula& formula, const EstimationOptions& options,
                                  const EstimateContext& context = {});

// Parses `formulaText` against the panel's columns, then estimates.
Result<EstimationResult> estimate(const PanelData& panel, const std::string& formulaText, const EstimationOptions& options,
                                  const EstimateContext& context = {});

}  // namespace aitocracy::core::est
