#include "import/ImportProgress.h"

#include <algorithm>

namespace aitocracy::core {

void ImportProgress::add(std::uint64_t bytes, std::int64_t rows)
{
    if (!token_) return;
    const std::scoped_lock lock(mutex_);
    bytesDone_ = std::min(bytesTotal_, bytesDone_ + bytes);
    rows_ += rows;
    token_->reportProgress(bytesDone_, bytesTotal_, rows_);
}

void ImportProgress::finish()
{
    if (!token_) return;
    const std::scoped_lock lock(mutex_);
    bytesDone_ = bytesTotal_;
    token_->reportProgress(bytesDone_, bytesTotal_, rows_);
}

}  // namespace aitocracy::core
