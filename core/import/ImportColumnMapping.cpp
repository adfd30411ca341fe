// mapImportColumns (FilePreview.h): the importers' own lenient matching passes, so the
// wizard shows the columns an import would read, from the same lists of names.
#include "import/BoundaryFields.h"
#include "import/ContractColumns.h"
#include "import/FilePreview.h"
#include "import/TableColumns.h"

namespace aitocracy::core {
namespace {

std::vector<FieldMapping> fromFieldMatch(const std::vector<TableField>& fields, std::size_t required,
                                         const std::vector<std::string>& header,
                                         const std::map<std::string, std::string>& columnMap)
{
    const auto match = matchFieldColumns(fields, header, columnMap);
    std::vector<FieldMapping> out;
    for (std::size_t f = 0; f < fields.size(); ++f)
        out.push_back({std::string(fields[f].name), f < required, match.columns[f]});
    return out;
}

}  // namespace

std::vector<FieldMapping> mapImportColumns(ImportKind kind, const std::vector<std::string>& header,
                                           const std::map<std::string, std::string>& columnMap)
{
    if (kind == ImportKind::Gdelt) return {};
    if (kind == ImportKind::Boundaries)
        return fromFieldMatch(boundaryFields(), kRequiredBoundaryFields, header, columnMap);
    if (const auto table = tableKindOf(kind)) {
        const TableLayout& layout = tableLayout(*table);
        return fromFieldMatch(layout.fields, layout.fields.size(), header, columnMap);  // all required
    }
    const auto match = matchContractColumns(header, columnMap);
    std::vector<FieldMapping> out;
    for (std::size_t f = 0; f < kContractFieldCount; ++f) {
        const auto field = static_cast<ContractField>(f);
        out.push_back({std::string(contractFieldName(field)), contractFieldRequired(field), match.columns.of(field)});
    }
    return out;
}

}  // namespace aitocracy::core
