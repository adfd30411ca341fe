#pragma once
// Streams the one member of a single-member ZIP archive (GDELT's *.export.CSV.zip), the
// counterpart of ZipWriter. The member's CRC, compressed and uncompressed sizes are taken
// from the central directory (GDELT's archives may carry them in a data descriptor only)
// and checked against the local header when it has them; the CRC and sizes are verified
// when the member has been read to its end, so a damaged archive is an Error, never
// silently short data. Memory stays bounded (one input and one output buffer).
#include <cstdint>
#include <memory>
#include <string>

#include "common/Error.h"

namespace aitocracy::core {

class ZipReader {
public:
    // Opens `path`. Errors ("format", context = path): no ZIP signature (e.g. a text file
    // named .zip), no end record (truncated), not exactly one member, an unsupported
    // method (only stored and deflate), a local header that disagrees with the directory.
    static Result<ZipReader> open(const std::string& path);

    ZipReader(ZipReader&& other) noexcept;
    ZipReader& operator=(ZipReader&& other) noexcept;
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;
    ~ZipReader();

    [[nodiscard]] const std::string& memberName() const;
    [[nodiscard]] std::uint64_t uncompressedSize() const;

    // Reads up to `capacity` bytes of the member into `out`; 0 means the end was reached
    // and the CRC and size matched. Errors: "corrupt" (inflate failure, CRC or size
    // mismatch, archive shorter than the directory says), "io".
    Result<std::size_t> read(char* out, std::size_t capacity);

    // The whole member into `out` (capacity >= uncompressedSize()) in one call, with
    // libdeflate: about three times as fast as streaming through zlib, for the price of
    // holding the member in memory. Only before any read(); same errors as read().
    Result<void> readAll(char* out, std::size_t capacity);

private:
    struct State;
    explicit ZipReader(std::unique_ptr<State> state);
    std::unique_ptr<State> s_;
};

// True when the file at `path` starts with the ZIP local-header signature "PK\3\4".
bool hasZipSignature(const std::string& path);

}  // namespace aitocracy::core
