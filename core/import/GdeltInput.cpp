#include "import/GdeltInput.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace aitocracy::core {

bool isZipInput(const std::string& path)
{
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.ends_with(".zip") || hasZipSignature(path);
}

Result<GdeltInput> GdeltInput::open(const std::string& path, GdeltInputLimits limits)
{
    GdeltInput in;
    in.path_ = path;
    in.limits_ = limits;
    if (isZipInput(path)) {
        auto zip = ZipReader::open(path);
        if (!zip) return std::unexpected(zip.error());
        in.zip_.emplace(std::move(*zip));
    } else {
        auto mapped = MappedFile::open(path);
        if (!mapped) return std::unexpected(mapped.error());
        in.plain_.emplace(std::move(*mapped));
    }
    return in;
}

Result<std::optional<std::string_view>> GdeltInput::nextBlock()
{
    if (done_) return std::optional<std::string_view>();
    if (plain_) {
        done_ = true;
        if (plain_->bytes().empty()) return std::optional<std::string_view>();
        return std::optional<std::string_view>(plain_->bytes());
    }
    const std::uint64_t size = zip_->uncompressedSize();
    if (size > limits_.wholeMember) return nextStreamedBlock();
    done_ = true;
    if (size == 0) return std::optional<std::string_view>();
    // Not zero-filled: every byte is about to be written by the inflater.
    buf_ = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size));
    if (auto r = zip_->readAll(buf_.get(), static_cast<std::size_t>(size)); !r) return std::unexpected(r.error());
    return std::optional<std::string_view>(std::string_view(buf_.get(), static_cast<std::size_t>(size)));
}

Result<std::optional<std::string_view>> GdeltInput::nextStreamedBlock()
{
    if (!buf_) buf_ = std::make_unique_for_overwrite<char[]>(limits_.streamBlock);
    std::memmove(buf_.get(), buf_.get() + tailFrom_, tailSize_);
    std::size_t filled = tailSize_;
    tailSize_ = 0;
    while (filled < limits_.streamBlock) {
        auto got = zip_->read(buf_.get() + filled, limits_.streamBlock - filled);
        if (!got) return std::unexpected(got.error());
        if (*got == 0) break;
        filled += *got;
    }
    if (filled < limits_.streamBlock) {  // the member's end: whatever is left is the last line(s)
        done_ = true;
        if (filled == 0) return std::optional<std::string_view>();
        return std::optional<std::string_view>(std::string_view(buf_.get(), filled));
    }
    const char* start = buf_.get();
    const char* lastNewline = static_cast<const char*>(memrchr(start, '\n', filled));
    if (!lastNewline)
        return fail("format",
                    "a line longer than " + std::to_string(limits_.streamBlock) + " bytes: not a GDELT event file",
                    path_);
    const auto blockSize = static_cast<std::size_t>(lastNewline - start) + 1;
    // The unfinished line moves to the front on the next call, so the block handed out
    // now stays valid until then.
    tailFrom_ = blockSize;
    tailSize_ = filled - blockSize;
    return std::optional<std::string_view>(std::string_view(start, blockSize));
}

}  // namespace aitocracy::core
