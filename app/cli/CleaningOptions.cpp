#include "CleaningOptions.h"

#include <CLI/CLI.hpp>

namespace aitocracy::cli {

void CleaningFlags::applyTo(core::PanelOptions& options) const
{
    options.dropMergedReports = !keepRepeats;
    if (everyEventCode) options.unrestRootCodes.clear();
    options.rootEventsOnly = rootEventsOnly;
    options.minSources = minSources;
    options.minArticles = minArticles;
}

void addCleaningOptions(CLI::App& command, CleaningFlags& flags)
{
    command.add_flag("--keep-repeats", flags.keepRepeats, "count every report of an event (default: repeats marked as such are left out)");
    command.add_flag("--all-event-codes", flags.everyEventCode, "count every stored event, not only protests (CAMEO root code 14)");
    command.add_flag("--root-events-only", flags.rootEventsOnly, "count only GDELT root events (IsRootEvent = 1)");
    command.add_option("--min-sources", flags.minSources, "count only events reported by at least this many sources")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--min-articles", flags.minArticles, "count only events reported in at least this many articles")
        ->check(CLI::NonNegativeNumber);
}

}  // namespace aitocracy::cli
