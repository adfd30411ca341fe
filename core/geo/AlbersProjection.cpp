#include "geo/AlbersProjection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace aitocracy::core {
namespace {

constexpr double kA = 6378137.0;                 // WGS 84 semi-major axis (m)
constexpr double kF = 1.0 / 298.257223563;       // WGS 84 flattening
constexpr double kE2 = kF * (2.0 - kF);          // first eccentricity squared
const double kE = std::sqrt(kE2);
constexpr double kDeg = std::numbers::pi / 180.0;

// Snyder 14-15: m = cos φ / sqrt(1 − e² sin² φ)
double m(double phi)
{
    const double s = std::sin(phi);
    return std::cos(phi) / std::sqrt(1.0 - kE2 * s * s);
}

}  // namespace

// Snyder 3-12: q = (1 − e²) [ sin φ / (1 − e² sin² φ) − 1/(2e) ln((1 − e sin φ)/(1 + e sin φ)) ]
double AlbersProjection::q(double sinPhi) const
{
    const double es = kE * sinPhi;
    return (1.0 - kE2) * (sinPhi / (1.0 - es * es) - std::log((1.0 - es) / (1.0 + es)) / (2.0 * kE));
}

AlbersProjection::AlbersProjection(double lon0Deg, double lat1Deg, double lat2Deg, double lat0Deg)
    : lon0_(lon0Deg * kDeg)
{
    const double phi1 = lat1Deg * kDeg, phi2 = lat2Deg * kDeg, phi0 = lat0Deg * kDeg;
    const double m1 = m(phi1), m2 = m(phi2);
    const double q1 = q(std::sin(phi1)), q2 = q(std::sin(phi2)), q0 = q(std::sin(phi0));
    n_ = (m1 * m1 - m2 * m2) / (q2 - q1);       // 14-14
    c_ = m1 * m1 + n_ * q1;                       // 14-13
    rho0_ = kA * std::sqrt(c_ - n_ * q0) / n_;    // 14-12a
}

ProjectedPoint AlbersProjection::forward(LonLat p) const
{
    const double rho = kA * std::sqrt(c_ - n_ * q(std::sin(p.lat * kDeg))) / n_;  // 14-12
    const double theta = n_ * (p.lon * kDeg - lon0_);                             // 14-4
    return {rho * std::sin(theta), rho0_ - rho * std::cos(theta)};                // 14-1, 14-2
}

LonLat AlbersProjection::inverse(ProjectedPoint p) const
{
    const double dy = rho0_ - p.y;
    const double rho = std::hypot(p.x, dy);                                       // 14-10 (n > 0)
    const double theta = std::atan2(p.x, dy);                                     // 14-11
    const double qv = (c_ - rho * rho * n_ * n_ / (kA * kA)) / n_;                // 14-19
    // 3-16: Newton-like iteration for φ from q, starting at the sphere's answer.
    double phi = std::asin(std::clamp(qv / 2.0, -1.0, 1.0));
    for (int i = 0; i < 15; ++i) {
        const double s = std::sin(phi);
        const double es2 = 1.0 - kE2 * s * s;
        const double delta = es2 * es2 / (2.0 * std::cos(phi)) *
                             (qv / (1.0 - kE2) - s / es2 + std::log((1.0 - kE * s) / (1.0 + kE * s)) / (2.0 * kE));
        phi += delta;
        if (std::abs(delta) < 1e-14) break;
    }
    return {(lon0_ + theta / n_) / kDeg, phi / kDeg};
}

}  // namespace aitocracy::core
