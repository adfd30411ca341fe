#pragma once
// A panel as the CSV `aitocracy-cli estimate --data` reads (DATA.md §5): header
// `unit,period,<columns…>`, one row per unit and period (unit-major), comma separated,
// '.' decimals, an empty cell for a missing value, numbers as the shortest decimal that
// reads back exactly.
#include <cstddef>
#include <string>

#include "common/Error.h"
#include "panel/Panel.h"

namespace aitocracy::core {

// Writes beside `path` (".tmp") and renames into place when complete, so a failed write
// never leaves a half-written file under the name the user expects. Returns the number
// of data rows. Errors: "io".
Result<std::size_t> writePanelCsv(const Panel& panel, const std::string& path);

}  // namespace aitocracy::core
