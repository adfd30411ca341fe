#include "import/GdeltScan.h"

#include <algorithm>
#include <array>

#include "import/TabSeparatedLines.h"

namespace aitocracy::core {
namespace {

// Root codes are two digits in GDELT ("01", "14"); "1" and "01" mean the same root.
std::string_view withoutLeadingZeros(std::string_view code)
{
    while (code.size() > 1 && code.front() == '0') code.remove_prefix(1);
    return code;
}

std::string digitsOnly(const std::string& isoDate)
{
    std::string out;
    std::copy_if(isoDate.begin(), isoDate.end(), std::back_inserter(out), [](char c) { return c != '-'; });
    return out;
}

// The settings in the form rows are compared with; made once per scan.
struct Filter {
    const GdeltSettings& s;
    std::vector<std::string_view> rootCodes;
    std::string from, to;  // YYYYMMDD, as SQLDATE is written

    explicit Filter(const GdeltSettings& settings)
        : s(settings), from(digitsOnly(settings.fromDate)), to(digitsOnly(settings.toDate))
    {
        for (const auto& c : settings.rootCodes) rootCodes.push_back(withoutLeadingZeros(c));
    }

    // Applies the rules in a fixed order; a row is counted under the first rule that drops it.
    bool passes(const GdeltRowView& row, GdeltCounts& c) const
    {
        if (!s.country.empty() && row.geoCountry != s.country) return ++c.otherCountry, false;
        ++c.countryRowsByGeoType[row.geoType];
        const std::string_view root = withoutLeadingZeros(row.eventRootCode);
        if (!rootCodes.empty() && std::find(rootCodes.begin(), rootCodes.end(), root) == rootCodes.end())
            return ++c.droppedRootCode, false;
        if (!s.eventCodes.empty() &&
            std::find(s.eventCodes.begin(), s.eventCodes.end(), row.eventCode) == s.eventCodes.end())
            return ++c.droppedEventCode, false;
        if (s.rootEventsOnly && !row.isRootEvent) return ++c.droppedNotRoot, false;
        if (row.numSources < s.minSources) return ++c.droppedMinSources, false;
        if (row.numArticles < s.minArticles) return ++c.droppedMinArticles, false;
        if ((!from.empty() && row.sqlDate < from) || (!to.empty() && row.sqlDate > to)) return ++c.droppedDate, false;
        ++c.kept;
        return true;
    }
};

// Counts by layout in an array while scanning (a map lookup per row showed in profiles).
class RowSink {
public:
    RowSink(const GdeltSettings& settings, const CancelToken* cancel, GdeltFileProgress* progress, std::string_view text,
            GdeltScan& scan)
        : filter_(settings),
          cancel_(cancel),
          progress_(progress),
          reportedUpTo_(text.data()),
          textEnd_(text.data() + text.size()),
          rowsReported_(scan.counts.rowsRead),
          scan_(scan)
    {
    }
    ~RowSink()
    {
        for (std::size_t layout = 0; layout < byLayout_.size(); ++layout)
            if (byLayout_[layout] > 0) scan_.counts.rowsByLayout[static_cast<int>(layout)] += byLayout_[layout];
        if (progress_ && !scan_.cancelled) report(textEnd_);
    }
    RowSink(const RowSink&) = delete;
    RowSink& operator=(const RowSink&) = delete;

    // False once the scan is cancelled. `at`: where the line starts in the text.
    bool lineStarts(const char* at)
    {
        ++scan_.lines;
        if (cancel_ && (scan_.lines & 4095) == 1) {
            if (progress_) report(at);
            if (cancel_->cancelled()) scan_.cancelled = true;
        }
        return !scan_.cancelled;
    }
    void refuse(GdeltRowProblem problem, std::string_view line)
    {
        ++scan_.counts.rejected;
        if (scan_.refused.size() < filter_.s.maxRejectedRecorded)
            scan_.refused.push_back({scan_.lines, std::move(problem), std::string(line)});
    }
    void accept(const GdeltRowView& row)
    {
        ++byLayout_[static_cast<std::size_t>(row.layout)];
        if (filter_.passes(row, scan_.counts)) scan_.kept.emplace_back(row);
    }
    GdeltCounts& counts() { return scan_.counts; }

private:
    void report(const char* upTo)
    {
        progress_->add(static_cast<std::uint64_t>(upTo - reportedUpTo_), scan_.counts.rowsRead - rowsReported_);
        reportedUpTo_ = upTo;
        rowsReported_ = scan_.counts.rowsRead;
    }

    Filter filter_;
    const CancelToken* cancel_;
    GdeltFileProgress* progress_;
    const char* reportedUpTo_;  // the text and rows up to here are reported
    const char* textEnd_;
    std::int64_t rowsReported_;
    GdeltScan& scan_;
    std::array<std::int64_t, 62> byLayout_{};
};

}  // namespace

void GdeltScan::append(GdeltScan&& later, std::size_t maxRefused)
{
    counts.add(later.counts);
    for (auto& r : later.refused) {
        if (refused.size() >= maxRefused) break;
        r.line += lines;
        refused.push_back(std::move(r));
    }
    kept.insert(kept.end(), std::make_move_iterator(later.kept.begin()), std::make_move_iterator(later.kept.end()));
    lines += later.lines;
    cancelled = cancelled || later.cancelled;
}

void scanTabSeparated(std::string_view text, const GdeltSettings& settings, const CancelToken* cancel, GdeltScan& scan,
                      GdeltFileProgress* progress)
{
    RowSink sink(settings, cancel, progress, text, scan);
    GdeltRowView row;
    forEachTabSeparatedLine<61>(
        text, [&](std::span<const std::string_view> fields, std::size_t count, std::string_view line) {
            if (!sink.lineStarts(line.data()) || line.empty()) return;
            ++sink.counts().rowsRead;
            const GdeltFieldPositions* layout = gdeltLayout(static_cast<int>(count));
            if (!layout) return sink.refuse(wrongFieldCount(static_cast<int>(count)), line);
            row.layout = static_cast<int>(count);
            if (auto problem = parseGdeltFields(fields, *layout, row)) return sink.refuse(std::move(*problem), line);
            sink.accept(row);
        });
}

void scanCsvExport(std::string_view text, GdeltCsvHeader& header, const GdeltSettings& settings,
                   const CancelToken* cancel, GdeltScan& scan, GdeltFileProgress* progress)
{
    RowSink sink(settings, cancel, progress, text, scan);
    GdeltRowView row;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!sink.lineStarts(line.data())) return;
        if (line.empty()) continue;
        ++sink.counts().rowsRead;
        if (auto problem = header.parse(line, row)) {
            sink.refuse(std::move(*problem), line);
            continue;
        }
        sink.accept(row);
    }
}

}  // namespace aitocracy::core
