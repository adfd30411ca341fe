#include "common/ZipWriter.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

// Layout references: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local file header),
// 4.3.12 (central directory header) and 4.3.16 (end of central directory record).
namespace aitocracy::core {
namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint16_t kVersionNeeded = 20;                 // 2.0: deflate
constexpr std::uint16_t kVersionMadeBy = (3u << 8) | 20u;    // Unix host, so readers take the mode below
constexpr std::uint32_t kExternalAttributes = 0100644u << 16;  // regular file, rw-r--r--
constexpr std::uint16_t kMethodDeflate = 8;
constexpr std::uint16_t kFlagUtf8Name = 1u << 11;
constexpr std::uint64_t kZip32Limit = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kChunk = 1 << 16;  // input gathered before a deflate call; output buffer size

void put16(std::string& out, std::uint32_t v)
{
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
}

void put32(std::string& out, std::uint32_t v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

struct Member {
    std::string name;
    std::uint16_t flags = 0, dosTime = 0, dosDate = 0;
    std::uint32_t crc = 0;
    std::uint64_t compressed = 0, uncompressed = 0, headerOffset = 0;
};

}  // namespace

struct ZipWriter::State {
    std::string path;
    std::FILE* file = nullptr;
    bool finished = false;
    bool inMember = false;
    bool deflating = false;  // `zs` is initialised and must be ended
    z_stream zs{};
    std::string input;                   // bytes waiting for the next deflate call
    std::vector<unsigned char> output = std::vector<unsigned char>(kChunk);
    std::vector<Member> members;         // one small record per member, for the central directory
    std::uint64_t offset = 0;            // bytes written so far

    Result<void> ioError(const char* what) const
    {
        return fail("io", std::string(what) + ": " + std::strerror(errno), path);
    }

    Result<void> writeRaw(const void* data, std::size_t size)
    {
        if (size && std::fwrite(data, 1, size, file) != size) return ioError("cannot write");
        offset += size;
        return ok();
    }

