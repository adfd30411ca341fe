#pragma once
// The R script that replicates a specification with fixest (feols / fepois), which speaks
// the estimator's formula language, so the formula is passed through as written.
#include <string>

#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {

std::string fixestScript(const ScriptSpec& spec);

}  // namespace aitocracy::core::scripts
