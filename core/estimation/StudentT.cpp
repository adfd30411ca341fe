#include "estimation/StudentT.h"

#include <cmath>
#include <limits>

namespace aitocracy::core::est {
namespace {

// Continued fraction of the incomplete beta (Numerical Recipes betacf).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300, eps = 1e-16;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0, d = 1.0 - qab * x / qap;
    if (std::abs(d) < tiny) d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 10000; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny) c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny) c = tiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1.0) < eps) break;
    }
    return h;
}

// ln Γ(a + b) − ln Γ(a). For b = ½ and large a (many degrees of freedom) the difference
// of two large lgamma values loses digits; the asymptotic series
// ln Γ(a + ½) − ln Γ(a) = ½ ln a − 1/(8a) + 1/(192a³) − 1/(640a⁵) + O(a⁻⁷) keeps them.
double lnGammaRatio(double a, double b)
{
    if (b == 0.5 && a >= 1000) return 0.5 * std::log(a) - 1 / (8 * a) + 1 / (192 * a * a * a) - 1 / (640 * std::pow(a, 5));
    return std::lgamma(a + b) - std::lgamma(a);
}

// Regularized incomplete beta I_x(a, b).
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    const double lnGammaPart = a > b ? lnGammaRatio(a, b) - std::lgamma(b) : lnGammaRatio(b, a) - std::lgamma(a);
    const double lnFront = lnGammaPart + a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1.0) / (a + b + 2.0)) return std::exp(lnFront) * betaContinuedFraction(a, b, x) / a;
    return 1.0 - std::exp(lnFront) * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentDensity(double t, double df)
{
    const double lnC = std::lgamma((df + 1) / 2) - std::lgamma(df / 2) - 0.5 * std::log(df * M_PI);
    return std::exp(lnC - (df + 1) / 2 * std::log1p(t * t / df));
}

// Φ⁻¹(q) by Newton on erfc from a rough start; |error| < 1e-15.
double normalQuantile(double q)
{
    double z = q < 0.5 ? -std::sqrt(-2 * std::log(q)) : std::sqrt(-2 * std::log1p(-q));
    for (int i = 0; i < 100; ++i) {
        const double cdf = 0.5 * std::erfc(-z / std::sqrt(2.0));
        const double step = (cdf - q) / (std::exp(-0.5 * z * z) / std::sqrt(2 * M_PI));
        z -= step;
        if (std::abs(step) < 1e-15 * (1 + std::abs(z))) break;
    }
    return z;
}

// P(T ≤ t)
double studentCdf(double t, double df)
{
    const double tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}

}  // namespace

double studentTwoSidedP(double t, double df)
{
    if (std::isnan(t) || !(df > 0)) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(df)) return std::erfc(std::abs(t) / std::sqrt(2.0));
    if (std::isinf(t)) return 0.0;
    return incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

double studentQuantile(double q, double df)
{
    if (!(q > 0 && q < 1) || !(df > 0)) return std::numeric_limits<double>::quiet_NaN();
    if (q == 0.5) return 0;
    if (std::isinf(df)) return normalQuantile(q);
    // Start from the normal quantile (Acklam-free: a few bisection steps give a bracket).
    double lo = -1e3, hi = 1e3, t = 0;
    for (int i = 0; i < 200; ++i) {
        const double f = studentCdf(t, df) - q;
        if (std::abs(f) < 1e-16) break;
        if (f > 0) hi = t; else lo = t;
        const double step = f / studentDensity(t, df);
        double next = t - step;
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);  // Newton left the bracket: bisect
        if (std::abs(next - t) <= 1e-15 * (1 + std::abs(t))) {
            t = next;
            break;
        }
        t = next;
    }
    return t;
}

}  // namespace aitocracy::core::est
