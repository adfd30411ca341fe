#include "common/TextEncodingConverter.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace aitocracy::core {
namespace {

const auto kInvalid = reinterpret_cast<iconv_t>(-1);  // what iconv_open returns on failure

}  // namespace

TextEncodingConverter::TextEncodingConverter(void* handle, std::string from, std::string to)
    : handle_(handle), from_(std::move(from)), to_(std::move(to))
{
}

TextEncodingConverter::TextEncodingConverter(TextEncodingConverter&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), from_(std::move(other.from_)), to_(std::move(other.to_))
{
}

TextEncodingConverter& TextEncodingConverter::operator=(TextEncodingConverter&& other) noexcept
{
    if (this != &other) {
        close();
        handle_ = std::exchange(other.handle_, nullptr);
        from_ = std::move(other.from_);
        to_ = std::move(other.to_);
    }
    return *this;
}

TextEncodingConverter::~TextEncodingConverter() { close(); }

void TextEncodingConverter::close()
{
    if (handle_) iconv_close(static_cast<iconv_t>(handle_));
    handle_ = nullptr;
}

Result<TextEncodingConverter> TextEncodingConverter::open(const std::string& from, const std::string& to)
{
    const iconv_t cd = iconv_open(to.c_str(), from.c_str());
    if (cd == kInvalid)
        return fail("encoding", "this system's iconv cannot convert " + from + " to " + to + ": " + std::strerror(errno), from + " -> " + to);
    return TextEncodingConverter(static_cast<void*>(cd), from, to);
}

Result<void> TextEncodingConverter::append(std::string_view text, std::string& out)
{
    if (!handle_) return fail("state", "the converter is closed");
    const auto cd = static_cast<iconv_t>(handle_);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // initial shift state for every piece
    const std::size_t start = out.size();
    char* in = const_cast<char*>(text.data());  // iconv's signature; it does not write the input
    std::size_t inLeft = text.size();
    std::size_t used = start;
    // Two output bytes per input byte cover UTF-8 → GB18030 (é: 2 bytes → 4); grow if not.
    out.resize(start + text.size() * 2 + 16);
    const auto convert = [&](bool flush) -> int {
        for (;;) {
            char* dst = out.data() + used;
            std::size_t outLeft = out.size() - used;
            // flush: writes a final shift sequence (none for GB18030 or UTF-8; stateful encodings have one)
            const std::size_t rc = flush ? iconv(cd, nullptr, nullptr, &dst, &outLeft) : iconv(cd, &in, &inLeft, &dst, &outLeft);
            used = out.size() - outLeft;
            if (rc != static_cast<std::size_t>(-1)) return 0;
            if (errno != E2BIG) return errno;
            out.resize(out.size() + text.size() + 16);
        }
    };
    int err = convert(false);
    if (err == 0) err = convert(true);
    if (err != 0) {
        const auto offset = static_cast<std::size_t>(in - text.data());
        out.resize(start);
        return fail("encoding",
                    std::string(err == EILSEQ ? "a character that cannot be converted" : "an incomplete character") + " at byte " +
                        std::to_string(offset) + " (" + from_ + " -> " + to_ + ")");
    }
    out.resize(used);
    return ok();
}

}  // namespace aitocracy::core
