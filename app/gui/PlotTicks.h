#pragma once
// Axis ticks at 1-2-5 steps and their labels.
#include <QString>
#include <QVector>

namespace aitocracy::gui::plot {

// The 1-2-5 step at or above `raw`.
double niceStep(double raw);

// The 1-2-5 step that gives a number of ticks over `range` closest to `target`.
double stepForTicks(double range, double target);

// Decimals that show a step of this size.
int decimalsFor(double step);

// Multiples of `step` within [lo, hi]; 0 exactly (not 1e-17) when it is one of them.
QVector<double> ticksWithin(double lo, double hi, double step);

// Axis numbers with a true minus sign.
QString axisNumber(double value, int decimals);

}  // namespace aitocracy::gui::plot
