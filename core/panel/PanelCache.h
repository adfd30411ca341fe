#pragma once
// Built panels kept in memory, so that the views can switch the period back and forth
// and rebuild only when the key changes: the project file, what it holds (its data
// version) and the options. Thread-safe: views on several threads may share one cache.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/CancelToken.h"
#include "common/Error.h"
#include "panel/Panel.h"
#include "panel/PanelBuilder.h"

namespace aitocracy::core {

class ProjectStore;

// What a panel is built from, read cheaply: an import, a deleted import, a re-classification
// of the contracts or rows written by the program (a simulated world, a test) all change it.
// Contracts are only added (with a new, higher rowid) or deleted with their import, and
// re-classified when the rules change, so the newest rowid and the rules stand for them:
// counting them by class would scan the table on every look-up.
struct DataVersion {
    std::int64_t lastImportId = 0;
    std::int64_t imports = 0;
    std::int64_t units = 0;
    std::int64_t unrestEvents = 0;
    std::int64_t mergedReports = 0;  // events with duplicate_of set
    std::int64_t weatherDays = 0;
    std::int64_t covariates = 0;
    std::int64_t lastContractId = 0;
    std::string rules;  // the classification rule sets as stored, with their edit times

    bool operator==(const DataVersion&) const = default;
};

Result<DataVersion> dataVersion(const ProjectStore& store);

class PanelCache {
public:
    explicit PanelCache(std::size_t capacity = 8) : capacity_(capacity) {}

    // The cached panel when project path, data version and options match, else a new one
    // (built on the calling thread, outside the lock, with the caller's store), which
    // replaces any panel of an older version with the same options. The least recently
    // used panel leaves when more than `capacity` are held.
    Result<std::shared_ptr<const Panel>> get(const ProjectStore& store, const PanelOptions& options,
                                             const CancelToken* cancel = nullptr);

    [[nodiscard]] std::size_t size() const;
    void clear();

private:
    struct Entry {
        std::string path;
        DataVersion version;
        PanelOptions options;
        std::shared_ptr<const Panel> panel;
        std::uint64_t lastUse = 0;
    };

    mutable std::mutex mutex_;
    std::vector<Entry> entries_;
    std::size_t capacity_;
    std::uint64_t clock_ = 0;
};

}  // namespace aitocracy::core
