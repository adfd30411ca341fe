#pragma once
// An input row an importer refused (a row of the `import_rejects` table).
#include <cstddef>
#include <cstdint>
#include <string>

namespace aitocracy::core {

struct RejectedRow {
    std::int64_t importId = 0;
    std::int64_t line = 0;    // 1-based; 0 when the input has no lines
    std::int64_t column = 0;  // 1-based; 0 when the whole row is at fault
    std::string reason{};     // for people: what was wrong and what was expected
    std::string raw{};        // the row as read (cut at kMaxRawBytes)

    // Raw text longer than this is cut (on a UTF-8 boundary) and marked with "…", so a
    // file of one broken multi-megabyte line does not bloat the project.
    static constexpr std::size_t kMaxRawBytes = 4096;

    bool operator==(const RejectedRow&) const = default;
};

}  // namespace aitocracy::core
