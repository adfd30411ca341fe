#pragma once
// Options in, results out, for every estimator (ESTIMATION.md).
#include <Eigen/Dense>

#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core::est {

enum class Model { Ols, Poisson };
enum class VcovType { Default, Iid, Hetero, Cluster };

// The cluster dimensions named by `clusters` ("pref+t" or {"pref", "t"} both give pref, t),
// trimmed, in order: what the estimator clusters by, and what replication scripts write.
std::vector<std::string> clusterDimensions(const std::vector<std::string>& clusters);

struct EstimationOptions {
    Model model = Model::Ols;
    // Default: clustered by `clusters` when given, else by the first fixed effect (fixest's
    // default), else iid.
    VcovType vcov = VcovType::Default;
    // Cluster variables: one for one-way, two for two-way (`--cluster pref+t`).
    std::vector<std::string> clusters;
    bool dropSingletons = false;  // reghdfe's default; fixest keeps them (our default)
    double demeanTolerance = 1e-13;  // relative change of a demeaned column between sweeps
    int maxDemeanIterations = 100000;
    double collinearityTolerance = 1e-10;  // fixest's collin.tol
    // The user's sample: empty = every row may enter; else one flag per panel row, 0 = left
    // out (an excluded prefecture, a period outside the chosen range). Lags still read the
    // whole panel, so an excluded period can supply l(x, 1) of the first included one, as
    // with fixest's weights of 0 or Stata's `if`. A mask of another length is an error "usage".
    std::vector<std::uint8_t> rowMask;
};

struct Coefficient {
    std::string term;
    double estimate = 0, stdError = 0, t = 0, p = 0, ciLow = 0, ciHigh = 0;
};

struct FixedEffectInfo {
    std::string name;
    std::size_t levels = 0;
    bool nestedInCluster = false;
};

struct ClusterInfo {
    std::string name;
    std::size_t groups = 0;
};

struct FirstStage {
    std::string endogenous;
    double f = 0;  // F statistic of the excluded instruments (iid)
    double dfNumerator = 0, dfDenominator = 0;
};

struct EstimationResult {
    Model model = Model::Ols;
    VcovType vcov = VcovType::Iid;
    std::string formula;
    std::size_t nobs = 0;
    std::size_t droppedExcluded = 0;   // rows left out by options.rowMask
    std::size_t droppedMissing = 0;    // rows of the user's sample with a missing value
    std::size_t droppedFeAllZero = 0;  // Poisson: rows of fixed-effect levels whose outcome is all zero
    std::size_t droppedSingletons = 0;
    std::size_t singletons = 0;        // singleton observations in the sample (kept unless dropSingletons)
    std::vector<FixedEffectInfo> fixedEffects;
    std::vector<ClusterInfo> clusters;
    double dofK = 0;    // K of the small-sample factor
    double kFull = 0;   // K_full = regressors + Σ(levels − 1) + 1
    double tDf = 0;     // degrees of freedom of the t distribution
    double r2 = 0, r2Within = 0;  // NaN where not defined (Poisson, or no fixed effects for within)
    double deviance = 0;          // Poisson
    std::vector<Coefficient> coefficients;
    std::vector<std::string> collinearDropped;  // regressors removed, in formula order
    Eigen::MatrixXd vcovMatrix;                 // coefficients × coefficients
    std::vector<FirstStage> firstStages;        // IV
    int iterations = 0;                         // demeaning sweeps (max over columns); IRLS steps for Poisson
    int irlsIterations = 0;
    double elapsedMs = 0;
};

}  // namespace aitocracy::core::est
