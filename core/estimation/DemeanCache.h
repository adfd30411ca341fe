#pragma once
// Demeaned columns kept between estimations of one session, keyed by what they depend
// on: the column, the estimation sample and the fixed effects. Changing a window or a
// control then demeans only the columns that are new. Thread-safe.
#include <Eigen/Dense>

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace aitocracy::core::est {

class DemeanCache {
public:
    static std::string key(const std::string& column, std::uint64_t sampleHash, const std::string& fixedEffects)
    {
        return column + '\x1f' + std::to_string(sampleHash) + '\x1f' + fixedEffects;
    }

    std::optional<Eigen::VectorXd> find(const std::string& key) const
    {
        std::lock_guard lock(mutex_);
        const auto it = columns_.find(key);
        if (it == columns_.end()) return std::nullopt;
        ++hits_;
        return it->second;
    }

    void store(const std::string& key, const Eigen::VectorXd& column)
    {
        std::lock_guard lock(mutex_);
        columns_[key] = column;
    }

    void clear()
    {
        std::lock_guard lock(mutex_);
        columns_.clear();
        hits_ = 0;
    }

    [[nodiscard]] std::size_t size() const
    {
        std::lock_guard lock(mutex_);
        return columns_.size();
    }
    [[nodiscard]] std::size_t hits() const
    {
        std::lock_guard lock(mutex_);
        return hits_;
    }

private:
    mutable std::mutex mutex_;
    std::map<std::string, Eigen::VectorXd> columns_;
    mutable std::size_t hits_ = 0;
};

}  // namespace aitocracy::core::est
