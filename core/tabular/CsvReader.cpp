#include "tabular/CsvReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "tabular/Gb18030Decoder.h"
#include "tabular/Utf8.h"

namespace aitocracy::core {
namespace {

constexpr std::size_t kSample = std::size_t{1} << 20;  // the first read, which detection looks at
// Later reads: small enough that a block and its decoded text stay in the L2 cache while
// the splitter walks them (1 MiB blocks made a 128 MB file 1.5x slower to read).
constexpr std::size_t kRead = std::size_t{64} << 10;
constexpr std::string_view kBom = "\xEF\xBB\xBF";  // U+FEFF, also what a GB18030 BOM decodes to

std::string trimmed(std::string_view name)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!name.empty() && isSpace(name.front())) name.remove_prefix(1);
    while (!name.empty() && isSpace(name.back())) name.remove_suffix(1);
    return std::string(name);
}

}  // namespace

Result<CsvReader> CsvReader::open(const std::string& path, CsvReaderOptions options)
{
    CsvReader r;
    r.path_ = path;
    r.file_.reset(std::fopen(path.c_str(), "rb"));
    if (!r.file_) return fail("io", std::string("cannot open the file: ") + std::strerror(errno), path);
    if (auto read = r.readRaw(kSample); !read) return std::unexpected(read.error());
    if (r.rawEnd_ == 0) return fail("format", "the file is empty", path);
    r.encoding_ = options.encoding ? EncodingGuess{*options.encoding, 1.0, "given"}
                                   : detectEncoding(std::string_view(r.raw_.data(), r.rawEnd_));
    auto more = r.decodeMore();
    if (!more) return std::unexpected(more.error());
    if (std::string_view(r.text_).starts_with(kBom)) r.pos_ = kBom.size();
    r.delimiter_ = options.delimiter ? *options.delimiter : r.detectDelimiter();
    r.splitter_ = CsvRecordSplitter(r.delimiter_);
    CsvRecord first;
    auto got = r.next(first);
    if (!got) return std::unexpected(got.error());
    if (!*got) return fail("format", "no header row (the file holds only empty lines)", path);
    r.header_.reserve(first.fields.size());
    for (const std::string_view name : first.fields) r.header_.push_back(trimmed(name));
    return r;
}

Result<void> CsvReader::readRaw(std::size_t want)
{
    if (rawBegin_ > 0) {
        std::memmove(raw_.data(), raw_.data() + rawBegin_, rawEnd_ - rawBegin_);
        rawEnd_ -= rawBegin_;
        rawBegin_ = 0;
    }
    if (raw_.size() < rawEnd_ + want) raw_.resize(rawEnd_ + want);
    const std::size_t got = std::fread(raw_.data() + rawEnd_, 1, want, file_.get());
    if (got == 0) {
        if (std::ferror(file_.get())) return fail("io", std::string("read error: ") + std::strerror(errno), path_);
        eof_ = true;
    }
    rawEnd_ += got;
    bytesRead_ += static_cast<std::int64_t>(got);
    return ok();
}

Result<bool> CsvReader::decodeMore()
{
    // Keep only the unparsed text (a record cut by the end of the last block).
    if (pos_ > 0) {
        text_.erase(0, pos_);
        const auto consumed = std::lower_bound(replacements_.begin(), replacements_.end(), pos_);
        replacements_.erase(replacements_.begin(), consumed);
        for (std::size_t& offset : replacements_) offset -= pos_;
        nextReplacement_ = 0;
        pos_ = 0;
    }
    for (;;) {
        const char* const begin = raw_.data() + rawBegin_;
        const std::size_t available = rawEnd_ - rawBegin_;
        std::size_t cut = available;
        if (!eof_) {
            // Whole lines only: a GB18030 character never contains 0x0A, so no cut splits one.
            const void* const nl = available > 0 ? memrchr(begin, '\n', available) : nullptr;
            cut = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) + 1 : 0;
        }
        if (cut > 0) {
            decodeBlock({begin, cut});
            rawBegin_ += cut;
            return true;
        }
        if (eof_) return false;
        // Read at least as much as the pending record holds, so a huge record costs reads
        // that double rather than one re-split per chunk.
        if (auto read = readRaw(std::max(kRead, text_.size())); !read) return std::unexpected(read.error());
    }
}

