#include "import/GdeltFileProgress.h"

#include <algorithm>

namespace aitocracy::core {

void GdeltFileProgress::add(std::uint64_t textBytes, std::int64_t rows)
{
    std::uint64_t bytes = 0;
    {
        const std::scoped_lock lock(mutex_);
        textDone_ += textBytes;
        const auto scaled = textBytes_ == 0 ? fileBytes_
                                            : static_cast<std::uint64_t>(static_cast<double>(textDone_) *
                                                                         static_cast<double>(fileBytes_) /
                                                                         static_cast<double>(textBytes_));
        const std::uint64_t now = std::min(fileBytes_, scaled);
        bytes = now - std::min(now, bytesReported_);
        bytesReported_ = std::max(bytesReported_, now);
        rowsReported_ += rows;
    }
    total_.add(bytes, rows);
}

void GdeltFileProgress::finish(std::int64_t rows)
{
    std::uint64_t bytes = 0;
    std::int64_t moreRows = 0;
    {
        const std::scoped_lock lock(mutex_);
        bytes = fileBytes_ - bytesReported_;
        moreRows = rows - rowsReported_;
        bytesReported_ = fileBytes_;
        rowsReported_ = rows;
    }
    total_.add(bytes, moreRows);
}

}  // namespace aitocracy::core
