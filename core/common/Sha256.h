#pragma once
// SHA-256 (FIPS 180-4) for import provenance: the digest identifies exactly which bytes
// were imported. Streaming, so files of any size hash in bounded memory. On x86-64 CPUs
// with the SHA extensions the blocks go through them (about 4× faster: hashing a GDELT
// file otherwise costs as much as parsing it).
#include "common/Error.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace aitocracy::core {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    // 64 lowercase hex digits; the object must not be updated afterwards.
    std::string hexDigest();

private:
    void blocks(const unsigned char* p, std::size_t count);  // SHA extensions when the CPU has them
    void block(const unsigned char* p);
    std::array<std::uint32_t, 8> h_{};
    std::array<unsigned char, 64> buf_{};
    std::size_t bufLen_ = 0;
    std::uint64_t totalBytes_ = 0;
};

// The SHA-256 of the file at `path` (error "io" naming the file when it cannot be read).
Result<std::string> sha256OfFile(const std::string& path);

}  // namespace aitocracy::core