void CsvReader::decodeBlock(std::string_view bytes)
{
    if (encoding_.encoding == TextEncoding::Gb18030)
        Gb18030Decoder::instance().decode(bytes, text_, &replacements_);
    else
        appendUtf8Sanitized(bytes, text_, &replacements_);
}

void CsvReader::skipEmptyLines()
{
    while (pos_ < text_.size()) {
        if (text_[pos_] == '\n') {
            pos_ += 1;
        } else if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            pos_ += 2;
        } else {
            return;
        }
        ++line_;
    }
}

char CsvReader::detectDelimiter() const
{
    std::size_t commas = 0, tabs = 0;
    bool quoted = false;
    std::size_t i = pos_;
    while (i < text_.size() && (text_[i] == '\n' || text_[i] == '\r')) ++i;  // empty lines before the header
    for (; i < text_.size() && (quoted || text_[i] != '\n'); ++i) {
        const char c = text_[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        commas += c == ',';
        tabs += c == '\t';
    }
    return tabs > commas ? '\t' : ',';
}

std::size_t CsvReader::columnAt(std::size_t recordStart, std::size_t offset) const
{
    std::size_t column = 1;
    bool quoted = false;
    for (std::size_t i = recordStart; i < offset; ++i) {
        if (text_[i] == '"') quoted = !quoted;
        if (!quoted && text_[i] == delimiter_) ++column;
    }
    return column;
}

Result<bool> CsvReader::next(CsvRecord& rec)
{
    for (;;) {
        skipEmptyLines();
        if (pos_ == text_.size()) {
            auto more = decodeMore();
            if (!more) return std::unexpected(more.error());
            if (!*more) return false;
            continue;
        }
        const auto split = splitter_.split(text_, pos_, allDecoded(), rec.fields, rec.problem);
        if (split.status == CsvRecordSplitter::Status::NeedMore) {
            auto more = decodeMore();  // false means the end of the file: split again as final
            if (!more) return std::unexpected(more.error());
            continue;
        }
        if (split.status == CsvRecordSplitter::Status::Unterminated) {
            const auto breaks = std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                           text_.begin() + static_cast<std::ptrdiff_t>(split.openQuote), '\n');
            return fail("parse",
                        "the quoted field in column " + std::to_string(split.column) +
                            " is never closed; expected a closing '\"' before the end of the file",
                        path_ + ":" + std::to_string(line_ + breaks) + ":" + std::to_string(split.column));
        }
        rec.line = line_;
        rec.text = std::string_view(text_).substr(pos_, split.textEnd - pos_);
        while (nextReplacement_ < replacements_.size() && replacements_[nextReplacement_] < pos_) ++nextReplacement_;
        if (nextReplacement_ < replacements_.size() && replacements_[nextReplacement_] < split.end) {
            const std::string bad = "column " + std::to_string(columnAt(pos_, replacements_[nextReplacement_])) +
                                    ": bytes that are not valid " + std::string(encodingName(encoding_.encoding)) +
                                    " (shown as U+FFFD); expected " + std::string(encodingName(encoding_.encoding)) +
                                    " text";
            rec.problem = rec.problem ? bad + "; " + *rec.problem : bad;
            while (nextReplacement_ < replacements_.size() && replacements_[nextReplacement_] < split.end)
                ++nextReplacement_;
        }
        line_ += 1 + static_cast<std::int64_t>(split.newlines);
        pos_ = split.end;
        return true;
    }
}

}  // namespace aitocracy::core
