#pragma once
// The data-quality switches of the GUI's Data quality dock as command-line options, so that
// `panel`, `estimate` and `script` can build the panel a user cleaned in the window.
#include <cstdint>

#include "panel/PanelBuilder.h"

namespace CLI {
class App;
}

namespace aitocracy::cli {

struct CleaningFlags {
    bool keepRepeats = false;      // count reports marked as repeats of one event
    bool everyEventCode = false;   // every stored CAMEO root code, not only protests (14)
    bool rootEventsOnly = false;
    std::int64_t minSources = 0, minArticles = 0;

    void applyTo(core::PanelOptions& options) const;
};

// Registers --keep-repeats, --all-event-codes, --root-events-only, --min-sources, --min-articles.
void addCleaningOptions(CLI::App& command, CleaningFlags& flags);

}  // namespace aitocracy::cli
