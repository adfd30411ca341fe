#include "import/TableColumns.h"

#include <algorithm>

namespace aitocracy::core {
namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::vector<std::string> fieldNames(const TableLayout& layout)
{
    std::vector<std::string> names;
    for (const auto& f : layout.fields) names.emplace_back(f.name);
    return names;
}

std::string expectation(const TableLayout& layout, const std::vector<std::string>& header)
{
    return "; expected the columns " + joined(fieldNames(layout)) +
           " (or name yours with --map FIELD=COLUMN); the header has " +
           (header.empty() ? std::string("no columns") : joined(header));
}

// The first unclaimed column whose key is one of `keys`.
std::optional<std::size_t> findColumn(const std::vector<std::string>& headerKeys, const std::vector<bool>& claimed,
                                      const std::vector<std::string>& keys)
{
    for (std::size_t c = 0; c < headerKeys.size(); ++c)
        for (const auto& key : keys)
            if (!claimed[c] && headerKeys[c] == key) return c;
    return std::nullopt;
}

}  // namespace

FieldColumnMatch matchFieldColumns(const std::vector<TableField>& fields, const std::vector<std::string>& header,
                                   const std::map<std::string, std::string>& columnMap)
{
    FieldColumnMatch match;
    match.columns.resize(fields.size());
    auto& columns = match.columns;
    std::vector<bool> claimed(header.size(), false);
    std::vector<std::string> headerKeys;
    for (const auto& h : header) headerKeys.push_back(tableHeaderKey(h));
    auto take = [&](std::size_t f, std::size_t c) {
        columns[f] = c;
        claimed[c] = true;
    };

    for (const auto& [field, column] : columnMap) {
        std::size_t f = 0;
        while (f < fields.size() && fields[f].name != field) ++f;
        if (f == fields.size()) {
            if (!match.mapProblem) match.mapProblem = FieldMapProblem{field, column, true};
            continue;
        }
        // The exact name first: a map is the user's precise choice; then as the header keys compare.
        auto at = std::find(header.begin(), header.end(), column);
        const auto c = at != header.end() ? std::optional<std::size_t>(static_cast<std::size_t>(at - header.begin()))
                                          : findColumn(headerKeys, claimed, {tableHeaderKey(column)});
        if (!c) {
            if (!match.mapProblem) match.mapProblem = FieldMapProblem{field, column, false};
            continue;
        }
        take(f, *c);
    }

    // Canonical names before aliases, so an alias never takes the column that a field's own
    // name labels.
    for (std::size_t f = 0; f < fields.size(); ++f)
        if (!columns[f])
            if (const auto c = findColumn(headerKeys, claimed, {tableHeaderKey(fields[f].name)})) take(f, *c);
    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (columns[f]) continue;
        std::vector<std::string> keys;
        for (const auto alias : fields[f].aliases) keys.push_back(tableHeaderKey(alias));
        if (const auto c = findColumn(headerKeys, claimed, keys)) take(f, *c);
    }
    return match;
}

Result<std::vector<std::size_t>> resolveTableColumns(const TableLayout& layout, const std::vector<std::string>& header,
                                                     const std::map<std::string, std::string>& columnMap,
                                                     const std::string& path)
{
    const auto match = matchFieldColumns(layout.fields, header, columnMap);
    if (const auto& p = match.mapProblem) {
        if (p->unknownField)
            return fail("format",
                        "--map names the field '" + p->field + "', which a " + std::string(tableKindName(layout.kind)) +
                            " table does not have" + expectation(layout, header),
                        path);
        return fail("format",
                    "--map " + p->field + "=" + p->column + ": there is no column '" + p->column + "'" +
                        expectation(layout, header),
                    path);
    }
    std::vector<std::size_t> columns;
    std::vector<std::string> missing;
    for (std::size_t f = 0; f < layout.fields.size(); ++f) {
        if (match.columns[f])
            columns.push_back(*match.columns[f]);
        else
            missing.emplace_back(layout.fields[f].name);
    }
    if (!missing.empty()) return fail("format", "no column for " + joined(missing) + expectation(layout, header), path);
    return columns;
}

}  // namespace aitocracy::core
