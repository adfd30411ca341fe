#include "estimation/Vcov.h"

#include <algorithm>
#include <unordered_map>

namespace aitocracy::core::est {
namespace {

// Σ_g S_g S_g′ with S_g = Σ_{i ∈ g} s_i: the cluster "meat" without small-sample factors.
Eigen::MatrixXd clusterMeat(const Eigen::MatrixXd& scores, const std::vector<std::int32_t>& ids, std::size_t groups)
{
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(groups), scores.cols());
    for (Eigen::Index i = 0; i < scores.rows(); ++i) sums.row(ids[static_cast<std::size_t>(i)]) += scores.row(i);
    return sums.transpose() * sums;
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
    const Eigen::MatrixXd& S = *in.scores;
    VcovOutput out;
    out.tDf = in.n - in.kFull;
    switch (in.type) {
    case VcovType::Iid:
    case VcovType::Default:
        out.v = B * in.iidScale;
        return out;
    case VcovType::Hetero:
        out.v = B * (S.transpose() * S) * B * (in.n / (in.n - in.kFull));
        return out;
    case VcovType::Cluster:
        break;
    }
    const auto& ids = *in.clusterIds;
    const auto& groups = *in.clusterGroups;
    const double smallSample = (in.n - 1) / (in.n - in.kNested);
    Eigen::MatrixXd meat = clusterMeat(S, ids[0], groups[0]);
    double gMin = static_cast<double>(groups[0]);
    if (ids.size() == 2) {
        std::size_t both = 0;
        const auto inter = intersect(ids[0], ids[1], both);
        meat += clusterMeat(S, ids[1], groups[1]) - clusterMeat(S, inter, both);
        gMin = std::min(gMin, static_cast<double>(groups[1]));
    }
    out.v = B * meat * B * (gMin / (gMin - 1)) * smallSample;
    out.tDf = gMin - 1;
    return out;
}

}  // namespace aitocracy::core::est
