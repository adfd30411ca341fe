#pragma once
// The demonstration world's random numbers: a fixed generator (mt19937_64) and
// distributions written out here, because the standard library's distributions may
// differ between implementations — the same seed must give the same world everywhere.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace aitocracy::core::sim {

class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // 0 … n − 1
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)); }
    bool chance(double p) { return uniform() < p; }

    // Standard normal by Box–Muller (one value per call; simple beats fast here).
    double normal()
    {
        const double u1 = 1.0 - uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // Poisson: inversion by sequential search for small means, a normal approximation
    // rounded at ≥ 50 (the world only needs counts, not tail exactness there).
    std::int64_t poisson(double mean)
    {
        if (!(mean > 0)) return 0;
        if (mean >= 50) return std::max<std::int64_t>(0, std::llround(normal(mean, std::sqrt(mean))));
        const double limit = std::exp(-mean);
        double product = uniform();
        std::int64_t k = 0;
        while (product > limit) {
            product *= uniform();
            ++k;
        }
        return k;
    }

    // Gamma(shape, 1) by Marsaglia & Tsang (2000), for negative-binomial mixing.
    double gamma(double shape)
    {
        if (shape < 1) return gamma(shape + 1) * std::pow(uniform() + 1e-300, 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) return d * v;
        }
    }

private:
    std::mt19937_64 engine_;
};

}  // namespace aitocracy::core::sim
