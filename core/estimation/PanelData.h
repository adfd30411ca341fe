#pragma once
// A panel read from a CSV file (or built by the panel builder): a unit id and an integer
// time per row, and named columns. Numeric columns keep NaN for missing cells; every
// column also keeps factor codes, so that string columns (a province name) can serve
// as fixed effects, clusters or i() variables.
#include "common/Error.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace aitocracy::core::est {

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

struct PanelColumn {
    std::string name;
    // NaN where the cell is empty or not a number.
    std::vector<double> values;
    // The first cell that is neither empty nor a number: a numeric use of this column is
    // an error naming it (data row = 1-based line number in the file, header = line 1).
    struct BadCell {
        std::size_t line;
        std::string text;
    };
    std::optional<BadCell> firstNonNumeric;
    // Factor view: codes[r] indexes levels (-1 for an empty cell); levels in order of
    // first appearance, as the cell text.
    std::vector<std::int32_t> codes;
    std::vector<std::string> levels;

    [[nodiscard]] bool isNumeric() const { return !firstNonNumeric.has_value(); }
};

struct PanelData {
    std::string unitName;   // name of the unit column, e.g. "pref"
    std::string timeName;   // name of the time column, e.g. "t"
    std::vector<std::string> unitLevels;  // unit ids as written
    std::vector<std::int32_t> unit;       // per row: index into unitLevels
    std::vector<std::int64_t> time;       // per row: integer time (periods mapped to consecutive integers)
    std::vector<std::string> timeLabels;  // per distinct time, sorted: its label ("2016Q3", "2016-07" or the integer)
    std::int64_t timeStep = 1;            // gcd of the differences of the sorted distinct times
    std::vector<PanelColumn> columns;     // every column of the file, in order, unit and time included
    std::vector<std::size_t> sourceLine;  // per row: its line in the file (for messages)

    [[nodiscard]] std::size_t rows() const { return unit.size(); }
    [[nodiscard]] const PanelColumn* column(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> columnNames() const;
};

// Reads a comma-separated file with a header row, '.' decimals, empty cell = missing.
// `unitColumn` holds string ids; `timeColumn` integers, or periods "2016Q3" / "2016-07"
// (mapped to consecutive integers: year·4 + quarter − 1, year·12 + month − 1).
// Errors (code "data") name file, line and column: a missing unit/time column,
// a row with the wrong number of fields, an empty or malformed time, duplicate
// (unit, time) pairs (naming both lines), an empty file.
Result<PanelData> readPanelCsv(const std::string& path, const std::string& unitColumn, const std::string& timeColumn);

}  // namespace aitocracy::core::est