    // Feeds `input` to the compressor (all of it) and writes whatever comes out.
    Result<void> pump(int flush)
    {
        Member& m = members.back();
        m.crc = static_cast<std::uint32_t>(crc32(m.crc, reinterpret_cast<const Bytef*>(input.data()), static_cast<uInt>(input.size())));
        m.uncompressed += input.size();
        zs.next_in = reinterpret_cast<Bytef*>(input.data());
        zs.avail_in = static_cast<uInt>(input.size());
        int rc = Z_OK;
        do {
            zs.next_out = output.data();
            zs.avail_out = static_cast<uInt>(output.size());
            rc = deflate(&zs, flush);
            if (rc == Z_STREAM_ERROR) return fail("zlib", "deflate failed", path);
            const std::size_t produced = output.size() - zs.avail_out;
            if (auto r = writeRaw(output.data(), produced); !r) return r;
            m.compressed += produced;
        } while (zs.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        input.clear();
        return ok();
    }

    void endDeflate()
    {
        if (deflating) deflateEnd(&zs);
        deflating = false;
    }

    ~State()
    {
        endDeflate();
        if (file) std::fclose(file);
        if (!finished && !path.empty()) std::remove(path.c_str());
    }
};

ZipWriter::ZipWriter(std::unique_ptr<State> state) : s_(std::move(state)) {}
ZipWriter::ZipWriter(ZipWriter&& other) noexcept = default;
ZipWriter& ZipWriter::operator=(ZipWriter&& other) noexcept = default;
ZipWriter::~ZipWriter() = default;

const std::string& ZipWriter::path() const { return s_->path; }

Result<ZipWriter> ZipWriter::create(const std::string& path)
{
    // "x": fails if the file exists (C11, glibc), so the check and the creation are one step.
    std::FILE* file = std::fopen(path.c_str(), "wbx");
    if (!file) {
        const int err = errno;
        return fail(err == EEXIST ? "exists" : "io",
                    err == EEXIST ? "the file exists already; it is not overwritten" : std::string("cannot create: ") + std::strerror(err), path);
    }
    auto state = std::make_unique<State>();
    state->path = path;
    state->file = file;
    return ZipWriter(std::move(state));
}

Result<void> ZipWriter::beginMember(std::string_view name, const CivilDate& modified, int hour, int minute, int second)
{
    State& s = *s_;
    if (s.finished || !s.file) return fail("state", "the archive is finished", s.path);
    if (s.inMember) return fail("state", "the previous member is not ended", s.path);
    if (name.empty() || name.size() > 0xffff) return fail("invalid", "a member name must have 1 to 65535 bytes", s.path);
    if (s.members.size() >= 0xffff) return fail("too_large", "more than 65535 members needs ZIP64, which this writer does not write", s.path);

    Member m;
    m.name = std::string(name);
    const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    m.flags = ascii ? 0 : kFlagUtf8Name;
    // DOS dates count years from 1980; clamp rather than wrap for dates outside its range.
    const CivilDate d = modified.year < 1980 ? CivilDate{1980, 1, 1} : modified.year > 2107 ? CivilDate{2107, 12, 31} : modified;
    m.dosDate = static_cast<std::uint16_t>(((d.year - 1980) << 9) | (d.month << 5) | d.day);
    m.dosTime = static_cast<std::uint16_t>((std::clamp(hour, 0, 23) << 11) | (std::clamp(minute, 0, 59) << 5) | (std::clamp(second, 0, 59) / 2));
    m.headerOffset = s.offset;
    m.crc = static_cast<std::uint32_t>(crc32(0L, Z_NULL, 0));

    std::string header;
    put32(header, kLocalHeaderSignature);
    put16(header, kVersionNeeded);
    put16(header, m.flags);
    put16(header, kMethodDeflate);
    put16(header, m.dosTime);
    put16(header, m.dosDate);
    put32(header, 0);  // CRC-32, compressed and uncompressed size: patched by endMember()
    put32(header, 0);
    put32(header, 0);
    put16(header, static_cast<std::uint32_t>(m.name.size()));
    put16(header, 0);  // no extra field
    header += m.name;
    s.members.push_back(std::move(m));
    if (auto r = s.writeRaw(header.data(), header.size()); !r) return r;

    s.zs = z_stream{};
    // Negative window bits: a raw deflate stream, without the zlib wrapper ZIP does not use.
    if (deflateInit2(&s.zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return fail("zlib", "cannot initialise deflate", s.path);
    s.deflating = true;
    s.inMember = true;
    return ok();
}

Result<void> ZipWriter::write(std::string_view bytes)
{
    State& s = *s_;
    if (!s.inMember) return fail("state", "write outside a member", s.path);
    while (!bytes.empty()) {
        const std::size_t take = std::min(bytes.size(), kChunk - std::min(kChunk, s.input.size()));
        s.input.append(bytes.substr(0, take));
        bytes.remove_prefix(take);
        if (s.input.size() >= kChunk)
            if (auto r = s.pump(Z_NO_FLUSH); !r) return r;
    }
    return ok();
}

Result<void> ZipWriter::endMember()
{
    State& s = *s_;
    if (!s.inMember) return fail("state", "no member to end", s.path);
    if (auto r = s.pump(Z_FINISH); !r) return r;
    s.endDeflate();
    s.inMember = false;
    const Member& m = s.members.back();
    if (m.compressed >= kZip32Limit || m.uncompressed >= kZip32Limit || s.offset >= kZip32Limit)
        return fail("too_large", "a member or the archive reached 4 GiB, which needs ZIP64", s.path);

    std::string fix;
    put32(fix, m.crc);
    put32(fix, static_cast<std::uint32_t>(m.compressed));
    put32(fix, static_cast<std::uint32_t>(m.uncompressed));
    if (fseeko(s.file, static_cast<off_t>(m.headerOffset + 14), SEEK_SET) != 0) return s.ioError("cannot seek");
    if (std::fwrite(fix.data(), 1, fix.size(), s.file) != fix.size()) return s.ioError("cannot write");
    if (fseeko(s.file, static_cast<off_t>(s.offset), SEEK_SET) != 0) return s.ioError("cannot seek");
    return ok();
}

Result<std::uint64_t> ZipWriter::finish()
{
    State& s = *s_;
    if (s.finished || !s.file) return fail("state", "the archive is finished", s.path);
    if (s.inMember)
        if (auto r = endMember(); !r) return std::unexpected(r.error());

    const std::uint64_t directoryOffset = s.offset;
    std::string dir;
    for (const Member& m : s.members) {
        put32(dir, kCentralHeaderSignature);
        put16(dir, kVersionMadeBy);
        put16(dir, kVersionNeeded);
        put16(dir, m.flags);
        put16(dir, kMethodDeflate);
        put16(dir, m.dosTime);
        put16(dir, m.dosDate);
        put32(dir, m.crc);
        put32(dir, static_cast<std::uint32_t>(m.compressed));
        put32(dir, static_cast<std::uint32_t>(m.uncompressed));
        put16(dir, static_cast<std::uint32_t>(m.name.size()));
        put16(dir, 0);  // extra field length
        put16(dir, 0);  // comment length
        put16(dir, 0);  // disk number
        put16(dir, 0);  // internal attributes
        put32(dir, kExternalAttributes);
        put32(dir, static_cast<std::uint32_t>(m.headerOffset));
        dir += m.name;
    }
    if (directoryOffset + dir.size() >= kZip32Limit) return fail("too_large", "the archive reached 4 GiB, which needs ZIP64", s.path);
    const auto directorySize = static_cast<std::uint32_t>(dir.size());
    put32(dir, kEndSignature);
    put16(dir, 0);  // this disk
    put16(dir, 0);  // disk with the central directory
    put16(dir, static_cast<std::uint32_t>(s.members.size()));  // members on this disk
    put16(dir, static_cast<std::uint32_t>(s.members.size()));  // members in all
    put32(dir, directorySize);
    put32(dir, static_cast<std::uint32_t>(directoryOffset));
    put16(dir, 0);  // comment length
    if (auto r = s.writeRaw(dir.data(), dir.size()); !r) return std::unexpected(r.error());

    std::FILE* file = std::exchange(s.file, nullptr);
    if (std::fflush(file) != 0 || std::ferror(file)) {
        std::fclose(file);
        return std::unexpected(s.ioError("cannot write").error());
    }
    if (std::fclose(file) != 0) return std::unexpected(s.ioError("cannot close").error());
    s.finished = true;
    return s.offset;
}

}  // namespace aitocracy::core
