#pragma once
// Writes a project's unrest events as a plain CSV for other tools (R, Stata, pandas):
// event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code — one row
// per stored event (reports marked duplicate_of included), ordered by date and id.
#include "common/Error.h"
#include "store/ProjectStore.h"

#include <cstdint>
#include <string>

namespace aitocracy::core {

// Returns the number of rows written. The file is written as outPath + ".tmp" and then
// renamed, so a failure never leaves half a file; an existing outPath is replaced.
Result<std::int64_t> exportUnrestEvents(const ProjectStore& store, const std::string& outPath);

}  // namespace aitocracy::core
