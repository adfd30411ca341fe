#pragma once
// Pieces of R code shared by the fixest and base-R scripts.
#include <string>

#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {

// A double-quoted R string literal.
std::string rString(const std::string& text);

// `panel <- read.csv("panel.csv", ...)` with the text columns (unit included) read as
// character, so that ids like "007" keep their zeros and match the application's levels.
std::string rReadPanel(const ScriptSpec& spec);

// Writes estimates.csv from vectors `terms`, `estimates`, `std_errors`: the term quoted
// (fixest names hold commas), numbers with 17 significant digits.
std::string rWriteEstimates();

}  // namespace aitocracy::core::scripts
