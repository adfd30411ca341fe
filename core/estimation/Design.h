#pragma once
// From a formula and a panel to the matrices an estimator needs: the estimation sample
// (ESTIMATION.md "Sample"), the outcome, the regressors with their fixest names, the IV
// blocks, fixed-effect and cluster ids on the sample, and what was dropped and why.
#include "common/Error.h"
#include "estimation/EstimationTypes.h"
#include "estimation/Formula.h"
#include "estimation/PanelData.h"

#include <Eigen/Dense>

#include <cstdint>
#include <string>
#include <vector>

namespace aitocracy::core::est {

struct Design {
    std::vector<std::size_t> rows;  // panel rows in the sample, ascending (n of them)
    Eigen::VectorXd y;              // n
    std::string yName;
    Eigen::MatrixXd X;              // n × p exogenous regressors ((Intercept) first when there is no fixed effect)
    std::vector<std::string> xNames;
    Eigen::MatrixXd endogenous;     // n × e (IV)
    std::vector<std::string> endogenousNames;
    Eigen::MatrixXd instruments;    // n × z (IV, excluded instruments)
    std::vector<std::string> instrumentNames;

    std::vector<std::vector<std::int32_t>> feIds;  // per dimension, n ids in 0 … levels − 1
    std::vector<std::size_t> feLevels;
    std::vector<std::string> feNames;
    std::vector<bool> feNested;  // nested in a cluster dimension (the "nested" K rule)

    VcovType vcov = VcovType::Iid;  // resolved (never Default)
    std::vector<std::vector<std::int32_t>> clusterIds;  // per cluster dimension, n ids
    std::vector<std::size_t> clusterGroups;
    std::vector<std::string> clusterNames;

    bool intercept = false;
    std::size_t droppedExcluded = 0, droppedMissing = 0, droppedFeAllZero = 0, droppedSingletons = 0, singletons = 0;
    std::uint64_t sampleHash = 0;  // identifies `rows` (for caches of demeaned columns)

    [[nodiscard]] std::size_t n() const { return rows.size(); }
};

Result<Design> buildDesign(const PanelData& panel, const Formula& formula, const EstimationOptions& options);

}  // namespace aitocracy::core::est
