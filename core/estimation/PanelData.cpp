// The panel CSV reader. One pass over the file in 1 MiB blocks: each cell is parsed as a
// number (std::from_chars) and interned into its column's factor levels through an
// open-addressing table of level indices, so no string is allocated for a repeated
// value. Afterwards: distinct times (sorted), their gcd step, and the (unit, time)
// duplicate check (linear when the file is sorted by unit then time, a sort otherwise).
//
// Cell conventions: empty or NA (as R's write.csv writes it, quoted or not) is missing;
// "inf", "nan" and other text are not numbers; spaces around a cell are ignored.
#include "estimation/PanelData.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <functional>
#include <numeric>
#include <system_error>

#include "estimation/PanelCsvLines.h"

namespace aitocracy::core::est {

const PanelColumn* PanelData::column(const std::string& name) const
{
    for (const PanelColumn& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

std::vector<std::string> PanelData::columnNames() const
{
    std::vector<std::string> out;
    out.reserve(columns.size());
    for (const PanelColumn& c : columns) out.push_back(c.name);
    return out;
}

namespace {

bool isMissing(std::string_view s)
{
    return s.empty() || s == "NA";
}

// A decimal number as '.'-decimal text: optional sign, digits and/or a fraction, an
// optional exponent. Not "inf", "nan", hexadecimal or anything with trailing text.
bool parseNumber(std::string_view s, double& out)
{
    const char* p = s.data();
    const char* end = p + s.size();
    if (p != end && *p == '+') ++p;
    const char* body = (p != end && *p == '-') ? p + 1 : p;
    if (body == end || !((*body >= '0' && *body <= '9') || *body == '.')) return false;
    const auto [stop, ec] = std::from_chars(p, end, out, std::chars_format::general);
    return ec == std::errc() && stop == end;
}

// Maps each distinct cell text of one column to its level index, levels in order of
// first appearance. Linear probing over slots that hold level index + 1 (0 = empty) and
// the hash's upper half, so that a probe rarely touches a level string; load <= 1/2.
class LevelTable {
public:
    explicit LevelTable(std::vector<std::string>& levels) : levels_(levels), slots_(64) {}

    std::int32_t intern(std::string_view text)
    {
        const std::uint64_t h = std::hash<std::string_view>{}(text);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = h & mask;
        for (; slots_[i].index != 0; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.tag == tag && levels_[s.index - 1] == text) return static_cast<std::int32_t>(s.index - 1);
        }
        levels_.emplace_back(text);
        hashes_.push_back(h);
        slots_[i] = Slot{static_cast<std::uint32_t>(levels_.size()), tag};
        if (levels_.size() * 2 > slots_.size()) rehash(slots_.size() * 2);
        return static_cast<std::int32_t>(levels_.size() - 1);
    }

private:
    struct Slot {
        std::uint32_t index = 0;
        std::uint32_t tag = 0;
    };
    std::vector<std::string>& levels_;
    std::vector<std::uint64_t> hashes_;  // per level, for rehashing
    std::vector<Slot> slots_;

    void rehash(std::size_t size)
    {
        slots_.assign(size, Slot{});
        const std::size_t mask = size - 1;
        for (std::size_t k = 0; k < hashes_.size(); ++k) {
            std::size_t i = hashes_[k] & mask;
            while (slots_[i].index != 0) i = (i + 1) & mask;
            slots_[i] = Slot{static_cast<std::uint32_t>(k + 1), static_cast<std::uint32_t>(hashes_[k] >> 32)};
        }
    }
};

enum class TimeForm { Integer, Quarter, Month };

const char* formName(TimeForm f)
{
    switch (f) {
        case TimeForm::Integer:
            return "integers";
        case TimeForm::Quarter:
            return "quarters like 2016Q3";
        case TimeForm::Month:
            return "months like 2016-07";
    }
    return "";
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int fourDigits(std::string_view s)
{
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

struct ParsedTime {
    bool shapeOk = false;  // looks like one of the forms
    bool valid = false;    // and its numbers are in range
    TimeForm form = TimeForm::Integer;
    std::int64_t value = 0;
    const char* problem = "";
};

// "2016" / "-3", "2016Q3" (year·4 + quarter − 1), "2016-07" (year·12 + month − 1).
ParsedTime parseTime(std::string_view s)
{
    ParsedTime t;
    const std::string_view digits = !s.empty() && s.front() == '-' ? s.substr(1) : s;
    if (allDigits(digits)) {
        t.shapeOk = true;
        t.form = TimeForm::Integer;
        const auto [stop, ec] = std::from_chars(s.data(), s.data() + s.size(), t.value);
        t.valid = ec == std::errc() && stop == s.data() + s.size();
        t.problem = "the integer is too large";
        return t;
    }
    if (s.size() == 6 && s[4] == 'Q' && allDigits(s.substr(0, 4)) && allDigits(s.substr(5))) {
        t.shapeOk = true;
        t.form = TimeForm::Quarter;
        const int year = fourDigits(s);
        const int q = s[5] - '0';
        t.valid = q >= 1 && q <= 4;
        t.problem = "the quarter must be 1 to 4";
        t.value = std::int64_t{year} * 4 + q - 1;
        return t;
    }
    if (s.size() == 7 && s[4] == '-' && allDigits(s.substr(0, 4)) && allDigits(s.substr(5))) {
        t.shapeOk = true;
        t.form = TimeForm::Month;
        const int year = fourDigits(s);
        const int m = (s[5] - '0') * 10 + (s[6] - '0');
        t.valid = m >= 1 && m <= 12;
        t.problem = "the month must be 01 to 12";
        t.value = std::int64_t{year} * 12 + m - 1;
        return t;
    }
    return t;
}

std::string timeLabel(TimeForm form, std::int64_t t)
{
    if (form == TimeForm::Integer) return std::to_string(t);
    const std::int64_t per = form == TimeForm::Quarter ? 4 : 12;
    const std::int64_t year = t >= 0 ? t / per : -((-t + per - 1) / per);
    const std::int64_t sub = t - year * per + 1;
    char buf[32];
    const int n = form == TimeForm::Quarter ? std::snprintf(buf, sizeof buf, "%04lldQ%lld",
                                                            static_cast<long long>(year), static_cast<long long>(sub))
                                            : std::snprintf(buf, sizeof buf, "%04lld-%02lld",
                                                            static_cast<long long>(year), static_cast<long long>(sub));
    return std::string(buf, static_cast<std::size_t>(n));
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += ", ";
        out += n.empty() ? "\"\"" : n;
    }
    return out;
}

// Sorted distinct values of `time`.
std::vector<std::int64_t> distinctTimes(const std::vector<std::int64_t>& time)
{
    const auto [lo, hi] = std::minmax_element(time.begin(), time.end());
    const auto range = static_cast<unsigned long long>(*hi) - static_cast<unsigned long long>(*lo);
    std::vector<std::int64_t> out;
    if (range <= 4 * time.size() + 1024) {  // a presence table when the times are dense
        std::vector<char> seen(range + 1, 0);
        for (std::int64_t t : time) seen[static_cast<std::size_t>(t - *lo)] = 1;
        for (std::size_t k = 0; k < seen.size(); ++k)
            if (seen[k] != 0) out.push_back(*lo + static_cast<std::int64_t>(k));
        return out;
    }
    out = time;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

Result<PanelData> readPanelCsv(const std::string& path, const std::string& unitColumn, const std::string& timeColumn)
{
    auto where = [&](std::size_t line) { return path + ":" + std::to_string(line); };
    if (unitColumn == timeColumn)
        return fail("data", "the unit and time columns must differ (both are '" + unitColumn + "')", path);

    CsvLineReader reader;
    if (!reader.open(path)) return fail("io", std::string("cannot open the file: ") + std::strerror(errno), path);
    auto readError = [&] { return fail("io", "cannot read the file", where(reader.lineNumber() + 1)); };

    CsvFieldSplitter splitter;
    std::vector<std::string_view> fields;
    std::size_t badField = 0;
    std::string_view line;

    // Header: the first line that is not blank.
    bool haveHeader = false;
    while (reader.next(line)) {
        if (!line.empty()) {
            haveHeader = true;
            break;
        }
    }
    if (reader.failed()) return readError();
    if (!haveHeader) return fail("data", "no header row (the file is empty)", path);
    const std::size_t headerLine = reader.lineNumber();
    if (auto msg = splitter.split(line, fields, badField); !msg.empty())
        return fail("data", "header field " + std::to_string(badField) + ": " + msg, where(headerLine));

    PanelData panel;
    panel.unitName = unitColumn;
    panel.timeName = timeColumn;
    const std::size_t ncol = fields.size();
    panel.columns.resize(ncol);
    std::vector<std::string> names;
    for (std::size_t c = 0; c < ncol; ++c) {
        std::string name(fields[c]);
        for (std::size_t prev = 0; prev < c; ++prev)
            if (names[prev] == name)
                return fail("data",
                            "duplicate column name '" + name + "' (fields " + std::to_string(prev + 1) + " and " +
                                std::to_string(c + 1) + ")",
                            where(headerLine));
        names.push_back(name);
        panel.columns[c].name = std::move(name);
    }
    const auto unitIt = std::find(names.begin(), names.end(), unitColumn);
    const auto timeIt = std::find(names.begin(), names.end(), timeColumn);
    if (unitIt == names.end() || timeIt == names.end()) {
        std::string missing;
        if (unitIt == names.end()) missing = "no unit column '" + unitColumn + "'";
        if (timeIt == names.end())
            missing += (missing.empty() ? "no" : " and no") + std::string(" time column '") + timeColumn + "'";
        return fail("data", "the header has " + missing + " (its columns: " + joinNames(names) + ")",
                    where(headerLine));
    }
    const auto unitIdx = static_cast<std::size_t>(unitIt - names.begin());
    const auto timeIdx = static_cast<std::size_t>(timeIt - names.begin());

    std::vector<LevelTable> tables;
    tables.reserve(ncol);
    for (PanelColumn& col : panel.columns) tables.emplace_back(col.levels);

    std::optional<TimeForm> form;
    std::size_t formLine = 0;
    std::string formExample;

    while (reader.next(line)) {
        if (line.empty()) continue;  // blank lines are skipped, as R's read.csv does
        const std::size_t lineNo = reader.lineNumber();
        if (auto msg = splitter.split(line, fields, badField); !msg.empty())
            return fail("data", "column '" + names[std::min(badField, ncol) - 1] + "': " + msg, where(lineNo));
        if (fields.size() != ncol)
            return fail("data",
                        "line " + std::to_string(lineNo) + " has " + std::to_string(fields.size()) +
                            " fields, the header has " + std::to_string(ncol),
                        where(lineNo));
        if (panel.sourceLine.empty() && reader.fileSize() > 0) {
            // Reserve for the rows this file probably has, from the first row's length.
            const auto guess = static_cast<std::size_t>(reader.fileSize()) / (line.size() + 1) + 16;
            for (PanelColumn& col : panel.columns) {
                col.values.reserve(guess);
                col.codes.reserve(guess);
            }
            panel.time.reserve(guess);
            panel.sourceLine.reserve(guess);
        }

        for (std::size_t c = 0; c < ncol; ++c) {
            PanelColumn& col = panel.columns[c];
            const std::string_view cell = fields[c];
            if (isMissing(cell)) {
                col.values.push_back(kMissing);
                col.codes.push_back(-1);
                continue;
            }
            double v = 0;
            if (parseNumber(cell, v)) {
                col.values.push_back(v);
            } else {
                col.values.push_back(kMissing);
                if (!col.firstNonNumeric) col.firstNonNumeric = PanelColumn::BadCell{lineNo, std::string(cell)};
            }
            col.codes.push_back(tables[c].intern(cell));
        }

        const std::string_view unitCell = fields[unitIdx];
        if (isMissing(unitCell)) return fail("data", "empty unit id in column '" + unitColumn + "'", where(lineNo));
        const std::string_view timeCell = fields[timeIdx];
        if (isMissing(timeCell)) return fail("data", "empty time in column '" + timeColumn + "'", where(lineNo));
        const ParsedTime t = parseTime(timeCell);
        if (!t.shapeOk || !t.valid) {
            std::string msg = "malformed time '" + std::string(timeCell) + "' in column '" + timeColumn + "' (";
            msg += t.shapeOk ? std::string(t.problem)
                             : std::string("expected an integer, a quarter like 2016Q3 or a month like 2016-07");
            return fail("data", msg + ")", where(lineNo));
        }
        if (!form) {
            form = t.form;
            formLine = lineNo;
            formExample = timeCell;
        } else if (*form != t.form) {
            return fail("data",
                        "mixed time forms in column '" + timeColumn + "': '" + std::string(timeCell) + "' here, but '" +
                            formExample + "' on line " + std::to_string(formLine) + " (the column must use " +
                            formName(*form) + " throughout)",
                        where(lineNo));
        }
        panel.time.push_back(t.value);
        panel.sourceLine.push_back(lineNo);
    }
    if (reader.failed()) return readError();
    if (panel.sourceLine.empty()) return fail("data", "no data rows (only a header)", path);

    // Units.
    panel.unitLevels = panel.columns[unitIdx].levels;
    panel.unit = panel.columns[unitIdx].codes;

    // Times: labels, step.
    const std::vector<std::int64_t> times = distinctTimes(panel.time);
    panel.timeLabels.reserve(times.size());
    for (std::int64_t t : times) panel.timeLabels.push_back(timeLabel(*form, t));
    std::int64_t step = 0;
    for (std::size_t k = 1; k < times.size(); ++k) step = std::gcd(step, times[k] - times[k - 1]);
    panel.timeStep = step > 0 ? step : 1;

    // Duplicate (unit, time) pairs; report the one whose second line comes first.
    const std::size_t n = panel.rows();
    auto less = [&](std::size_t a, std::size_t b) {
        return panel.unit[a] != panel.unit[b] ? panel.unit[a] < panel.unit[b] : panel.time[a] < panel.time[b];
    };
    bool sorted = true;
    for (std::size_t r = 1; r < n && sorted; ++r) sorted = less(r - 1, r);
    if (!sorted) {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (less(a, b)) return true;
            if (less(b, a)) return false;
            return a < b;
        });
        std::optional<std::pair<std::size_t, std::size_t>> dup;
        for (std::size_t k = 1; k < n; ++k) {
            const std::size_t a = order[k - 1];
            const std::size_t b = order[k];
            if (!less(a, b) && (!dup || b < dup->second)) dup = std::pair{a, b};
        }
        if (dup) {
            // Rows of equal keys are sorted by row, so dup->first is the earliest of its group.
            const std::size_t first = dup->first;
            const PanelColumn& timeCol = panel.columns[timeIdx];
            const std::string& timeText = timeCol.levels[static_cast<std::size_t>(timeCol.codes[dup->second])];
            return fail("data",
                        "duplicate (unit, time) = (" +
                            panel.unitLevels[static_cast<std::size_t>(panel.unit[dup->second])] + ", " + timeText +
                            ") on lines " + std::to_string(panel.sourceLine[first]) + " and " +
                            std::to_string(panel.sourceLine[dup->second]),
                        where(panel.sourceLine[dup->second]));
        }
    }
    return panel;
}

}  // namespace aitocracy::core::est
