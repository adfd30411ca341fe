#pragma once
// The progress of one import whose input is read by several threads (GDELT files two at
// a time, a large file in pieces): each reader adds what it has read since its last
// report, and the caller's CancelToken sees the sums, never going backwards.
#include <cstdint>
#include <mutex>

#include "common/CancelToken.h"

namespace aitocracy::core {

class ImportProgress {
public:
    // Nothing is reported without a token.
    ImportProgress(const CancelToken* token, std::uint64_t bytesTotal) : token_(token), bytesTotal_(bytesTotal) {}

    // Thread-safe; callers report every few MB, so the lock is never contended for long.
    void add(std::uint64_t bytes, std::int64_t rows);
    // All the input read: bytesDone = bytesTotal.
    void finish();

private:
    const CancelToken* token_;
    std::uint64_t bytesTotal_;
    std::mutex mutex_;
    std::uint64_t bytesDone_ = 0;
    std::int64_t rows_ = 0;
};

}  // namespace aitocracy::core
