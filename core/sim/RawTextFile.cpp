#include "sim/RawTextFile.h"

#include <cerrno>
#include <cstring>
#include <utility>

namespace aitocracy::core::sim {

RawTextFile::RawTextFile(std::string path, std::FILE* file) : path_(std::move(path)), file_(file) {}

RawTextFile::RawTextFile(RawTextFile&& other) noexcept
    : path_(std::move(other.path_)), file_(std::exchange(other.file_, nullptr)), bytes_(other.bytes_),
      closed_(std::exchange(other.closed_, true))
{
}

RawTextFile& RawTextFile::operator=(RawTextFile&& other) noexcept
{
    if (this != &other) {
        discard();
        path_ = std::move(other.path_);
        file_ = std::exchange(other.file_, nullptr);
        bytes_ = other.bytes_;
        closed_ = std::exchange(other.closed_, true);
    }
    return *this;
}

RawTextFile::~RawTextFile() { discard(); }

void RawTextFile::discard()
{
    if (file_) std::fclose(std::exchange(file_, nullptr));
    if (!closed_ && !path_.empty()) std::remove(path_.c_str());
    closed_ = true;
}

Result<RawTextFile> RawTextFile::create(const std::string& path)
{
    // "x" (C11, glibc): fails with EEXIST instead of truncating a file that is there.
    std::FILE* file = std::fopen(path.c_str(), "wbx");
    if (!file) {
        const int err = errno;
        return fail(err == EEXIST ? "exists" : "io",
                    err == EEXIST ? "the file exists already; it is not overwritten" : std::string("cannot create: ") + std::strerror(err), path);
    }
    std::setvbuf(file, nullptr, _IOFBF, 1 << 16);
    return RawTextFile(path, file);
}

Result<void> RawTextFile::write(std::string_view bytes)
{
    if (!file_) return fail("state", "the file is closed", path_);
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        return fail("io", std::string("cannot write: ") + std::strerror(errno), path_);
    bytes_ += bytes.size();
    return ok();
}

Result<std::uint64_t> RawTextFile::close()
{
    if (!file_) return fail("state", "the file is closed", path_);
    std::FILE* file = std::exchange(file_, nullptr);
    const bool flushed = std::fflush(file) == 0 && !std::ferror(file);
    const int err = errno;
    if (std::fclose(file) != 0 || !flushed)
        return fail("io", std::string("cannot write: ") + std::strerror(flushed ? errno : err), path_);
    closed_ = true;
    return bytes_;
}

}  // namespace aitocracy::core::sim
