#pragma once
// The project's contracts as UTF-8 CSV: contract_id,date,unit_code,class,amount_yuan,
// buyer,supplier,matched_keywords — one row per contract, by date then id.
#include <cstdint>
#include <string>

#include "common/Error.h"
#include "store/ProjectStore.h"

namespace aitocracy::core {

Result<std::int64_t> exportContracts(const ProjectStore& store, const std::string& outPath);

}  // namespace aitocracy::core
