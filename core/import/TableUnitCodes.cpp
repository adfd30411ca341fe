#include "import/TableUnitCodes.h"

#include "geo/CodeCrosswalk.h"
#include "geo/Unit.h"
#include "store/Transaction.h"

namespace aitocracy::core {

Result<TableUnitCodes> TableUnitCodes::load(Transaction& tx)
{
    auto select = tx.prepare("SELECT code, kind FROM units");
    if (!select) return std::unexpected(select.error());
    TableUnitCodes codes;
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        codes.kinds_.emplace(select->columnText(0), select->columnText(1));
    }
    return codes;
}

std::optional<std::string> TableUnitCodes::resolve(std::string_view code) const
{
    if (code.size() != 6 || code.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    const std::string own(code), prefecture = own.substr(0, 4) + "00";
    for (const auto& candidate : {own, prefecture}) {
        if (isUnit(candidate)) return candidate;
        if (const std::string renamed = mapUnitCode(candidate); isUnit(renamed)) return renamed;
    }
    const std::string municipality = own.substr(0, 2) + "0000";
    if (const auto it = kinds_.find(municipality); it != kinds_.end() && it->second == unit_kind::municipality)
        return municipality;
    return std::nullopt;
}

}  // namespace aitocracy::core
