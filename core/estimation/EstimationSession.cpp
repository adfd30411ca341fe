#include "estimation/EstimationSession.h"

#include "estimation/EventStudy.h"

#include <cmath>

namespace aitocracy::core::est {

namespace {

bool sameColumn(const PanelColumn& a, const PanelColumn& b)
{
    if (a.values.size() != b.values.size() || a.codes != b.codes || a.levels != b.levels || a.isNumeric() != b.isNumeric()) return false;
    for (std::size_t r = 0; r < a.values.size(); ++r)
        if (a.values[r] != b.values[r] && !(std::isnan(a.values[r]) && std::isnan(b.values[r]))) return false;
    return true;
}

}  // namespace

void EstimationSession::setColumn(PanelColumn column)
{
    if (const PanelColumn* existing = panel_.column(column.name); existing && sameColumn(*existing, column)) return;
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
