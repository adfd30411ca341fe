#pragma once
// What the regression panel's views show: the coefficients of one specification (the
// current one or a pinned one), the true values of a simulated world, and the fit facts.
// Plain data; the controller fills them from an estimate, the views only draw them.
#include <QString>
#include <QStringList>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace aitocracy::gui {

struct CoefficientPoint {
    QString term;   // the estimator's name, e.g. "rain:ai_stock_l1"
    QString label;  // what a reader sees, e.g. "rain × AI stock"; empty: the term
    double x = 0;   // position on the plot's x axis (relative period, or the term's index)
    double estimate = 0, stdError = 0, ciLow = 0, ciHigh = 0;  // CI: 95 %
    double p = 1;
};

struct CoefficientSeries {
    QString name;                      // "Current", or a pinned spec's name
    QVector<CoefficientPoint> points;  // in x order
    std::optional<double> referenceX;  // event study: the omitted period, drawn as a hollow marker at 0
};

// Simulated worlds: the truth, drawn beside the estimates.
struct TrueValue {
    double x = 0;
    double value = 0;
};

struct FitFacts {
    QString model;  // "OLS", "Poisson", "IV (2SLS)"
    qint64 nobs = 0;
    // Rows left out of the estimation, by reason.
    qint64 droppedMissing = 0, droppedExcluded = 0, droppedSingletons = 0, droppedFeAllZero = 0;
    QStringList fixedEffects;  // "unit (367 levels)"
    QStringList clusters;      // "unit (367 groups)"
    double r2 = std::numeric_limits<double>::quiet_NaN();
    double r2Within = std::numeric_limits<double>::quiet_NaN();
    std::optional<double> firstStageF;
    QStringList collinearDropped;  // terms removed as collinear
    double elapsedMs = 0;
    QString formula;
};

// Economics' usual stars (fixest's etable too): *** p < 0.01, ** p < 0.05, * p < 0.1.
inline QString significanceStars(double p)
{
    if (!(p < 0.1)) return {};
    return p < 0.01 ? QStringLiteral("***") : p < 0.05 ? QStringLiteral("**") : QStringLiteral("*");
}

// A coefficient with `digits` decimals; values too small for them (but not zero) and very
// large ones in scientific notation, so 0.00004 never reads as 0.000. "—" when not finite.
inline QString formatCoefficient(double value, int digits)
{
    if (!std::isfinite(value)) return QStringLiteral("—");
    const double a = std::abs(value);
    if (a != 0 && (a < 0.5 * std::pow(10.0, -digits) || a >= 1e9))
        return QString::number(value, 'g', std::max(digits, 2));
    return QString::number(value, 'f', digits);
}

}  // namespace aitocracy::gui
