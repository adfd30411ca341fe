#pragma once
// One GDELT input file's share of an ImportProgress. Scanners see the file's text (a ZIP
// member's inflated bytes); progress counts the file's own bytes, so text bytes are
// scaled by file size / text size (1 for a plain file). Pieces of one file scanned on
// different threads report to the same GdeltFileProgress.
#include <cstdint>
#include <mutex>

#include "import/ImportProgress.h"

namespace aitocracy::core {

class GdeltFileProgress {
public:
    GdeltFileProgress(ImportProgress& total, std::uint64_t fileBytes, std::uint64_t textBytes)
        : total_(total), fileBytes_(fileBytes), textBytes_(textBytes)
    {
    }

    // `textBytes` of text and `rows` rows read since the caller's last report; thread-safe.
    void add(std::uint64_t textBytes, std::int64_t rows);
    // The file read to its end with `rows` rows in all: its whole size is counted.
    void finish(std::int64_t rows);

private:
    ImportProgress& total_;
    std::uint64_t fileBytes_, textBytes_;
    std::mutex mutex_;
    std::uint64_t textDone_ = 0, bytesReported_ = 0;
    std::int64_t rowsReported_ = 0;
};

}  // namespace aitocracy::core
