#pragma once
// Cooperative cancellation for long core work: the caller keeps the token, the worker
// polls cancelled() at safe points and returns Error{"cancelled"}.
#include <atomic>
#include <memory>

namespace aitocracy::core {

class CancelToken {
public:
    void cancel() { flag_->store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> flag_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace aitocracy::core
