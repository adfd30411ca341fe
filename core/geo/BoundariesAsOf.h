#pragma once
// The map under the boundaries of a given year. The built-in outlines are the 2016
// state; of the changes in 2013–2020 only one redraws a unit of the map: Laiwu (371200)
// is part of Jinan (370100) from 2019 on (CodeCrosswalk.h, kind "merged").
#include "common/Error.h"
#include "geo/Unit.h"

namespace aitocracy::core {

// `units` with every unit merged into its successor for `year` (outlines dissolved,
// the successor keeping its names). Units absent from the set are ignored.
Result<UnitSet> boundariesAsOf(const UnitSet& units, int year);

}  // namespace aitocracy::core
