#pragma once
// GDELT rows exported from BigQuery as CSV: comma separated, RFC 4180 quoting (place
// names hold commas: "Beijing, Beijing, China"), a first row of GDELT column names in
// any order and any subset that holds the fields the importer needs.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"
#include "import/GdeltRow.h"

namespace aitocracy::core {

// Splits one line of such an export into `fields` (unquoted; a trailing '\r' dropped), the
// way the importer reads it; false when a quote is left open.
bool splitGdeltCsvLine(std::string_view line, std::vector<std::string>& fields);

class GdeltCsvHeader {
public:
    // nullopt when `firstLine` is not such a header (it does not start with GLOBALEVENTID
    // followed by a comma); an Error ("format") when it is one but lacks a needed column.
    static Result<std::optional<GdeltCsvHeader>> detect(std::string_view firstLine);

    // Parses a data row; a row with another field count than the header is refused. The
    // views in `row` stay valid until the next call.
    std::optional<GdeltRowProblem> parse(std::string_view line, GdeltRowView& row);

    [[nodiscard]] std::size_t columnCount() const { return columns_; }

private:
    GdeltCsvHeader() = default;
    // Splits into fields_ and views_; false when a quote is left open.
    bool split(std::string_view line);

    GdeltFieldPositions positions_;
    std::size_t columns_ = 0;
    std::vector<std::string> fields_;
    std::vector<std::string_view> views_;
};

}  // namespace aitocracy::core
