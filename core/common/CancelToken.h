#pragma once
// Cooperative cancellation and progress for long core work: the caller keeps the token
// (copies share one state), the worker polls cancelled() at safe points and returns
// Error{"cancelled"}, and reports how far it has come at the same points, so that a GUI
// can draw a progress bar from another thread.
#include <atomic>
#include <cstdint>
#include <memory>

namespace aitocracy::core {

// How far a task has come: bytes of its input read out of the total (0 total: unknown)
// and records read so far.
struct TaskProgress {
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::int64_t rows = 0;
};

class CancelToken {
public:
    void cancel() { state_->cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const { return state_->cancelled.load(std::memory_order_relaxed); }

    // Worker side; const because workers receive `const CancelToken*`.
    void reportProgress(std::uint64_t bytesDone, std::uint64_t bytesTotal, std::int64_t rows) const
    {
        state_->bytesTotal.store(bytesTotal, std::memory_order_relaxed);
        state_->bytesDone.store(bytesDone, std::memory_order_relaxed);
        state_->rows.store(rows, std::memory_order_relaxed);
    }
    [[nodiscard]] TaskProgress progress() const
    {
        return {state_->bytesDone.load(std::memory_order_relaxed), state_->bytesTotal.load(std::memory_order_relaxed),
                state_->rows.load(std::memory_order_relaxed)};
    }

private:
    struct State {
        std::atomic<bool> cancelled{false};
        std::atomic<std::uint64_t> bytesDone{0}, bytesTotal{0};
        std::atomic<std::int64_t> rows{0};
    };
    std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace aitocracy::core
