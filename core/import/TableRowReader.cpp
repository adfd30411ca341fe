#include "import/TableRowReader.h"

#include "import/TableCells.h"
#include "tabular/ValueParsers.h"

namespace aitocracy::core {
namespace {

// Lifts a cell parser's result into a TableValue, or a problem naming the field.
template <typename T, typename Convert>
std::expected<TableValue, TableCellProblem> value(std::expected<T, std::string> parsed, std::string_view field,
                                                  std::int64_t column, Convert convert)
{
    if (!parsed) return std::unexpected(TableCellProblem{column, std::string(field) + ": " + parsed.error()});
    return convert(*parsed);
}

}  // namespace

std::expected<TableRow, TableCellProblem> TableRowReader::read(const std::vector<std::string_view>& cells) const
{
    TableRow row;
    row.values.reserve(layout_.fields.size());
    for (std::size_t f = 0; f < layout_.fields.size(); ++f) {
        auto v = cell(cells, f, row.recoded);
        if (!v) return std::unexpected(std::move(v.error()));
        row.values.push_back(std::move(*v));
    }
    return row;
}

std::expected<TableValue, TableCellProblem> TableRowReader::cell(const std::vector<std::string_view>& cells,
                                                                 std::size_t field, bool& recoded) const
{
    const std::string_view name = layout_.fields[field].name;
    const std::int64_t column = static_cast<std::int64_t>(columns_[field]) + 1;
    const std::string_view raw = cells[columns_[field]];
    const std::string_view text = trimCell(raw);
    const bool optional = name == "rain_mm" || name == "temp_c" || name == "value";  // empty cell = NULL
    if (text.empty() && !optional)
        return std::unexpected(TableCellProblem{column, std::string(name) + " is empty; a value is required"});
    auto asInt = [](auto n) { return TableValue(static_cast<std::int64_t>(n)); };

    if (name == "is_ai") return value(parseFlagCell(text), name, column, asInt);
    if (name == "year") return value(parseYearCell(text), name, column, asInt);
    if (name.starts_with("software_")) return value(parseCountCell(text), name, column, asInt);
    if (optional) {
        const auto number = parseNumberCell(text);
        if (!number) return std::unexpected(TableCellProblem{column, std::string(name) + ": " + number.error()});
        if (name == "rain_mm" && *number && **number < 0)
            return std::unexpected(
                TableCellProblem{column, "rain_mm: expected a rainfall >= 0 mm, got '" + std::string(raw) + "'"});
        return *number ? TableValue(**number) : TableValue();
    }
    if (name == "period")
        return value(parsePeriodCell(text), name, column, [](std::string p) { return TableValue(std::move(p)); });
    if (name == "date") {
        if (auto day = parseDate(text)) return TableValue(std::move(*day));
        return std::unexpected(TableCellProblem{
            column, "date: expected a calendar date (2016-03-05, 2016/3/5, 20160305, 2016年3月5日), got '" +
                        std::string(raw) + "'"});
    }
    if (name == "prefecture_code") {
        if (auto unit = units_->resolve(text)) {
            recoded = *unit != text;
            return TableValue(std::move(*unit));
        }
        return std::unexpected(
            TableCellProblem{column, "prefecture_code " + std::string(text) + " is not a unit of this project"});
    }
    return TableValue(std::string(text));  // firm_id, name, covariate name
}

}  // namespace aitocracy::core
