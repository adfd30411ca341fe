#pragma once
// Ten unrest events with every cleaning rule's outcome known (the funnel and data-quality
// tests share them), in the two units of HandPanelProject.h.
#include <QtGlobal>
#include <string>

#include "HandPanelProject.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"

namespace aitocracy::test {

// Units A = 110000, B = 120000 (HandPanelProject.h). The step of each event under the
// default options (root 14, repeated reports dropped) is in its comment.
inline constexpr const char* kHandEvents = R"sql(
    INSERT INTO unrest_events (global_event_id, event_date, event_code, event_base_code, event_root_code,
                               is_root_event, num_sources, num_articles, unit_code, province_code, duplicate_of) VALUES
        (1, '2016-01-05', '140', '140', '14', 1, 3, 5, '110000', '110000', NULL),    -- counted
        (2, '2016-02-01', '141', '141', '14', 1, 1, 1, '110000', '110000', NULL),    -- counted
        (3, '2016-02-01', '141', '141', '14', 1, 1, 1, '110000', '110000', 2),       -- repeat report
        (4, '2016-03-01', '190', '190', '19', 1, 5, 5, '120000', '120000', NULL),    -- not a protest
        (5, '2016-04-01', '140', '140', '14', 0, 4, 2, '120000', '120000', NULL),    -- counted (not a root event)
        (6, '2016-05-01', '140', '140', '14', 1, 2, 1, NULL, '120000', NULL),        -- province only
        (7, '2016-05-02', '140', '140', '14', 1, 9, 9, NULL, NULL, NULL),            -- unplaced
        (8, '2016-06-01', '140', '140', '14', 1, 2, 3, '120000', '120000', NULL),    -- counted
        (9, '2016-06-02', '140', '140', '14', 1, 10, 10, '120000', '120000', 8),     -- repeat report
        (10, '2017-01-01', '140', '140', '14', 1, 2, 2, '110000', '110000', NULL);   -- counted
)sql";

inline core::ProjectStore handEventsProject(const std::string& path)
{
    core::UnitSet units;
    units.units = {handUnit("110000", 116), handUnit("120000", 117)};
    auto store = core::ProjectStore::create(path, units, "test");
    if (!store) qFatal("cannot create %s: %s", path.c_str(), store.error().describe().c_str());
    if (auto r = core::execSql(store->handle(), kHandEvents); !r) qFatal("%s", r.error().describe().c_str());
    return std::move(*store);
}

}  // namespace aitocracy::test
