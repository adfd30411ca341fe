#pragma once
// The panel options' cleaning switches as SQL conditions on unrest_events, so that the
// prefecture panel and the firm panel count unrest the same way.
#include <string>

#include "panel/PanelBuilder.h"

namespace aitocracy::core {

class Statement;

// " AND duplicate_of IS NULL AND is_root_event = 1 AND num_sources >= 3 … AND
// event_root_code IN (?n, ?n+1, …)" for the switches `options` sets (empty when none);
// the root codes are parameters numbered from `firstParameter`.
std::string unrestCleaningSql(const PanelOptions& options, int firstParameter);

// Binds the root codes unrestCleaningSql numbered from `firstParameter`.
void bindUnrestCleaning(Statement& statement, const PanelOptions& options, int firstParameter);

}  // namespace aitocracy::core
