#include "PlotTicks.h"

#include <cmath>
#include <limits>

namespace aitocracy::gui::plot {

// The 1-2-5 step at or above `raw`.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw)) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * magnitude;
}

// The 1-2-5 step that gives a number of ticks over `range` closest to `target`.
double stepForTicks(double range, double target)
{
    if (!(range > 0) || !std::isfinite(range)) return 1;
    const int k0 = static_cast<int>(std::floor(std::log10(range / target)));
    double best = 1, bestMiss = std::numeric_limits<double>::infinity();
    for (int k = k0 - 1; k <= k0 + 1; ++k)
        for (const double m : {1.0, 2.0, 5.0}) {
            const double step = m * std::pow(10.0, k);
            if (const double miss = std::abs(range / step - target); miss < bestMiss) best = step, bestMiss = miss;
        }
    return best;
}

int decimalsFor(double step)
{
    return std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
}

// Multiples of `step` within [lo, hi]; 0 exactly (not 1e-17) when it is one of them.
QVector<double> ticksWithin(double lo, double hi, double step)
{
    QVector<double> ticks;
    for (auto k = static_cast<long long>(std::ceil(lo / step - 1e-9)); k * step <= hi + step * 1e-9; ++k)
        ticks << (k == 0 ? 0.0 : static_cast<double>(k) * step);
    return ticks;
}

// Axis numbers with a true minus sign.
QString axisNumber(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0;  // no "-0.0"
    QString text = QString::number(value, 'f', decimals);
    if (value < 0) text[0] = QChar(0x2212);
    return text;
}

}  // namespace aitocracy::gui::plot
