#include "estimation/Vcov.h"

#include <algorithm>
#include <unordered_map>

namespace aitocracy::core::est {
namespace {

// Σ_g S_g S_g′ with S_g = Σ_{i ∈ g} r_i·X_i: the cluster "meat" without small-sample factors.
Eigen::MatrixXd clusterMeat(const Eigen::MatrixXd& X, const Eigen::VectorXd& r, const std::vector<std::int32_t>& ids, std::size_t groups)
{
    // Row-major sums (one row per cluster), all columns per observation: consecutive
    // observations of one cluster then update different addresses, not one chain.
    const auto p = static_cast<std::size_t>(X.cols());
    std::vector<double> sums(groups * p, 0.0);
    std::vector<const double*> columns(p);
    for (std::size_t j = 0; j < p; ++j) columns[j] = X.col(static_cast<Eigen::Index>(j)).data();
    const std::int32_t* id = ids.data();
    const double* pr = r.data();
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        double* row = sums.data() + static_cast<std::size_t>(id[i]) * p;
        for (std::size_t j = 0; j < p; ++j) row[j] += pr[i] * columns[j][i];
    }
    const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> S(sums.data(), static_cast<Eigen::Index>(groups), X.cols());
    return S.transpose() * S;
}

// Σ_i r_i² X_i X_i′ (HC meat).
Eigen::MatrixXd heteroMeat(const Eigen::MatrixXd& X, const Eigen::VectorXd& r)
{
    const Eigen::VectorXd r2 = r.cwiseAbs2();
    Eigen::MatrixXd meat(X.cols(), X.cols());
    for (Eigen::Index a = 0; a < X.cols(); ++a)
        for (Eigen::Index b = 0; b <= a; ++b) meat(a, b) = meat(b, a) = (X.col(a).array() * X.col(b).array() * r2.array()).sum();
    return meat;
}

// Ids of the intersection of two cluster dimensions (pairs of levels).
std::vector<std::int32_t> intersect(const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b, std::size_t& groups)
{
    std::unordered_map<std::uint64_t, std::int32_t> map;
    std::vector<std::int32_t> ids(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a[i])) << 32) | static_cast<std::uint32_t>(b[i]);
        ids[i] = map.try_emplace(key, static_cast<std::int32_t>(map.size())).first->second;
    }
    groups = map.size();
    return ids;
}

}  // namespace

VcovOutput computeVcov(const VcovInput& in)
{
    const Eigen::MatrixXd& B = *in.bread;
    const Eigen::MatrixXd& X = *in.regressors;
    const Eigen::VectorXd& r = *in.residuals;
    VcovOutput out;
    out.tDf = in.n - in.kFull;
    switch (in.type) {
    case VcovType::Iid:
    case VcovType::Default:
        out.v = B * in.iidScale;
        return out;
    case VcovType::Hetero:
        out.v = B * heteroMeat(X, r) * B * (in.n / (in.n - in.kFull));
        return out;
    case VcovType::Cluster:
        break;
    }
    const auto& ids = *in.clusterIds;
    const auto& groups = *in.clusterGroups;
    const double smallSample = (in.n - 1) / (in.n - in.kNested);
    Eigen::MatrixXd meat = clusterMeat(X, r, ids[0], groups[0]);
    double gMin = static_cast<double>(groups[0]);
    if (ids.size() == 2) {
        std::size_t both = 0;
        const auto inter = intersect(ids[0], ids[1], both);
        meat += clusterMeat(X, r, ids[1], groups[1]) - clusterMeat(X, r, inter, both);
        gMin = std::min(gMin, static_cast<double>(groups[1]));
    }
    out.v = B * meat * B * (gMin / (gMin - 1)) * smallSample;
    out.tDf = gMin - 1;
    return out;
}

}  // namespace aitocracy::core::est
