#pragma once
// Replication folders: the panel as CSV, its SHA-256 and a script that re-estimates the
// specification in R (fixest), Stata (reghdfe) or base R, writing estimates.csv
// (term,estimate,std_error; fixest names; 17 significant digits) beside itself.
#include <string>
#include <vector>

#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/PanelData.h"
#include "scripts/ScriptSpec.h"

namespace aitocracy::core::scripts {

struct ScriptFiles {
    std::string folder;
    std::string script;              // path of the script
    std::vector<std::string> files;  // every file written, script included
    std::string panelSha256;
};

// "r", "stata", "base-r" (error "usage" otherwise).
Result<ScriptLanguage> parseScriptLanguage(const std::string& text);

// Writes the folder `outDir`, which must not exist: the files go into a sibling temporary
// folder first, renamed into place once complete, so a failure never leaves half a folder.
Result<ScriptFiles> writeReplicationScript(const est::PanelData& panel, const std::string& formulaText,
                                           const est::EstimationOptions& options, ScriptLanguage language,
                                           const std::string& outDir);

}  // namespace aitocracy::core::scripts
