#pragma once
// The Stata do-file that replicates a specification: reghdfe for OLS, ivreghdfe for IV,
// ppmlhdfe for Poisson, on the panel declared with xtset so that L./F. lag by time
// exactly as the estimator does. i(x, ref = r) of a numeric x becomes one generated dummy
// per other value of x (error "unsupported" for a text-valued x or i() in a product).
#include <string>

#include "common/Error.h"
#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {

Result<std::string> stataScript(const ScriptSpec& spec);

}  // namespace aitocracy::core::scripts
