#include "import/FileSample.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "common/ZipReader.h"
#include "import/GdeltInput.h"

namespace aitocracy::core {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

Result<FileSample> readFileSample(const std::string& path, std::size_t limit)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec)) return fail("io", "no such file", path);
    if (!fs::is_regular_file(path, ec)) return fail("io", "not a file", path);
    FileSample s;
    s.fileBytes = fs::file_size(path, ec);
    if (ec) return fail("io", "cannot read the file size: " + ec.message(), path);
    if (s.fileBytes > 0 && isZipInput(path)) {
        auto zip = ZipReader::open(path);
        if (!zip) return std::unexpected(zip.error());
        s.member = zip->memberName();
        s.textBytes = zip->uncompressedSize();
        s.bytes.resize(static_cast<std::size_t>(std::min<std::uint64_t>(limit, s.textBytes)));
        std::size_t filled = 0;
        while (filled < s.bytes.size()) {
            auto got = zip->read(s.bytes.data() + filled, s.bytes.size() - filled);
            if (!got) return std::unexpected(got.error());
            if (*got == 0) break;
            filled += *got;
        }
        s.bytes.resize(filled);
        return s;
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) return fail("io", std::string("cannot open the file: ") + std::strerror(errno), path);
    s.textBytes = s.fileBytes;
    s.bytes.resize(static_cast<std::size_t>(std::min<std::uint64_t>(limit, s.fileBytes)));
    const std::size_t got = std::fread(s.bytes.data(), 1, s.bytes.size(), file.get());
    if (got < s.bytes.size() && std::ferror(file.get())) return fail("io", "read error", path);
    s.bytes.resize(got);
    return s;
}

}  // namespace aitocracy::core
