#pragma once
// Streaming pieces of the panel CSV reader: lines read in large blocks (no string per
// line), and RFC 4180 fields split without copying unless a field has doubled quotes.
#include <cstddef>
#include <cstdio>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace aitocracy::core::est {

// Lines of a file, LF or CRLF, read in blocks; a view stays valid until the next call.
class CsvLineReader {
public:
    CsvLineReader() = default;
    ~CsvLineReader();
    CsvLineReader(const CsvLineReader&) = delete;
    CsvLineReader& operator=(const CsvLineReader&) = delete;

    // False (with errno set) when the file cannot be opened.
    bool open(const std::string& path);
    // The next line without its line break; false at the end of the file or on a read
    // error (then failed() is true). Strips a UTF-8 byte-order mark from line 1.
    bool next(std::string_view& line);
    [[nodiscard]] std::size_t lineNumber() const { return lineNo_; }  // 1-based, of the last line returned
    [[nodiscard]] bool failed() const { return failed_; }
    [[nodiscard]] long long fileSize() const { return fileSize_; }

private:
    std::FILE* file_ = nullptr;
    std::vector<char> buf_;
    std::size_t begin_ = 0;  // unread bytes are buf_[begin_, end_)
    std::size_t end_ = 0;
    std::size_t lineNo_ = 0;
    long long fileSize_ = -1;
    bool eof_ = false;
    bool failed_ = false;
};

// Splits one line into fields: unquoted fields are trimmed of spaces and tabs; a quoted
// field ("a, b" or "say ""hi""") keeps its inner text exactly, with spaces allowed around
// the quotes. Views point into `line` or into `scratch`. Returns an empty string on
// success, otherwise a message (the 1-based field number is in `badField`).
class CsvFieldSplitter {
public:
    std::string split(std::string_view line, std::vector<std::string_view>& fields, std::size_t& badField);

private:
    std::deque<std::string> scratch_;  // unescaped quoted fields (a deque: views stay valid as it grows)
};

}  // namespace aitocracy::core::est
