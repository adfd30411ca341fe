#pragma once
// The "base R" script: the estimate by lm() with explicit fixed-effect dummies and the
// variance by the contract's formulas (ESTIMATION.md), for a machine with only r-base-core
// (sandwich is not even needed); i() terms become 0/1 columns for the values present in the
// sample, as the estimator makes them. OLS only: Poisson, IV and dropped singletons are
// refused (error "unsupported"), use the fixest script for those.
#include <string>

#include "common/Error.h"
#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {

Result<std::string> baseRScript(const ScriptSpec& spec);

}  // namespace aitocracy::core::scripts
