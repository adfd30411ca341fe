#pragma once
// An estimation result as JSON (the CLI contract of ESTIMATION.md, numbers with 17
// significant digits) or as a fixest-like text table (LaTeX: report/CoefficientTable.h).
#include "estimation/EstimationTypes.h"

#include <string>

namespace aitocracy::core::est {

std::string toJson(const EstimationResult& result);
std::string toText(const EstimationResult& result);

// "%.17g", with NaN and infinities as null (JSON has neither).
std::string jsonNumber(double value);

}  // namespace aitocracy::core::est
