#include "common/ZipReader.h"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <vector>

namespace aitocracy::core {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;

std::uint32_t le16(const unsigned char* p)
{
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8);
}
std::uint32_t le32(const unsigned char* p)
{
    return le16(p) | (le16(p + 2) << 16);
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

struct ZipReader::State {
    std::string path;
    std::unique_ptr<std::FILE, FileCloser> file;
    std::string member;
    int method = 0;
    std::uint32_t crc = 0;
    std::uint64_t compressedSize = 0, size = 0;
    std::uint64_t compressedLeft = 0, produced = 0;
    std::uint32_t runningCrc = 0;
    z_stream z{};
    bool zInit = false, finished = false;
    std::vector<unsigned char> in = std::vector<unsigned char>(1 << 16);

    ~State()
    {
        if (zInit) inflateEnd(&z);
    }
};

ZipReader::ZipReader(std::unique_ptr<State> state) : s_(std::move(state)) {}
ZipReader::ZipReader(ZipReader&& other) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&& other) noexcept = default;
ZipReader::~ZipReader() = default;

const std::string& ZipReader::memberName() const
{
    return s_->member;
}
std::uint64_t ZipReader::uncompressedSize() const
{
    return s_->size;
}

bool hasZipSignature(const std::string& path)
{
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
    if (!f) return false;
    unsigned char sig[4];
    return std::fread(sig, 1, 4, f.get()) == 4 && le32(sig) == kLocalSig;
}

Result<ZipReader> ZipReader::open(const std::string& path)
{
    auto s = std::make_unique<State>();
    s->path = path;
    s->file.reset(std::fopen(path.c_str(), "rb"));
    if (!s->file) return fail("io", "cannot open the file", path);
    std::FILE* f = s->file.get();
    unsigned char head[30];
    const std::size_t got = std::fread(head, 1, 30, f);
    if (got < 4 || le32(head) != kLocalSig)
        return fail("format", "not a ZIP archive: the file does not start with the ZIP signature PK\\3\\4", path);
    if (got < 30) return fail("format", "truncated ZIP archive: the local header is cut short", path);
    // The end record sits in the last 22 + up to 65535 (comment) bytes.
    if (fseeko(f, 0, SEEK_END) != 0) return fail("io", "cannot seek", path);
    const auto fileSize = static_cast<std::uint64_t>(ftello(f));
    const std::uint64_t tail = std::min<std::uint64_t>(fileSize, 22 + 65535);
    std::vector<unsigned char> buf(tail);
    if (fseeko(f, static_cast<off_t>(fileSize - tail), SEEK_SET) != 0 || std::fread(buf.data(), 1, tail, f) != tail)
        return fail("io", "cannot read the end of the archive", path);
    std::optional<std::size_t> end;
    for (std::size_t i = tail >= 22 ? tail - 22 + 1 : 0; i-- > 0;)
        if (le32(&buf[i]) == kEndSig) {
            end = i;
            break;
        }
    if (!end) return fail("format", "truncated ZIP archive: no end-of-central-directory record", path);
    const unsigned char* e = &buf[*end];
    const std::uint32_t entries = le16(e + 10);
    const std::uint64_t cdOffset = le32(e + 16);
    if (entries != 1)
        return fail("format", "the archive holds " + std::to_string(entries) + " members; expected exactly one", path);
    unsigned char cd[46];
    if (cdOffset + 46 > fileSize || fseeko(f, static_cast<off_t>(cdOffset), SEEK_SET) != 0 ||
        std::fread(cd, 1, 46, f) != 46 || le32(cd) != kCentralSig)
        return fail("format", "damaged ZIP archive: the central directory is missing", path);
    s->method = static_cast<int>(le16(cd + 10));
    s->crc = le32(cd + 16);
    s->compressedSize = le32(cd + 20);
    s->size = le32(cd + 24);
    const std::uint32_t nameLen = le16(cd + 28);
    const std::uint64_t localOffset = le32(cd + 42);
    s->member.resize(nameLen);
    if (nameLen > 0 && std::fread(s->member.data(), 1, nameLen, f) != nameLen)
        return fail("format", "damaged ZIP archive: the member name is cut short", path);
    if (s->method != 0 && s->method != 8)
        return fail("format",
                    "unsupported compression method " + std::to_string(s->method) + " (only stored and deflate)", path);
    unsigned char lh[30];
    if (fseeko(f, static_cast<off_t>(localOffset), SEEK_SET) != 0 || std::fread(lh, 1, 30, f) != 30 ||
        le32(lh) != kLocalSig)
        return fail("format", "damaged ZIP archive: no local header where the directory points", path);
    const std::uint32_t flags = le16(lh + 6);
    if ((flags & 1) != 0) return fail("format", "encrypted ZIP members are not supported", path);
    if ((flags & 8) == 0 && (le32(lh + 14) != s->crc || le32(lh + 18) != s->compressedSize || le32(lh + 22) != s->size))
        return fail("format", "damaged ZIP archive: the local header's CRC or sizes differ from the central directory",
                    path);
    const std::uint64_t dataStart = localOffset + 30 + le16(lh + 26) + le16(lh + 28);
    if (dataStart + s->compressedSize > fileSize)
        return fail("corrupt", "truncated ZIP archive: the member's data runs past the end of the file", path);
    if (fseeko(f, static_cast<off_t>(dataStart), SEEK_SET) != 0) return fail("io", "cannot seek", path);
    s->compressedLeft = s->compressedSize;
    s->runningCrc = static_cast<std::uint32_t>(crc32(0L, Z_NULL, 0));
    if (s->method == 8) {
        if (inflateInit2(&s->z, -MAX_WBITS) != Z_OK) return fail("io", "cannot start zlib", path);
        s->zInit = true;
    }
    return ZipReader(std::move(s));
}

