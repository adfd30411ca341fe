#include "estimation/EstimationSession.h"

#include "estimation/EventStudy.h"

namespace aitocracy::core::est {

void EstimationSession::setColumn(PanelColumn column)
{
    aitocracy::core::est::setColumn(panel_, std::move(column));
    cache_.clear();
}

Result<EstimationResult> EstimationSession::run(const std::string& formula, const EstimationOptions& options)
{
    CancelToken token;
    std::uint64_t mine = 0;
    {
        std::lock_guard lock(mutex_);
        current_.cancel();  // the previous request, if it is still running
        current_ = token;
        mine = ++generation_;
    }
    EstimateContext context;
    context.cancel = &token;
    context.cache = &cache_;
    auto result = estimate(panel_, formula, options, context);
    std::lock_guard lock(mutex_);
    if (mine != generation_) return fail("cancelled", "superseded by a newer estimation");
    return result;
}

}  // namespace aitocracy::core::est
