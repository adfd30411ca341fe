#pragma once
// Class breaks for choropleth maps, with the schemes GeoDa offers (Anselin's GeoDa
// workbook, "Basic Mapping"):
//   Quantile       classes of about equal counts; breaks at the k/n percentiles
//   EqualInterval  classes of equal width between the minimum and the maximum
//   NaturalBreaks  Fisher's (1958) exact optimal partition: least within-class sum of
//                  squares (Jenks' natural breaks without a heuristic)
//   StdDev         6 classes cut at the mean and mean ± 1 and ± 2 sample standard deviations
//   BoxMap         6 classes: lower outliers (below Q1 − 1.5 IQR), the four quartiles,
//                  upper outliers (above Q3 + 1.5 IQR)
//   Custom         the breaks the user gives
// Percentiles (quantile and box map) use GeoDa's Gda::percentile: the i-th smallest of n
// values sits at 100 (i − 0.5) / n percent, linear in between (R's quantile type 5).
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

enum class ClassScheme { Quantile, EqualInterval, NaturalBreaks, StdDev, BoxMap, Custom };

struct ClassBreaks {
    // Size classes + 1, ascending (not strictly: an empty class may have equal ends).
    // Class k is (bounds[k], bounds[k+1]]; the first class also includes bounds[0].
    std::vector<double> bounds;
    std::vector<std::size_t> counts;  // values per class

    [[nodiscard]] std::size_t classCount() const { return counts.size(); }
};

inline constexpr int kStdDevClasses = 6;
inline constexpr int kBoxMapClasses = 6;
inline constexpr double kBoxMapHinge = 1.5;

// Breaks for the non-NaN `values`. `classes` (≥ 1) applies to Quantile, EqualInterval and
// NaturalBreaks; StdDev and BoxMap always make 6 classes; Custom makes custom.size() + 1
// classes from the inner breaks `custom` (strictly ascending, finite), its outer bounds
// stretched to the data if the data reach past them.
// Ties are never split: Quantile and NaturalBreaks return fewer classes than asked when
// there are fewer distinct values (or breaks fall on ties); one distinct value gives one
// class. StdDev, BoxMap, EqualInterval and Custom keep their classes, possibly empty.
// Fails when every value is NaN, or on bad arguments.
[[nodiscard]] Result<ClassBreaks> classBreaks(std::span<const double> values, ClassScheme scheme, int classes,
                                              std::span<const double> custom = {});

// The class of `v` under `breaks`; nullopt for NaN. Values beyond the outer bounds fall in
// the end classes (so breaks fixed on one period colour another).
[[nodiscard]] std::optional<std::size_t> classOf(const ClassBreaks& breaks, double v);

}  // namespace aitocracy::core
