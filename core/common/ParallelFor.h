#pragma once
// fn(i) for every i in [0, count), on the calling thread plus one helper thread when the
// job is big enough to repay starting it (about 20 µs). Two threads, because the
// machines this runs on have two cores and the rest of the program needs little.
// fn must be safe to call concurrently for different i.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>

namespace aitocracy::core {

template <typename Fn>
void parallelFor(std::size_t count, std::size_t totalWork, Fn&& fn)
{
    constexpr std::size_t kMinWorkForThreads = 200000;  // below this a thread costs more than it saves
    if (count < 2 || totalWork < kMinWorkForThreads || std::thread::hardware_concurrency() < 2) {
        for (std::size_t i = 0; i < count; ++i) fn(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) fn(i);
    };
    std::thread helper(worker);
    worker();
    helper.join();
}

}  // namespace aitocracy::core
