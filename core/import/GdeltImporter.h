#pragma once
// Imports GDELT event files into a project: reads each file (plain or zipped, layouts
// decided per row), applies the GdeltSettings filters, places city-level rows in the
// project's units by point-in-polygon and province-level rows in their province, and
// stores the kept rows in unrest_events, all in one transaction: an error or a cancel
// anywhere leaves the project exactly as it was. Each file gets a provenance record
// (name, size, SHA-256, counts, settings) and its refused rows with line numbers.
#include "common/CancelToken.h"
#include "common/Error.h"
#include "import/GdeltReport.h"
#include "import/GdeltSettings.h"
#include "store/ProjectStore.h"

#include <string>
#include <vector>

namespace aitocracy::core {

// `paths`: files or folders (a folder contributes its regular files, sorted by name).
// Errors: "io"/"format"/"corrupt" naming the file (missing file, not a ZIP, truncated
// archive, CRC mismatch), "cancelled", store errors. A malformed row is not an error:
// it is rejected, counted and recorded.
Result<GdeltReport> importGdelt(ProjectStore& store, const std::vector<std::string>& paths, const GdeltSettings& settings,
                                const CancelToken* cancel = nullptr);

}  // namespace aitocracy::core
