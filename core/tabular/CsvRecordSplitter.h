#pragma once
// Splits RFC 4180 records off decoded UTF-8 text, without I/O so CsvReader can feed it
// blocks. Lines without a quote (nearly all of them in practice) are split in place with
// memchr; a record with quotes is unquoted into a scratch buffer that is reused.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aitocracy::core {

class CsvRecordSplitter {
public:
    explicit CsvRecordSplitter(char delimiter = ',') : delimiter_(delimiter) {}

    enum class Status {
        Complete,      // a record was split off
        NeedMore,      // the record goes on past the end of `text`
        Unterminated,  // at the end of the file, a quoted field was never closed
    };
    struct Split {
        Status status = Status::Complete;
        std::size_t textEnd = 0;    // offset where the record's text ends (before "\r\n" / "\n")
        std::size_t end = 0;        // offset just past its line end
        std::size_t newlines = 0;   // line breaks inside its quoted fields
        std::size_t column = 0;     // Unterminated: the 1-based column of the open field
        std::size_t openQuote = 0;  // Unterminated: offset of its opening quote
    };

    // Splits the record starting at `text[start]` into `fields` (views into `text` or into
    // this splitter, valid until the next call). `text` must end at a line end unless
    // `final` (it reaches the end of the file). `problem` is set when a quoted field has text
    // after its closing quote (kept, appended to the field), else reset.
    Split split(std::string_view text, std::size_t start, bool final, std::vector<std::string_view>& fields,
                std::optional<std::string>& problem);

private:
    Split splitQuoted(std::string_view text, std::size_t start, bool final, std::vector<std::string_view>& fields,
                      std::optional<std::string>& problem);

    char delimiter_;
    std::string scratch_;                                     // unquoted fields of the last quoted record
    std::vector<std::pair<std::size_t, std::size_t>> spans_;  // their offsets and sizes in scratch_
};

}  // namespace aitocracy::core
