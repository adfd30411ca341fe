// Estimation speed and memory on one panel CSV: reads it (not timed), then runs the
// complete estimation once to warm up and `reps` times with nothing cached between runs and prints the
// median time, the growth of the peak resident memory during estimation, and the size
// of the columns the estimation uses (rows used × (regressors + outcome) × 8 bytes
// plus the fixed-effect ids), for the ratios bench/run_estimate_bench.sh prints.
// Usage: bench_estimate DATA.csv UNIT TIME FORMULA CLUSTER REPS
#include "estimation/Estimator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

using namespace aitocracy::core;
using namespace aitocracy::core::est;

static long peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    return 0;
}

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::fprintf(stderr, "usage: bench_estimate DATA.csv UNIT TIME FORMULA CLUSTER REPS\n");
        return 2;
    }
    auto panel = readPanelCsv(argv[1], argv[2], argv[3]);
    if (!panel) {
        std::fprintf(stderr, "%s\n", panel.error().describe().c_str());
        return 1;
    }
    auto formula = parseFormula(argv[4], panel->columnNames());
    if (!formula) {
        std::fprintf(stderr, "%s\n", formula.error().describe().c_str());
        return 1;
    }
    EstimationOptions options;
    options.clusters = {argv[5]};
    const int reps = std::max(1, std::atoi(argv[6]));
    const long before = peakRssKb();
    if (!estimate(*panel, *formula, options)) return 1;  // warm-up, as the estimatr timing has one
    std::vector<double> ms;
    Result<EstimationResult> result = fail("none", "");
    for (int i = 0; i < reps; ++i) {
        result = estimate(*panel, *formula, options);
        if (!result) {
            std::fprintf(stderr, "%s\n", result.error().describe().c_str());
            return 1;
        }
        ms.push_back(result->elapsedMs);
    }
    std::sort(ms.begin(), ms.end());
    const double columnsMb = static_cast<double>(result->nobs) * ((result->coefficients.size() + 1) * 8.0 + result->fixedEffects.size() * 4.0) / 1e6;
    std::printf("ours_median_ms=%.3f nobs=%zu unrest_coef=%.17g peak_growth_mb=%.1f columns_mb=%.1f\n", ms[ms.size() / 2], result->nobs,
                result->coefficients.size() > 4 ? result->coefficients[4].estimate : 0.0, (peakRssKb() - before) / 1024.0, columnsMb);
    return 0;
}
