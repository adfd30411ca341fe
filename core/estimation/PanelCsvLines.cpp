#include "estimation/PanelCsvLines.h"

#include <cstring>

namespace aitocracy::core::est {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

CsvLineReader::~CsvLineReader()
{
    if (file_ != nullptr) std::fclose(file_);
}

bool CsvLineReader::open(const std::string& path)
{
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) return false;
    if (std::fseek(file_, 0, SEEK_END) == 0) fileSize_ = std::ftell(file_);
    std::rewind(file_);
    buf_.resize(kBlock);
    return true;
}

bool CsvLineReader::next(std::string_view& line)
{
    if (file_ == nullptr || failed_) return false;
    while (true) {
        const char* start = buf_.data() + begin_;
        if (const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_))) {
            std::size_t len = static_cast<std::size_t>(nl - start);
            begin_ += len + 1;
            if (len > 0 && start[len - 1] == '\r') --len;
            line = std::string_view(start, len);
            break;
        }
        if (eof_) {
            if (begin_ == end_) return false;
            std::size_t len = end_ - begin_;
            begin_ = end_;
            if (start[len - 1] == '\r') --len;
            line = std::string_view(start, len);
            break;
        }
        // Keep the partial line, grow the buffer if a line is longer than it, refill.
        if (begin_ > 0) {
            std::memmove(buf_.data(), start, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
        const std::size_t got = std::fread(buf_.data() + end_, 1, buf_.size() - end_, file_);
        end_ += got;
        if (got == 0) {
            if (std::ferror(file_) != 0) {
                failed_ = true;
                return false;
            }
            eof_ = true;
        }
    }
    ++lineNo_;
    if (lineNo_ == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    return true;
}

std::string CsvFieldSplitter::split(std::string_view line, std::vector<std::string_view>& fields, std::size_t& badField)
{
    fields.clear();
    std::size_t scratchUsed = 0;
    std::size_t pos = 0;
    const std::size_t n = line.size();
    while (true) {
        std::size_t p = pos;
        while (p < n && isBlank(line[p])) ++p;
        if (p < n && line[p] == '"') {
            // Quoted: up to the closing quote; "" inside stands for one quote.
            const std::size_t open = p;
            std::size_t q = p + 1;
            bool doubled = false;
            while (true) {
                const void* hit = q < n ? std::memchr(line.data() + q, '"', n - q) : nullptr;
                if (hit == nullptr) {
                    badField = fields.size() + 1;
                    return "unterminated quoted field (line breaks inside quotes are not supported)";
                }
                q = static_cast<std::size_t>(static_cast<const char*>(hit) - line.data());
                if (q + 1 < n && line[q + 1] == '"') {
                    doubled = true;
                    q += 2;
                    continue;
                }
                break;
            }
            std::string_view inner = line.substr(open + 1, q - open - 1);
            if (doubled) {
                if (scratchUsed == scratch_.size()) scratch_.emplace_back();
                std::string& s = scratch_[scratchUsed++];
                s.clear();
                for (std::size_t k = 0; k < inner.size(); ++k) {
                    s.push_back(inner[k]);
                    if (inner[k] == '"') ++k;  // skip the second quote of a pair
                }
                inner = s;
            }
            fields.push_back(inner);
            std::size_t after = q + 1;
            while (after < n && isBlank(line[after])) ++after;
            if (after == n) return {};
            if (line[after] != ',') {
                badField = fields.size();
                return "unexpected text after the closing quote";
            }
            pos = after + 1;
            continue;
        }
        const void* comma = p < n ? std::memchr(line.data() + p, ',', n - p) : nullptr;
        const std::size_t stop =
            comma != nullptr ? static_cast<std::size_t>(static_cast<const char*>(comma) - line.data()) : n;
        fields.push_back(trim(line.substr(p, stop - p)));
        if (comma == nullptr) return {};
        pos = stop + 1;
    }
}

}  // namespace aitocracy::core::est
