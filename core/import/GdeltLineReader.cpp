#include "import/GdeltLineReader.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace aitocracy::core {

Result<GdeltLineReader> GdeltLineReader::open(const std::string& path)
{
    GdeltLineReader r;
    r.path_ = path;
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool zipName = lower.size() >= 4 && lower.ends_with(".zip");
    if (zipName || hasZipSignature(path)) {
        auto zip = ZipReader::open(path);
        if (!zip) return std::unexpected(zip.error());
        r.zip_.emplace(std::move(*zip));
    } else {
        r.plain_.reset(std::fopen(path.c_str(), "rb"), [](std::FILE* f) {
            if (f) std::fclose(f);
        });
        if (!r.plain_) return fail("io", "cannot open the file", path);
    }
    return r;
}

Result<std::size_t> GdeltLineReader::fill(char* out, std::size_t capacity)
{
    if (zip_) return zip_->read(out, capacity);
    const std::size_t got = std::fread(out, 1, capacity, plain_.get());
    if (got == 0 && std::ferror(plain_.get())) return fail("io", "read error", path_);
    return got;
}

Result<std::optional<std::string_view>> GdeltLineReader::next()
{
    carry_.clear();
    while (true) {
        if (begin_ < end_) {
            const char* start = buf_.data() + begin_;
            const void* nl = std::memchr(start, '\n', end_ - begin_);
            if (nl) {
                const auto len = static_cast<std::size_t>(static_cast<const char*>(nl) - start);
                begin_ += len + 1;
                ++line_;
                if (carry_.empty()) return std::optional<std::string_view>(std::string_view(start, len));
                carry_.append(start, len);
                return std::optional<std::string_view>(std::string_view(carry_));
            }
            carry_.append(start, end_ - begin_);
            begin_ = end_;
        }
        if (eof_) break;
        auto got = fill(buf_.data(), buf_.size());
        if (!got) return std::unexpected(got.error());
        begin_ = 0;
        end_ = *got;
        if (*got == 0) eof_ = true;
    }
    if (carry_.empty()) return std::optional<std::string_view>();
    ++line_;  // a last line without a final newline
    return std::optional<std::string_view>(std::string_view(carry_));
}

}  // namespace aitocracy::core
