#pragma once
// Batches of prepared contract rows handed from the reading thread to the storing one.
// Bounded, so memory stays flat whatever the file size; either side can stop the other.
// Stored batches come back for refilling: their rows keep their strings' buffers, so
// neither thread allocates or frees per row once the first few batches exist.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "import/ContractRow.h"

namespace aitocracy::core {

class ContractRowQueue {
public:
    struct Batch {
        std::vector<ContractRow> rows;  // rows[0, used) hold this batch; the rest are spare
        std::size_t used = 0;
    };
    static constexpr std::size_t kBatchRows = 1024;
    static constexpr std::size_t kMaxBatches = 4;

    // Producer: an empty batch of kBatchRows rows to fill, a returned one when there is.
    Batch emptyBatch()
    {
        std::lock_guard lock(mutex_);
        if (spare_.empty()) return Batch{std::vector<ContractRow>(kBatchRows), 0};
        Batch b = std::move(spare_.back());
        spare_.pop_back();
        b.used = 0;
        return b;
    }
    // Producer: false when the consumer has stopped (the batch is dropped).
    bool push(Batch batch)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || batches_.size() < kMaxBatches; });
        if (stopped_) return false;
        batches_.push_back(std::move(batch));
        changed_.notify_all();
        return true;
    }
    // Producer: no more batches.
    void close()
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    // Consumer: the next batch, or nullopt when the producer has closed and all are taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return closed_ || !batches_.empty(); });
        if (batches_.empty()) return std::nullopt;
        Batch b = std::move(batches_.front());
        batches_.pop_front();
        changed_.notify_all();
        return b;
    }
    // Consumer: a batch it has stored, for the producer to fill again.
    void recycle(Batch batch)
    {
        std::lock_guard lock(mutex_);
        spare_.push_back(std::move(batch));
    }
    // Consumer: stop taking batches (an error or a cancel); the producer's next push fails.
    void stop()
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        batches_.clear();
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch> batches_;
    std::vector<Batch> spare_;  // at most the batches ever made: kMaxBatches + 2
    bool closed_ = false, stopped_ = false;
};

}  // namespace aitocracy::core
