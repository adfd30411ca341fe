#pragma once
// Converts text from one character encoding to another with glibc's iconv (GB18030,
// GBK, UTF-8, ...): Chinese data files come in GB18030/GBK as often as in UTF-8, and
// glibc already knows every one of them, so no table of our own can drift from it.
#include "common/Error.h"

#include <string>
#include <string_view>

namespace aitocracy::core {

class TextEncodingConverter {
public:
    // Names as iconv knows them: "UTF-8", "GB18030", "GBK". Conversion is strict: a byte
    // sequence that is invalid in `from`, or a character `to` cannot hold, is an error
    // (never a silent substitution).
    static Result<TextEncodingConverter> open(const std::string& from, const std::string& to);

    TextEncodingConverter(TextEncodingConverter&& other) noexcept;
    TextEncodingConverter& operator=(TextEncodingConverter&& other) noexcept;
    TextEncodingConverter(const TextEncodingConverter&) = delete;
    TextEncodingConverter& operator=(const TextEncodingConverter&) = delete;
    ~TextEncodingConverter();

    // Appends `text`, converted, to `out`. `text` is a complete piece (no character cut
    // at its end); on an error `out` is left as it was and the error gives the byte offset.
    Result<void> append(std::string_view text, std::string& out);

private:
    TextEncodingConverter(void* handle, std::string from, std::string to);
    void close();

    void* handle_ = nullptr;  // iconv_t
    std::string from_, to_;
};

}  // namespace aitocracy::core
