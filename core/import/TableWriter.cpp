#include "import/TableWriter.h"

#include <sqlite3.h>

#include <functional>

#include "store/Transaction.h"

namespace aitocracy::core {
namespace {

std::string columnList(const TableLayout& layout)
{
    std::string out;
    for (const auto column : layout.dbColumns) out += (out.empty() ? "" : ", ") + std::string(column);
    return out;
}

// ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: only a taken key may pass
// silently, a CHECK or NOT NULL failure must stay an error.
std::string insertSql(const TableLayout& layout)
{
    std::string values;
    for (std::size_t i = 1; i <= layout.dbColumns.size() + 1; ++i) values += (i > 1 ? ", ?" : "?") + std::to_string(i);
    return "INSERT INTO " + std::string(layout.table) + " (" + columnList(layout) + ", import_id) VALUES (" + values +
           ") ON CONFLICT DO NOTHING";
}

std::string selectSql(const TableLayout& layout)
{
    std::string where;
    for (std::size_t k = 0; k < layout.keyFields; ++k)
        where += (k ? " AND " : "") + std::string(layout.dbColumns[k]) + " = ?" + std::to_string(k + 1);
    return "SELECT " + columnList(layout) + ", import_id FROM " + std::string(layout.table) + " WHERE " + where;
}

void bind(Statement& s, int index, const TableValue& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v))
        s.bindInt(index, *i);
    else if (const auto* d = std::get_if<double>(&v))
        s.bindDouble(index, *d);
    else if (const auto* t = std::get_if<std::string>(&v))
        s.bindText(index, *t);
    else
        s.bindNull(index);
}

TableValue columnValue(const Statement& s, int column)
{
    switch (sqlite3_column_type(s.handle(), column)) {
        case SQLITE_INTEGER:
            return s.columnInt(column);
        case SQLITE_FLOAT:
            return s.columnDouble(column);
        case SQLITE_NULL:
            return {};
        default:
            return s.columnText(column);
    }
}

}  // namespace

TableWriter::TableWriter(const TableLayout& layout, std::int64_t importId, Statement insert, Statement select,
                         std::optional<Statement> firm)
    : layout_(&layout),
      importId_(importId),
      insert_(std::move(insert)),
      select_(std::move(select)),
      firm_(std::move(firm))
{
}

Result<TableWriter> TableWriter::prepare(Transaction& tx, const TableLayout& layout, std::int64_t importId)
{
    auto insert = tx.prepare(insertSql(layout));
    if (!insert) return std::unexpected(insert.error());
    auto select = tx.prepare(selectSql(layout));
    if (!select) return std::unexpected(select.error());
    std::optional<Statement> firm;
    if (layout.kind == TableKind::Software) {
        auto s = tx.prepare("SELECT 1 FROM firms WHERE firm_id = ?1");
        if (!s) return std::unexpected(s.error());
        firm = std::move(*s);
    }
    return TableWriter(layout, importId, std::move(*insert), std::move(*select), std::move(firm));
}

Result<TableWrite> TableWriter::write(const TableValues& values)
{
    if (firm_) {
        bind(*firm_, 1, values[0]);
        auto found = firm_->step();
        firm_->reset();
        if (!found) return std::unexpected(found.error());
        if (!*found)
            return TableWrite{TableWrite::Outcome::Refused, 0,
                              "unknown firm_id " + describeTableValue(values[0]) +
                                  ": the project's firms do not have it (import the firms table first)"};
    }
    for (std::size_t i = 0; i < values.size(); ++i) bind(insert_, static_cast<int>(i) + 1, values[i]);
    insert_.bindInt(static_cast<int>(values.size()) + 1, importId_);
    if (auto ran = insert_.run(); !ran) return std::unexpected(ran.error());
    if (sqlite3_changes(sqlite3_db_handle(insert_.handle())) > 0) return TableWrite{};
    return compareWithStored(values);
}

Result<TableWrite> TableWriter::compareWithStored(const TableValues& values)
{
    for (std::size_t k = 0; k < layout_->keyFields; ++k) bind(select_, static_cast<int>(k) + 1, values[k]);
    auto found = select_.step();
    if (!found) return std::unexpected(found.error());
    if (!*found) {
        select_.reset();
        return fail("constraint", "a row was neither stored nor found by its key", std::string(layout_->table));
    }
    TableValues stored;
    for (std::size_t c = 0; c < values.size(); ++c) stored.push_back(columnValue(select_, static_cast<int>(c)));
    const bool imported = !select_.columnIsNull(static_cast<int>(values.size()));
    const std::int64_t storedBy = select_.columnInt(static_cast<int>(values.size()));
    select_.reset();

    const std::string key = describeKey(values);
    const bool repeated =
        (imported && storedBy == importId_) || !metEarlier_.insert(std::hash<std::string>{}(key)).second;
    if (repeated)
        return TableWrite{TableWrite::Outcome::Refused, 0,
                          "repeats the key (" + key + ") of an earlier row of this file"};
    for (std::size_t f = layout_->keyFields; f < values.size(); ++f) {
        if (sameTableValue(stored[f], values[f])) continue;
        const std::string origin = imported ? "import " + std::to_string(storedBy) : "not from an import";
        return TableWrite{TableWrite::Outcome::Refused, f,
                          std::string(layout_->fields[f].name) + " " + describeTableValue(values[f]) +
                              " conflicts with the value already stored (" + origin +
                              "): " + describeTableValue(stored[f]) + " (" + key + ")"};
    }
    return TableWrite{TableWrite::Outcome::Duplicate, 0, {}};
}

std::string TableWriter::describeKey(const TableValues& values) const
{
    std::string out;
    for (std::size_t k = 0; k < layout_->keyFields; ++k)
        out += (k ? ", " : "") + std::string(layout_->fields[k].name) + " " + describeTableValue(values[k]);
    return out;
}

}  // namespace aitocracy::core
