#pragma once
// The first bytes of a file to import, as its importer would read them: a plain file's
// own bytes, or the inflated start of a ZIP archive's one member (GDELT's *.zip). Import
// kind detection and the import preview look at these.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/Error.h"

namespace aitocracy::core {

inline constexpr std::size_t kFileSampleBytes = std::size_t{1} << 20;

struct FileSample {
    std::string bytes;            // the first <= limit bytes of the text
    std::string member;           // the ZIP member read; "" for a plain file
    std::uint64_t fileBytes = 0;  // the file's size
    std::uint64_t textBytes = 0;  // the text's whole size (a member's inflated size)

    [[nodiscard]] bool complete() const { return bytes.size() == textBytes; }
};

// A ZIP when isZipInput (GdeltInput.h) says so. Errors: "io" (missing, unreadable), the
// ZipReader's ("format", "corrupt") for an archive it cannot read.
Result<FileSample> readFileSample(const std::string& path, std::size_t limit = kFileSampleBytes);

}  // namespace aitocracy::core
