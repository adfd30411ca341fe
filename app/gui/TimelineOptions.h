#pragma once
// What the timelines show; one value the options bar edits and the view draws from.
#include <QStringList>

namespace aitocracy::gui {

enum class TimelineScope {
    AllChina,                // every unit of the panel, summed
    SelectedSummed,          // the selected prefectures, summed (all China when none is selected)
    SelectedSmallMultiples,  // one small chart per selected prefecture
};

struct TimelineOptions {
    QStringList countColumns;  // "unrest", "contracts_*": the series shown
    bool showAmounts = false;  // also the amount_* of each shown contract class, on a yuan axis
    TimelineScope scope = TimelineScope::AllChina;
    bool logScale = false;
    int movingAverage = 1;  // trailing window in periods; 1: none

    bool operator==(const TimelineOptions&) const = default;
};

}  // namespace aitocracy::gui
