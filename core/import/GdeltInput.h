#pragma once
// The bytes of one GDELT input file, plain or a single-member ZIP archive, handed out as
// blocks of whole lines so that a block can be split across threads at any line end.
// A plain file is one block, mapped, never copied. A ZIP member up to GdeltInputLimits::wholeMember
// is inflated in one go by libdeflate (about three times zlib's speed); a larger one is
// streamed through zlib in blocks of GdeltInputLimits::streamBlock bytes, so memory stays bounded. A file
// is read as ZIP when its name ends in ".zip" or it starts with the ZIP signature; a
// ".zip" without the signature is an error naming the file, never text taken for rows.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/Error.h"
#include "common/MappedFile.h"
#include "common/ZipReader.h"

namespace aitocracy::core {

struct GdeltInputLimits {
    std::uint64_t wholeMember = std::uint64_t{2} << 30;  // larger ZIP members are streamed
    std::size_t streamBlock = std::size_t{256} << 20;    // bytes per streamed block
};

// Whether GdeltInput reads `path` as a ZIP archive: its name ends in ".zip" (any case) or
// it starts with the ZIP signature.
bool isZipInput(const std::string& path);

class GdeltInput {
public:
    static Result<GdeltInput> open(const std::string& path, GdeltInputLimits limits = {});

    // The next block: whole lines, each ending in '\n' except perhaps the file's last;
    // valid until the next call. nullopt at the end. Errors come from the archive
    // (truncated, CRC) or the file system and name the file.
    Result<std::optional<std::string_view>> nextBlock();

    // Bytes of text the blocks hold in all: the file's size, or the ZIP member's inflated size.
    [[nodiscard]] std::uint64_t textBytes() const { return plain_ ? plain_->bytes().size() : zip_->uncompressedSize(); }

    // The mapped bytes of a plain file (to hash them without reading the file again);
    // empty for an archive.
    [[nodiscard]] std::string_view plainBytes() const { return plain_ ? plain_->bytes() : std::string_view(); }

private:
    GdeltInput() = default;
    Result<std::optional<std::string_view>> nextStreamedBlock();

    std::string path_;
    GdeltInputLimits limits_;
    std::optional<MappedFile> plain_;
    std::optional<ZipReader> zip_;
    std::unique_ptr<char[]> buf_;
    // An unfinished line at the end of the last streamed block: [tailFrom_, +tailSize_)
    // of buf_, moved to the front when the next block is read.
    std::size_t tailFrom_ = 0, tailSize_ = 0;
    bool done_ = false;
};

}  // namespace aitocracy::core
