#pragma once
// Fisher's exact optimal univariate partition ("Jenks natural breaks"): splits sorted,
// distinct values with multiplicities into k groups of consecutive values with the least
// total within-group sum of squared deviations.
//
// W. D. Fisher (1958), "On grouping for maximum homogeneity", JASA 53:789–798. The dynamic
// programme D[j][i] = min over m of D[j−1][m−1] + SSD(m..i) is solved row by row with the
// divide-and-conquer optimisation (the optimal m is monotone in i for this cost, which
// satisfies the quadrangle inequality), as in Ckmeans.1d.dp (Wang & Song 2011; Song &
// Zhong 2020): O(k n log n) instead of O(k n²), exact all the same.
#include <cstddef>
#include <span>
#include <vector>

namespace aitocracy::core {

// `values`: distinct, ascending (length n); `weights`: their multiplicities (length n).
// Returns the index of the last value of each group, ascending (length min(k, n)).
[[nodiscard]] std::vector<std::size_t> fisherNaturalBreaks(std::span<const double> values,
                                                           std::span<const double> weights, std::size_t k);

}  // namespace aitocracy::core
