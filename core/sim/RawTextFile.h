#pragma once
// A new text file written in one pass: created only if no file of that name exists
// (the check and the creation are one step, so nothing is ever overwritten), buffered,
// and removed again unless close() succeeds, so a failed export leaves no half file.
#include "common/Error.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace aitocracy::core::sim {

class RawTextFile {
public:
    static Result<RawTextFile> create(const std::string& path);

    RawTextFile(RawTextFile&& other) noexcept;
    RawTextFile& operator=(RawTextFile&& other) noexcept;
    RawTextFile(const RawTextFile&) = delete;
    RawTextFile& operator=(const RawTextFile&) = delete;
    ~RawTextFile();

    Result<void> write(std::string_view bytes);
    // Flushes and closes; returns the file's size in bytes.
    Result<std::uint64_t> close();

    [[nodiscard]] const std::string& path() const { return path_; }

private:
    RawTextFile(std::string path, std::FILE* file);
    void discard();

    std::string path_;
    std::FILE* file_ = nullptr;
    std::uint64_t bytes_ = 0;
    bool closed_ = false;
};

}  // namespace aitocracy::core::sim
