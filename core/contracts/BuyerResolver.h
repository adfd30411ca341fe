#pragma once
// Places a procurement contract's buyer in a unit of the project's map, from the
// buyer's region code, region name or the place names inside the buyer's name
// (DATA.md §3). Names come from the project's gazetteer (table places) and its units;
// old codes go through the code crosswalk. What cannot be placed by rule stays
// unplaced, with the reason: a wrong unit would be worse than none.
#include "common/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;

namespace aitocracy::core {

struct BuyerPlacement {
    std::optional<std::string> unitCode;
    // How the unit was found: "region_code", "region_code_crosswalk", "region_name",
    // "buyer_name_prefecture", "buyer_name_county"; "" when unresolved.
    std::string rule;
    // Resolved: the old and new code ("542400 → 540600") or the place name that
    // decided. Unresolved: why ("ambiguous: 朝阳区 in 110000, 220100", "no place name found").
    std::string detail;

    bool operator==(const BuyerPlacement&) const = default;
};

class BuyerResolver {
public:
    // Reads units, places and code_crosswalk of an open project. A project without
    // place rows (migrated from schema 1) is placed by its units' own names only.
    static Result<BuyerResolver> load(sqlite3* db);

    // Rules, first that decides wins:
    //  1. region code, 6 digits: the unit with that code; a county code belongs to the
    //     unit of its first four digits, a municipality's to the municipality, a
    //     province-direct county-level unit's to itself; codes no longer on the map go
    //     through the crosswalk (542400 → 540600);
    //  2. region name (合肥市, 合肥) by the place names in it;
    //  3. a prefecture name inside the buyer (合肥市公安局 → 340100): full names and short
    //     ones (合肥), longest match first; a short name shared with a province (吉林,
    //     海南) is not enough alone;
    //  4. a county name inside the buyer that belongs to one unit; a province or
    //     prefecture named beside it narrows an ambiguous one (吉林省…朝阳区 → 220100).
    // Thread-safe; allocates only for the result.
    [[nodiscard]] BuyerPlacement resolve(std::string_view regionCode, std::string_view regionName,
                                         std::string_view buyer) const;

    BuyerResolver(BuyerResolver&&) noexcept;
    BuyerResolver& operator=(BuyerResolver&&) noexcept;
    ~BuyerResolver();

private:
    struct Names;
    explicit BuyerResolver(std::unique_ptr<const Names> names);
    std::unique_ptr<const Names> names_;
};

}  // namespace aitocracy::core
