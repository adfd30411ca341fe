#include "import/GdeltSettings.h"

#include <nlohmann/json.hpp>

namespace aitocracy::core {

using Json = nlohmann::ordered_json;

std::string GdeltSettings::toJson() const
{
    return Json{{"country", country},
                {"root_codes", rootCodes},
                {"event_codes", eventCodes},
                {"root_events_only", rootEventsOnly},
                {"min_sources", minSources},
                {"min_articles", minArticles},
                {"from", fromDate},
                {"to", toDate},
                {"merge_same_day_unit_code", mergeSameDayUnitCode}}
        .dump();
}

}  // namespace aitocracy::core
