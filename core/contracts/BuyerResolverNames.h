#pragma once
// BuyerResolver's tables: the units, the code crosswalk and every place name (full
// and short) with what it can mean, behind a trie for scanning buyer names.
#include "contracts/BuyerResolver.h"
#include "contracts/BuyerResolverTrie.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace aitocracy::core {

// Up to N distinct small integers, without allocating (more are dropped).
template <std::size_t N>
struct BuyerResolverSmallSet {
    std::array<int, N> items{};
    std::size_t size = 0;

    void insert(int v)
    {
        if (size < N && !contains(v)) items[size++] = v;
    }
    [[nodiscard]] bool contains(int v) const
    {
        return std::find(items.begin(), items.begin() + size, v) != items.begin() + size;
    }
};

struct BuyerResolver::Names {
    // What one name (full or short) can mean: several units (朝阳区), a unit and a
    // province (吉林), a province only (安徽省).
    struct Entry {
        std::string name;
        std::vector<int> units;        // unit indices, sorted, distinct
        std::vector<int> provinces;    // 2-digit numbers of named provinces that are no unit
        bool prefectureClass = false;  // a province or prefecture name (else a county name)
        bool withoutUnit = false;      // also names a place with no outline on the map
        [[nodiscard]] bool decisive() const { return units.size() == 1 && provinces.empty() && !withoutUnit; }
    };
    // More place names than this in a region name and buyer are not looked at.
    static constexpr std::size_t kMaxHits = 16;
    using Hits = BuyerResolverSmallSet<kMaxHits>;  // entry indices, in text order, each once

    std::vector<std::string> unitCodes;
    std::vector<int> unitProvince;            // unit index → 2-digit province number
    std::unordered_map<int, int> unitByCode;  // code → unit index
    std::unordered_map<int, int> successor;   // crosswalk: old code → new code
    std::vector<Entry> entries;
    BuyerResolverTrie trie;

    // Loading (BuyerResolverNames.cpp).
    Result<void> readUnits(sqlite3* db);
    Result<void> readCrosswalk(sqlite3* db);
    Result<void> readPlaces(sqlite3* db);
    void finish();

    // Lookups (BuyerResolver.cpp).
    [[nodiscard]] int unitOf(int code) const;
    [[nodiscard]] int successorUnit(int code, int& newCode) const;
    void scan(std::string_view text, Hits& hits) const;
    [[nodiscard]] BuyerPlacement byCode(int code) const;
    [[nodiscard]] BuyerPlacement decide(const Hits& hits, const char* prefectureRule, const char* countyRule) const;

private:
    std::map<std::string, int> byName_;  // while loading

    // `unit` < 0 with `province` > 0: a province that is no unit; both < 0: no outline.
    void add(const std::string& name, bool prefectureClass, int unit, int province);
    void addOne(const std::string& name, bool prefectureClass, int unit, int province);
    [[nodiscard]] std::string targets(const Entry& e) const;
    [[nodiscard]] std::string namesOf(const Hits& hits, bool prefectureClass) const;
};

// "340100" for 340100 (codes are kept as numbers inside the resolver).
std::string buyerResolverCodeText(int code);
// A 6-digit code as a number; -1 for anything else.
int buyerResolverCodeNumber(std::string_view text);

}  // namespace aitocracy::core
