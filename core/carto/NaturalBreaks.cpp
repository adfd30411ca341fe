#include "NaturalBreaks.h"

#include <algorithm>
#include <limits>

namespace aitocracy::core {

namespace {

// Weighted prefix sums of the values (centred on their mean, which keeps the
// sum-of-squares subtraction accurate), so a group's SSD is O(1).
class GroupCost {
public:
    GroupCost(std::span<const double> x, std::span<const double> w)
        : w_(x.size() + 1, 0.0), s_(x.size() + 1, 0.0), q_(x.size() + 1, 0.0)
    {
        double total = 0, weight = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            total += w[i] * x[i];
            weight += w[i];
        }
        const double centre = total / weight;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double d = x[i] - centre;
            w_[i + 1] = w_[i] + w[i];
            s_[i + 1] = s_[i] + w[i] * d;
            q_[i + 1] = q_[i] + w[i] * d * d;
        }
    }
    // Within-group sum of squared deviations of values first..last (inclusive).
    [[nodiscard]] double ssd(std::size_t first, std::size_t last) const
    {
        const double w = w_[last + 1] - w_[first], s = s_[last + 1] - s_[first], q = q_[last + 1] - q_[first];
        return std::max(0.0, q - s * s / w);
    }

private:
    std::vector<double> w_, s_, q_;
};

struct Row {
    std::vector<double> cost;        // cost[i]: best cost of values 0..i in this many groups
    std::vector<std::size_t> start;  // start[i]: first value of the last group in that best split
};

// Fills row `j` (j + 1 groups) for i in [lo, hi], knowing the best start lies in [optLo, optHi].
void solve(const GroupCost& cost, const Row& previous, Row& row, std::size_t j, std::size_t lo, std::size_t hi,
           std::size_t optLo, std::size_t optHi)
{
    if (lo > hi) return;
    const std::size_t mid = lo + (hi - lo) / 2;
    double best = std::numeric_limits<double>::infinity();
    std::size_t bestStart = std::max(j, optLo);
    for (std::size_t m = std::max(j, optLo); m <= std::min(mid, optHi); ++m) {
        const double c = previous.cost[m - 1] + cost.ssd(m, mid);
        if (c < best) {
            best = c;
            bestStart = m;
        }
    }
    row.cost[mid] = best;
    row.start[mid] = bestStart;
    if (mid > lo) solve(cost, previous, row, j, lo, mid - 1, optLo, bestStart);
    solve(cost, previous, row, j, mid + 1, hi, bestStart, optHi);
}

}  // namespace

std::vector<std::size_t> fisherNaturalBreaks(std::span<const double> values, std::span<const double> weights,
                                             std::size_t k)
{
    const std::size_t n = values.size();
    k = std::min(k, n);
    if (k == 0) return {};
    const GroupCost cost(values, weights);
    std::vector<Row> rows(k, Row{std::vector<double>(n, 0.0), std::vector<std::size_t>(n, 0)});
    for (std::size_t i = 0; i < n; ++i) rows[0].cost[i] = cost.ssd(0, i);
    for (std::size_t j = 1; j < k; ++j) solve(cost, rows[j - 1], rows[j], j, j, n - 1, j, n - 1);

    std::vector<std::size_t> lastOfGroup(k);
    std::size_t end = n - 1;
    for (std::size_t j = k; j-- > 0;) {
        lastOfGroup[j] = end;
        if (j > 0) end = rows[j].start[end] - 1;
    }
    return lastOfGroup;
}

}  // namespace aitocracy::core
