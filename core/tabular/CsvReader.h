#pragma once
// Streams the records of a researcher's text table (CSV or tab-separated, UTF-8 or
// GB18030/GBK) in bounded memory: a buffer of a few MiB plus the longest record, whatever
// the file size. RFC 4180 quoting, including line breaks inside quoted fields.
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "tabular/CsvRecordSplitter.h"
#include "tabular/TextEncoding.h"

namespace aitocracy::core {

struct CsvReaderOptions {
    std::optional<TextEncoding> encoding = std::nullopt;  // unset: detect from the first 1 MiB
    // Unset: ',' or '\t', whichever splits the header line into more fields outside quotes.
    std::optional<char> delimiter = std::nullopt;
};

struct CsvRecord {
    std::vector<std::string_view> fields;  // UTF-8, unquoted ("" -> "), valid until the next call to next()
    std::int64_t line = 0;                 // 1-based physical line where the record starts
    std::string_view text;  // the record's UTF-8 text as in the file (for error reports), valid until next()
    // Set when the record's bytes were not valid in the encoding (fields then hold U+FFFD)
    // or a quoted field had text after its closing quote; names the 1-based column and what
    // was expected.
    std::optional<std::string> problem;
};

class CsvReader {
public:
    // Opens the file and reads its header. Errors name the file: "io" when it cannot be
    // opened or read, "format" when it is empty or has no header row.
    static Result<CsvReader> open(const std::string& path, CsvReaderOptions options = {});

    // The detected encoding, or the given one (confidence 1, reason "given").
    [[nodiscard]] const EncodingGuess& encoding() const { return encoding_; }
    [[nodiscard]] char delimiter() const { return delimiter_; }
    // The first record, UTF-8 BOM stripped, each name trimmed of spaces.
    [[nodiscard]] const std::vector<std::string>& header() const { return header_; }
    // Bytes of the file read so far, for progress.
    [[nodiscard]] std::int64_t bytesRead() const { return bytesRead_; }

    // The next data record into `rec`; false at the end. Empty lines are skipped. Errors:
    // "parse" (context "file:line:column", the line of the opening quote and the field's
    // column) for a quoted field still open at the end of the file; "io" for read errors.
    Result<bool> next(CsvRecord& rec);

private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };

    CsvReader() = default;
    Result<void> readRaw(std::size_t want);
    Result<bool> decodeMore();
    void decodeBlock(std::string_view bytes);
    void skipEmptyLines();
    [[nodiscard]] char detectDelimiter() const;
    [[nodiscard]] std::size_t columnAt(std::size_t recordStart, std::size_t offset) const;
    [[nodiscard]] bool allDecoded() const { return eof_ && rawBegin_ == rawEnd_; }

    std::string path_;
    std::unique_ptr<std::FILE, FileCloser> file_;
    EncodingGuess encoding_;
    char delimiter_ = ',';
    std::vector<std::string> header_;
    std::int64_t bytesRead_ = 0;

    std::vector<char> raw_;  // file bytes not decoded yet: [rawBegin_, rawEnd_)
    std::size_t rawBegin_ = 0, rawEnd_ = 0;
    bool eof_ = false;

    std::string text_;  // decoded UTF-8, whole lines; the unparsed part starts at pos_
    std::size_t pos_ = 0;
    std::vector<std::size_t> replacements_;  // offsets in text_ of U+FFFD written for bad bytes
    std::size_t nextReplacement_ = 0;
    std::int64_t line_ = 1;  // physical line at pos_

    CsvRecordSplitter splitter_;
};

}  // namespace aitocracy::core
