#pragma once
// Streams the lines of one GDELT input file, plain or a single-member ZIP archive, in
// bounded memory (a 1 MiB buffer plus the longest line). A file is read as ZIP when its
// name ends in ".zip" or it starts with the ZIP signature; a ".zip" without the signature
// is an error naming the file, never text taken for event rows.
#include "common/Error.h"
#include "common/ZipReader.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aitocracy::core {

class GdeltLineReader {
public:
    static Result<GdeltLineReader> open(const std::string& path);

    // The next line without its '\n' (valid until the next call), or nullopt at the end.
    // Errors come from the archive (truncated, CRC) or the file system, naming the file.
    Result<std::optional<std::string_view>> next();
    // 1-based number of the line last returned.
    [[nodiscard]] std::int64_t lineNumber() const { return line_; }

private:
    GdeltLineReader() = default;
    Result<std::size_t> fill(char* out, std::size_t capacity);

    std::string path_;
    std::shared_ptr<std::FILE> plain_;
    std::optional<ZipReader> zip_;
    std::vector<char> buf_ = std::vector<char>(1 << 20);
    std::size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    std::string carry_;  // a line that straddles two buffer fills
    std::int64_t line_ = 0;
};

}  // namespace aitocracy::core
