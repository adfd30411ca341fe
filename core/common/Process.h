#pragma once
// Runs an external program (no shell, so no quoting problems) and waits for it.
#include "common/Error.h"

#include <string>
#include <vector>

namespace aitocracy::core {

// argv[0] is looked up on PATH. Standard output and error go to `logPath` (appended);
// a non-zero exit is an Error quoting the end of that log.
Result<void> runProcess(const std::vector<std::string>& argv, const std::string& logPath);

}  // namespace aitocracy::core
