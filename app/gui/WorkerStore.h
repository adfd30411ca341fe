#pragma once
// A project opened once on a controller's worker thread and kept for the jobs after it:
// opening checks the whole file (PRAGMA quick_check, ~0.7 s on a large project), so the
// controllers' one-thread pools open it once per path, not once per job. Used by one
// thread at a time.
#include <optional>
#include <string>

#include "common/Error.h"
#include "store/ProjectStore.h"

namespace aitocracy::gui {

class WorkerStore {
public:
    // The project at `path`, opened now unless it is the one already open.
    core::Result<core::ProjectStore*> open(const std::string& path)
    {
        if (!store_ || path_ != path) {
            store_.reset();
            auto opened = core::ProjectStore::open(path);
            if (!opened) return std::unexpected(opened.error());
            store_.emplace(std::move(*opened));
            path_ = path;
        }
        return &*store_;
    }

private:
    std::optional<core::ProjectStore> store_;
    std::string path_;
};

}  // namespace aitocracy::gui
