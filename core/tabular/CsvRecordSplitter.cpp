#include "tabular/CsvRecordSplitter.h"

#include <algorithm>
#include <cstring>

#include "tabular/WordScan.h"

namespace aitocracy::core {
namespace {

const char* find(const char* from, const char* to, char c)
{
    return static_cast<const char*>(std::memchr(from, c, static_cast<std::size_t>(to - from)));
}

}  // namespace

CsvRecordSplitter::Split CsvRecordSplitter::split(std::string_view text, std::size_t start, bool final,
                                                  std::vector<std::string_view>& fields,
                                                  std::optional<std::string>& problem)
{
    const char* const base = text.data();
    const char* const p = base + start;
    const char* const e = base + text.size();
    fields.clear();
    const char* field = p;
    // One pass over the line for delimiters, its end and quotes; a quote hands the record to
    // splitQuoted, which starts again from its beginning.
    const auto special = [&](const char* c) -> std::optional<Split> {
        if (*c == delimiter_) {
            fields.emplace_back(field, static_cast<std::size_t>(c - field));
            field = c + 1;
            return std::nullopt;
        }
        if (*c == '"') return splitQuoted(text, start, final, fields, problem);
        // Only a CR right before the LF ends a line; any other CR is data.
        const char* const textEnd = c > field && c[-1] == '\r' ? c - 1 : c;
        fields.emplace_back(field, static_cast<std::size_t>(textEnd - field));
        problem.reset();
        return Split{Status::Complete, static_cast<std::size_t>(textEnd - base),
                     static_cast<std::size_t>(c - base) + 1};
    };
    const char* s = p;
    for (; e - s >= 8; s += 8) {
        const std::uint64_t w = wordscan::load(s);
        for (std::uint64_t mask = wordscan::bytesEqual(w, static_cast<unsigned char>(delimiter_)) |
                                  wordscan::bytesEqual(w, '"') | wordscan::bytesEqual(w, '\n');
             mask != 0; mask &= mask - 1) {
            if (auto done = special(s + wordscan::firstMarked(mask))) return *done;
        }
    }
    for (; s < e; ++s) {
        if (*s != delimiter_ && *s != '"' && *s != '\n') continue;
        if (auto done = special(s)) return *done;
    }
    if (!final) return {Status::NeedMore};
    // The last line of the file, without a line end.
    fields.emplace_back(field, static_cast<std::size_t>(e - field));
    problem.reset();
    return {Status::Complete, text.size(), text.size()};
}

CsvRecordSplitter::Split CsvRecordSplitter::splitQuoted(std::string_view text, std::size_t start, bool final,
                                                        std::vector<std::string_view>& fields,
                                                        std::optional<std::string>& problem)
{
    problem.reset();
    scratch_.clear();
    spans_.clear();
    const char* const base = text.data();
    const char* const e = base + text.size();
    const char* s = base + start;
    const auto atLineEnd = [&](const char* c) { return *c == '\n' || (*c == '\r' && c + 1 < e && c[1] == '\n'); };
    // Where an unquoted stretch (a field, or stray text after a closing quote) stops.
    const auto stretchEnd = [&](const char* from) {
        const char* c = from;
        while (c < e && *c != delimiter_ && *c != '\n') ++c;
        return c;
    };
    Split out;
    for (std::size_t column = 1;; ++column) {
        const std::size_t fieldStart = scratch_.size();
        if (s < e && *s == '"') {
            const char* const open = s++;
            for (;;) {
                const char* const q = find(s, e, '"');
                if (!q || (q + 1 == e && !final)) {
                    if (!final) return {Status::NeedMore};
                    out.status = Status::Unterminated;
                    out.column = column;
                    out.openQuote = static_cast<std::size_t>(open - base);
                    return out;
                }
                out.newlines += static_cast<std::size_t>(std::count(s, q, '\n'));
                scratch_.append(s, q);
                if (q + 1 < e && q[1] == '"') {
                    scratch_.push_back('"');
                    s = q + 2;
                    continue;
                }
                s = q + 1;
                break;
            }
            if (s < e && *s != delimiter_ && !atLineEnd(s)) {
                if (!problem)
                    problem = "column " + std::to_string(column) + ": text after the closing quote; expected " +
                              (delimiter_ == '\t' ? std::string("a tab") : "'" + std::string(1, delimiter_) + "'") +
                              " or the end of the line";
                const char* const stop = stretchEnd(s);
                scratch_.append(s, stop < e && *stop == '\n' && stop[-1] == '\r' ? stop - 1 : stop);
                s = stop;
            }
        } else {
            const char* const stop = stretchEnd(s);
            if (stop == e && !final) return {Status::NeedMore};
            scratch_.append(s, stop < e && *stop == '\n' && stop > s && stop[-1] == '\r' ? stop - 1 : stop);
            s = stop;
        }
        spans_.emplace_back(fieldStart, scratch_.size() - fieldStart);
        if (s < e && *s == '\r') ++s;  // the CR of a CRLF (anything else stopped a stretch)
        if (s < e && *s == delimiter_) {
            ++s;
            continue;
        }
        break;
    }
    const char* const lineEnd = s;  // at the '\n', or the end of the file
    out.textEnd = static_cast<std::size_t>(lineEnd - base) - (lineEnd < e && lineEnd[-1] == '\r' ? 1 : 0);
    out.end = static_cast<std::size_t>(lineEnd - base) + (lineEnd < e ? 1 : 0);
    fields.clear();
    for (const auto& [offset, size] : spans_) fields.emplace_back(scratch_.data() + offset, size);
    return out;
}

}  // namespace aitocracy::core
