#pragma once
// What the regression panel talks to: one panel held in memory, demeaned columns cached
// across estimations (keyed by column, sample and fixed effects, so adding a lag or a
// control demeans only the new column), and "newest request wins": starting an
// estimation cancels the one still running, and an estimation that finishes after a
// newer one started reports "cancelled" instead of a stale result.
// run() may be called from several threads; setColumn() must not run concurrently with run().
#include "common/CancelToken.h"
#include "estimation/DemeanCache.h"
#include "estimation/Estimator.h"

#include <cstdint>
#include <mutex>

namespace aitocracy::core::est {

class EstimationSession {
public:
    explicit EstimationSession(PanelData panel) : panel_(std::move(panel)) {}

    [[nodiscard]] const PanelData& panel() const { return panel_; }

    // Adds or replaces a derived column (an event indicator, relative time …); cached
    // demeaned columns are dropped, since they may depend on it. A column equal to the one
    // it would replace changes nothing and keeps the cache (a form re-preparing its
    // specification after every edit hands the same derived columns again).
    void setColumn(PanelColumn column);

    // `cancel` lets the caller stop this run too (a newer request on the same thread).
    Result<EstimationResult> run(const std::string& formula, const EstimationOptions& options, CancelToken cancel = {});

    [[nodiscard]] const DemeanCache& cache() const { return cache_; }
    void clearCache() { cache_.clear(); }

private:
    PanelData panel_;
    DemeanCache cache_;
    std::mutex mutex_;
    CancelToken current_;
    std::uint64_t generation_ = 0;
};

}  // namespace aitocracy::core::est
