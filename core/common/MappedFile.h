#pragma once
// A file mapped read-only into memory: the GDELT importer scans, hashes and splits a
// plain event file across threads without copying it (the page cache already holds it;
// reading it through a buffer cost a second copy of every byte).
#include <string>
#include <string_view>

#include "common/Error.h"

namespace aitocracy::core {

class MappedFile {
public:
    // Errors ("io") name the file. An empty file maps to an empty view.
    static Result<MappedFile> open(const std::string& path);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    [[nodiscard]] std::string_view bytes() const { return {data_, size_}; }

private:
    MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
    void unmap();

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace aitocracy::core