Result<std::size_t> ZipReader::read(char* out, std::size_t capacity)
{
    State& s = *s_;
    if (s.finished || capacity == 0) return std::size_t{0};
    std::size_t written = 0;
    auto refill = [&]() -> Result<std::size_t> {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(s.compressedLeft, s.in.size()));
        if (want == 0) return std::size_t{0};
        const std::size_t got = std::fread(s.in.data(), 1, want, s.file.get());
        if (got != want) return fail("corrupt", "truncated ZIP archive: the member's data ends early", s.path);
        s.compressedLeft -= got;
        return got;
    };
    if (s.method == 0) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(s.compressedLeft, capacity));
        if (want > 0) {
            if (std::fread(out, 1, want, s.file.get()) != want)
                return fail("corrupt", "truncated ZIP archive: the member's data ends early", s.path);
            s.compressedLeft -= want;
            written = want;
        }
    } else {
        s.z.next_out = reinterpret_cast<Bytef*>(out);
        s.z.avail_out = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
        bool streamEnd = false;
        while (s.z.avail_out > 0 && !streamEnd) {
            if (s.z.avail_in == 0) {
                auto got = refill();
                if (!got) return std::unexpected(got.error());
                if (*got == 0) return fail("corrupt", "damaged ZIP archive: the deflate stream ends early", s.path);
                s.z.next_in = s.in.data();
                s.z.avail_in = static_cast<uInt>(*got);
            }
            const int rc = inflate(&s.z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END)
                streamEnd = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                return fail(
                    "corrupt",
                    std::string("damaged ZIP archive: inflate failed (") + (s.z.msg ? s.z.msg : "zlib error") + ")",
                    s.path);
        }
        written = static_cast<std::size_t>(reinterpret_cast<char*>(s.z.next_out) - out);
        if (streamEnd) s.compressedLeft = 0;  // the end is known; what follows is not data
        if (!streamEnd && written == 0) return fail("corrupt", "damaged ZIP archive: inflate made no progress", s.path);
        if (streamEnd && written == 0) s.finished = true;
        if (streamEnd) s.finished = true;
    }
    s.runningCrc = static_cast<std::uint32_t>(
        crc32(s.runningCrc, reinterpret_cast<const Bytef*>(out), static_cast<uInt>(written)));
    s.produced += written;
    if (s.method == 0 && s.compressedLeft == 0) s.finished = true;
    if (s.produced > s.size)
        return fail("corrupt", "damaged ZIP archive: the member is longer than its stated size", s.path);
    if (s.finished) {
        if (s.produced != s.size)
            return fail("corrupt",
                        "damaged ZIP archive: the member has " + std::to_string(s.produced) +
                            " bytes, the directory says " + std::to_string(s.size),
                        s.path);
        if (s.runningCrc != s.crc) return fail("corrupt", "damaged ZIP archive: CRC-32 mismatch", s.path);
    }
    return written;
}

Result<void> ZipReader::readAll(char* out, std::size_t capacity)
{
    State& s = *s_;
    if (s.produced != 0 || s.finished) return fail("io", "readAll must be the first read of the member", s.path);
    if (capacity < s.size) return fail("io", "the buffer is smaller than the member", s.path);
    const auto size = static_cast<std::size_t>(s.size);
    if (s.method == 0) {
        if (size > 0 && std::fread(out, 1, size, s.file.get()) != size)
            return fail("corrupt", "truncated ZIP archive: the member's data ends early", s.path);
    } else {
        std::vector<unsigned char> packed(static_cast<std::size_t>(s.compressedLeft));
        if (!packed.empty() && std::fread(packed.data(), 1, packed.size(), s.file.get()) != packed.size())
            return fail("corrupt", "truncated ZIP archive: the member's data ends early", s.path);
        std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> d(libdeflate_alloc_decompressor(),
                                                                                       &libdeflate_free_decompressor);
        if (!d) return fail("io", "cannot start libdeflate", s.path);
        std::size_t got = 0;
        const auto rc = libdeflate_deflate_decompress(d.get(), packed.data(), packed.size(), out, size, &got);
        if (rc == LIBDEFLATE_INSUFFICIENT_SPACE)
            return fail("corrupt", "damaged ZIP archive: the member is longer than its stated size", s.path);
        if (rc != LIBDEFLATE_SUCCESS)
            return fail("corrupt", "damaged ZIP archive: inflate failed (bad deflate data)", s.path);
        if (got != size)
            return fail("corrupt",
                        "damaged ZIP archive: the member has " + std::to_string(got) + " bytes, the directory says " +
                            std::to_string(size),
                        s.path);
    }
    s.compressedLeft = 0;
    s.produced = s.size;
    s.finished = true;
    if (libdeflate_crc32(0, out, size) != s.crc) return fail("corrupt", "damaged ZIP archive: CRC-32 mismatch", s.path);
    return ok();
}

}  // namespace aitocracy::core
