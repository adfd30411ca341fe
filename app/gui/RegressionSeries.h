#pragma once
// From an estimate to what the coefficient plot, the table and the fit facts show: the
// plotted terms at their x positions with 95 % intervals, the simulated truth at the same
// positions, and the fit facts with the reasons rows were dropped.
#include <QMap>
#include <QString>
#include <QVector>

#include "CoefficientSeries.h"
#include "RegressionOutcome.h"

namespace aitocracy::gui {

// The outcome's plotted terms (PreparedSpec::plotTerms) in x order: one series, or one per
// PlotTerm::series ("high unrest", "low unrest"), named "name — series".
[[nodiscard]] QVector<CoefficientSeries> coefficientSeries(const RegressionOutcome& outcome, const QString& name);
// Every coefficient, for the table (controls included).
[[nodiscard]] CoefficientSeries tableSeries(const RegressionOutcome& outcome, const QString& name);
[[nodiscard]] QVector<TrueValue> trueValues(const RegressionOutcome& outcome);
// x → label for plots whose x positions are not relative periods (empty otherwise).
[[nodiscard]] QMap<double, QString> tickLabels(const RegressionOutcome& outcome);
// The x axis title in the interface's language ("Quarters relative to unrest"; empty for
// unordered terms).
[[nodiscard]] QString axisLabel(const RegressionOutcome& outcome);
[[nodiscard]] FitFacts fitFacts(const RegressionOutcome& outcome);
// "Lags 0–4, unit + period FE, clustered by unit": a short name for a pinned specification.
[[nodiscard]] QString shortName(const core::reg::RegressionSpec& spec);

}  // namespace aitocracy::gui
