#pragma once
// One GDELT input file read, hashed and scanned, without touching the project.
#include <string>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "import/GdeltReport.h"
#include "import/GdeltScan.h"
#include "import/GdeltSettings.h"
#include "import/ImportProgress.h"

namespace aitocracy::core {

struct GdeltFileScan {
    GdeltFileReport report;  // file, bytes, sha256 and the scan's counts
    GdeltScan scan;
};

// Reads the file at `path` (plain, zipped, or a CSV export with a header row). The
// SHA-256 runs beside the scan on its own thread (hashing costs about as much as
// scanning); with `splitAcrossCores` the rows are also cut into pieces scanned in
// parallel (for a single large file; several files are better spread one per core).
// The file's bytes and rows are added to `progress` as they are read.
Result<GdeltFileScan> scanGdeltFile(const std::string& path, const GdeltSettings& settings, const CancelToken* cancel,
                                    bool splitAcrossCores, ImportProgress* progress = nullptr);

}  // namespace aitocracy::core
