#pragma once
// The importer's pass over rows: parse, check, count, filter. It never touches the
// project, so pieces of a file can be scanned on different threads and merged in order.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/CancelToken.h"
#include "import/GdeltFileProgress.h"
#include "import/GdeltCsvHeader.h"
#include "import/GdeltReport.h"
#include "import/GdeltRow.h"
#include "import/GdeltSettings.h"

namespace aitocracy::core {

struct GdeltRefusedRow {
    std::int64_t line = 0;  // 1-based, within the scanned text until merged
    GdeltRowProblem problem;
    std::string text;
};

struct GdeltScan {
    GdeltCounts counts;  // rows read, by layout, rejected, dropped by each filter, kept
    std::vector<GdeltRow> kept;
    std::vector<GdeltRefusedRow> refused;  // the first maxRejectedRecorded
    std::int64_t lines = 0;                // lines of the text, empty ones included
    bool cancelled = false;

    // Appends `later` (the scan of the text that follows) with its line numbers moved on.
    void append(GdeltScan&& later, std::size_t maxRefused);
};

// Scans GDELT's tab-separated rows in `text` (whole lines). Where it polls `cancel` (every
// 4096 lines) it reports the text and rows read to `progress`, and the rest at its end.
void scanTabSeparated(std::string_view text, const GdeltSettings& settings, const CancelToken* cancel, GdeltScan& scan,
                      GdeltFileProgress* progress = nullptr);

// Scans the data lines of a BigQuery CSV export (the header row is not in `text`).
void scanCsvExport(std::string_view text, GdeltCsvHeader& header, const GdeltSettings& settings,
                   const CancelToken* cancel, GdeltScan& scan, GdeltFileProgress* progress = nullptr);

}  // namespace aitocracy::core
