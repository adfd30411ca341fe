#pragma once
// Which column of a researcher's contracts table holds which canonical field
// (DATA.md §3). Portals name their columns differently (合同编号 / 项目编号,
// 签订日期 / 公告日期 / 成交日期, 采购人 / 采购单位 …), so headers are matched against
// known names in Chinese and English; the user can name any column explicitly.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Error.h"

namespace aitocracy::core {

enum class ContractField { Id, Date, Buyer, RegionCode, RegionName, Supplier, SupplierId, Amount, Title };
inline constexpr std::size_t kContractFieldCount = 9;

// "contract_id", "date", "buyer", "buyer_region_code", "buyer_region_name", "supplier",
// "supplier_id", "amount", "title".
std::string_view contractFieldName(ContractField field);
std::optional<ContractField> contractFieldFromName(std::string_view name);

struct ContractColumns {
    // 0-based column of each field in the header, or nullopt when the table lacks it.
    std::array<std::optional<std::size_t>, kContractFieldCount> column{};
    double amountMultiplier = 1;  // from the amount column's unit: (万元) → 10000

    [[nodiscard]] std::optional<std::size_t> of(ContractField f) const { return column[static_cast<std::size_t>(f)]; }
    // field → header name, for the report.
    [[nodiscard]] std::map<std::string, std::string> describe(const std::vector<std::string>& header) const;
};

// Whether an import needs the field's column: contract_id, date, buyer, title.
bool contractFieldRequired(ContractField field);

// The part of mapContractColumns that checks nothing, which the import wizard shows as the
// user edits the map: each `explicitMap` entry naming a field and a column of the header
// puts the field there; every other field takes the first of its known names found in a
// column no field holds yet. Required fields may be left without a column.
struct ContractColumnMatch {
    ContractColumns columns;
    std::optional<Error> mapProblem;  // the first entry naming no field or no column (it was skipped)
};
ContractColumnMatch matchContractColumns(const std::vector<std::string>& header,
                                         const std::map<std::string, std::string>& explicitMap);

// Maps `header` (names as in the file). `explicitMap` (field name → header name, from
// --map) wins over the known names. Errors ("format"): an explicit field or column that
// does not exist, two fields on one column, or a required field (contract_id, date,
// buyer, title) not found — the message lists the header's columns and the names that
// would have been recognised.
Result<ContractColumns> mapContractColumns(const std::vector<std::string>& header,
                                           const std::map<std::string, std::string>& explicitMap);

}  // namespace aitocracy::core
