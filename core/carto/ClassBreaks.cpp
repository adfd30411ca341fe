#include "ClassBreaks.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "NaturalBreaks.h"

namespace aitocracy::core {

namespace {

// GeoDa's Gda::percentile: the i-th smallest (0-based) of n sorted values sits at
// p_i = 100 (i + 0.5) / n; linear between neighbours, clamped at the ends.
double percentile(double p, const std::vector<double>& sorted)
{
    const double n = static_cast<double>(sorted.size());
    const double position = p / 100.0 * n - 0.5;  // fractional index
    if (position <= 0) return sorted.front();
    if (position >= n - 1) return sorted.back();
    const auto below = static_cast<std::size_t>(std::floor(position));
    const double t = position - static_cast<double>(below);
    return sorted[below] + t * (sorted[below + 1] - sorted[below]);
}

// Drops inner bounds that repeat the one before (classes that no value can fall in
// because a break landed on a tie); bounds[1] may still equal bounds[0] (a first class of
// the minimum alone).
std::vector<double> collapseTies(const std::vector<double>& bounds)
{
    std::vector<double> out{bounds.front()};
    for (std::size_t i = 1; i < bounds.size(); ++i)
        if (i == 1 || bounds[i] > out.back()) out.push_back(bounds[i]);
    return out;
}

std::vector<double> quantileBounds(const std::vector<double>& sorted, int classes)
{
    std::vector<double> bounds{sorted.front()};
    for (int i = 1; i < classes; ++i) bounds.push_back(percentile(100.0 * i / classes, sorted));
    bounds.push_back(sorted.back());
    return collapseTies(bounds);
}

std::vector<double> equalIntervalBounds(const std::vector<double>& sorted, int classes)
{
    const double lo = sorted.front(), hi = sorted.back();
    std::vector<double> bounds;
    for (int i = 0; i < classes; ++i) bounds.push_back(lo + (hi - lo) * i / classes);
    bounds.push_back(hi);
    return bounds;
}

std::vector<double> naturalBounds(const std::vector<double>& sorted, int classes)
{
    std::vector<double> distinct, weights;
    for (double v : sorted) {
        if (distinct.empty() || v != distinct.back()) {
            distinct.push_back(v);
            weights.push_back(0);
        }
        ++weights.back();
    }
    std::vector<double> bounds{distinct.front()};
    for (std::size_t last : fisherNaturalBreaks(distinct, weights, static_cast<std::size_t>(classes)))
        bounds.push_back(distinct[last]);
    return bounds;
}

std::vector<double> stdDevBounds(const std::vector<double>& sorted)
{
    const double n = static_cast<double>(sorted.size());
    double mean = 0;
    for (double v : sorted) mean += v;
    mean /= n;
    double ss = 0;
    for (double v : sorted) ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / (n - 1));
    return {std::min(sorted.front(), mean - 2 * sd), mean - 2 * sd, mean - sd, mean, mean + sd, mean + 2 * sd,
            std::max(sorted.back(), mean + 2 * sd)};
}

std::vector<double> boxMapBounds(const std::vector<double>& sorted)
{
    const double q1 = percentile(25, sorted), median = percentile(50, sorted), q3 = percentile(75, sorted);
    const double lowFence = q1 - kBoxMapHinge * (q3 - q1), highFence = q3 + kBoxMapHinge * (q3 - q1);
    return {std::min(sorted.front(), lowFence), lowFence, q1, median, q3, highFence,
            std::max(sorted.back(), highFence)};
}

Result<std::vector<double>> customBounds(const std::vector<double>& sorted, std::span<const double> custom)
{
    if (custom.empty()) return fail("argument", "custom breaks need at least one break");
    for (std::size_t i = 0; i < custom.size(); ++i) {
        if (!std::isfinite(custom[i])) return fail("argument", "custom breaks must be finite numbers");
        if (i > 0 && custom[i] <= custom[i - 1]) return fail("argument", "custom breaks must be strictly ascending");
    }
    std::vector<double> bounds{std::min(sorted.front(), custom.front())};
    bounds.insert(bounds.end(), custom.begin(), custom.end());
    bounds.push_back(std::max(sorted.back(), custom.back()));
    return bounds;
}

}  // namespace

Result<ClassBreaks> classBreaks(std::span<const double> values, ClassScheme scheme, int classes,
                                std::span<const double> custom)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v)) sorted.push_back(v);
    if (sorted.empty()) return fail("no_data", "no values to classify: every value is missing");
    const bool needsCount =
        scheme == ClassScheme::Quantile || scheme == ClassScheme::EqualInterval || scheme == ClassScheme::NaturalBreaks;
    if (needsCount && classes < 1) return fail("argument", "need at least one class, not " + std::to_string(classes));
    std::ranges::sort(sorted);

    ClassBreaks breaks;
    if (scheme == ClassScheme::Custom) {
        auto bounds = customBounds(sorted, custom);
        if (!bounds) return std::unexpected(bounds.error());
        breaks.bounds = std::move(*bounds);
    } else if (sorted.front() == sorted.back()) {
        breaks.bounds = {sorted.front(), sorted.front()};  // one value: one class
    } else {
        switch (scheme) {
            case ClassScheme::Quantile:
                breaks.bounds = quantileBounds(sorted, classes);
                break;
            case ClassScheme::EqualInterval:
                breaks.bounds = equalIntervalBounds(sorted, classes);
                break;
            case ClassScheme::NaturalBreaks:
                breaks.bounds = naturalBounds(sorted, classes);
                break;
            case ClassScheme::StdDev:
                breaks.bounds = stdDevBounds(sorted);
                break;
            case ClassScheme::BoxMap:
                breaks.bounds = boxMapBounds(sorted);
                break;
            case ClassScheme::Custom:
                break;
        }
    }
    breaks.counts.assign(breaks.bounds.size() - 1, 0);
    for (double v : sorted) ++breaks.counts[*classOf(breaks, v)];
    return breaks;
}

std::optional<std::size_t> classOf(const ClassBreaks& breaks, double v)
{
    if (std::isnan(v) || breaks.bounds.size() < 2) return std::nullopt;
    const auto it = std::lower_bound(breaks.bounds.begin() + 1, breaks.bounds.end(), v);
    const std::size_t last = breaks.bounds.size() - 2;
    if (it == breaks.bounds.end()) return last;
    return static_cast<std::size_t>(it - breaks.bounds.begin()) - 1;
}

}  // namespace aitocracy::core
