#include "estimation/EstimationSession.h"

#include "estimation/EventStudy.h"

#include <cmath>

namespace aitocracy::core::est {

namespace {

bool sameValues(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i] && !(std::isnan(a[i]) && std::isnan(b[i]))) return false;
    return true;
}

}  // namespace

void EstimationSession::setColumn(PanelColumn column)
{
    if (const PanelColumn* old = panel_.column(column.name); old && sameValues(old->values, column.values) && old->levels == column.levels)
        return;
    aitocracy::core::est::setColumn(panel_, std::move(column));
    cache_.clear();
}

Result<EstimationResult> EstimationSession::run(const std::string& formula, const EstimationOptions& options, CancelToken token)
{
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
