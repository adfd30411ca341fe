#pragma once
// A streaming ZIP archive writer, the subset of PKWARE's APPNOTE that every reader takes
// (unzip, GDAL's /vsizip/, Python's zipfile): members compressed with raw deflate by zlib,
// CRC-32 by zlib, a local header whose CRC and sizes are patched in after the data (the
// output is a seekable file, so no data descriptor is needed), then the central directory
// and the end record. Memory stays bounded whatever the member size. No ZIP64: a member or
// an archive reaching 4 GiB is an error, not a silently wrong archive.
#include "common/Dates.h"
#include "common/Error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace aitocracy::core {

class ZipWriter {
public:
    // Creates the archive at `path`, which must not exist yet: an archive is never
    // written over another file.
    static Result<ZipWriter> create(const std::string& path);

    ZipWriter(ZipWriter&& other) noexcept;
    ZipWriter& operator=(ZipWriter&& other) noexcept;
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    // An archive that was not finished is incomplete: it is closed and removed.
    ~ZipWriter();

    // Starts a member; `modified` is its time stamp (DOS time: 1980–2107, 2-second steps).
    Result<void> beginMember(std::string_view name, const CivilDate& modified, int hour = 0, int minute = 0, int second = 0);
    // Appends uncompressed bytes to the current member.
    Result<void> write(std::string_view bytes);
    // Flushes the compressor and fixes the member's CRC and sizes in its local header.
    Result<void> endMember();
    // Writes the central directory and the end record and closes the file; returns the
    // archive's size in bytes. The archive is complete only after this.
    Result<std::uint64_t> finish();

    [[nodiscard]] const std::string& path() const;

private:
    struct State;
    explicit ZipWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> s_;
};

}  // namespace aitocracy::core
