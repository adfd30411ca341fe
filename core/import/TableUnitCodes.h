#pragma once
// Which unit of the project a prefecture code in a researcher's table means: the unit
// itself, a county's prefecture (first four digits + "00"), a municipality's district
// (first two digits + "0000"), or an older code renamed since (geo/CodeCrosswalk.h).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/Error.h"

namespace aitocracy::core {

class Transaction;

class TableUnitCodes {
public:
    // The units of the project the transaction writes to.
    static Result<TableUnitCodes> load(Transaction& tx);

    // The project's unit code for `code`, or nullopt when `code` names none of its units.
    [[nodiscard]] std::optional<std::string> resolve(std::string_view code) const;

private:
    [[nodiscard]] bool isUnit(const std::string& code) const { return kinds_.contains(code); }

    std::unordered_map<std::string, std::string> kinds_;  // unit code -> unit kind
};

}  // namespace aitocracy::core
