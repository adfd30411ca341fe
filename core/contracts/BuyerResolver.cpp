#include "contracts/BuyerResolver.h"

#include "contracts/BuyerResolverNames.h"

namespace aitocracy::core {
namespace {

std::string_view trimmed(std::string_view s)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const auto b = s.find_first_not_of(kSpace);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

BuyerPlacement placed(const std::string& unit, const char* rule, std::string detail)
{
    return {unit, rule, std::move(detail)};
}

BuyerPlacement unplaced(std::string why)
{
    return {std::nullopt, "", std::move(why)};
}

}  // namespace

int BuyerResolver::Names::unitOf(int code) const
{
    const auto it = unitByCode.find(code);
    return it == unitByCode.end() ? -1 : it->second;
}

int BuyerResolver::Names::successorUnit(int code, int& newCode) const
{
    for (int step = 0; step < 8; ++step) {  // chains are short; the bound stops a cycle
        const auto it = successor.find(code);
        if (it == successor.end()) return -1;
        code = it->second;
        if (const int unit = unitOf(code); unit >= 0) {
            newCode = code;
            return unit;
        }
    }
    return -1;
}

void BuyerResolver::Names::scan(std::string_view text, Hits& hits) const
{
    for (std::size_t pos = 0; pos < text.size() && hits.size < kMaxHits;) {
        std::size_t end = 0;
        const int entry = trie.longestAt(text, pos, end);
        if (entry < 0) {
            pos = BuyerResolverTrie::nextChar(text, pos);
            continue;
        }
        hits.insert(entry);
        pos = end;
    }
}

BuyerPlacement BuyerResolver::Names::byCode(int code) const
{
    // The code itself, then its prefecture (first four digits), then its province
    // (municipalities): 429004 → itself, 340102 → 340100, 110105 → 110000.
    for (const int candidate : {code, code / 100 * 100, code / 10000 * 10000}) {
        if (const int unit = unitOf(candidate); unit >= 0)
            return placed(unitCodes[static_cast<std::size_t>(unit)], "region_code", "");
        int newCode = 0;
        if (const int unit = successorUnit(candidate, newCode); unit >= 0)
            return placed(unitCodes[static_cast<std::size_t>(unit)], "region_code_crosswalk",
                          buyerResolverCodeText(candidate) + " → " + buyerResolverCodeText(newCode));
    }
    return unplaced("region code " + buyerResolverCodeText(code) + " is not on the map");
}

std::string BuyerResolver::Names::targets(const Entry& e) const
{
    std::string out;
    for (int p : e.provinces) out += (out.empty() ? "" : ", ") + buyerResolverCodeText(p * 10000) + " (province)";
    for (int u : e.units) out += (out.empty() ? "" : ", ") + unitCodes[static_cast<std::size_t>(u)];
    if (e.withoutUnit) out += out.empty() ? "no unit of the map" : ", off the map";
    return out;
}

std::string BuyerResolver::Names::namesOf(const Hits& hits, bool prefectureClass) const
{
    std::string out;
    for (std::size_t h = 0; h < hits.size; ++h) {
        const Entry& e = entries[static_cast<std::size_t>(hits.items[h])];
        if (e.prefectureClass == prefectureClass) out += (out.empty() ? "" : "; ") + e.name + " in " + targets(e);
    }
    return out;
}

BuyerPlacement BuyerResolver::Names::decide(const Hits& hits, const char* prefectureRule, const char* countyRule) const
{
    auto entry = [&](std::size_t h) -> const Entry& { return entries[static_cast<std::size_t>(hits.items[h])]; };

    // A prefecture name that means one unit decides alone.
    BuyerResolverSmallSet<kMaxHits> prefectures;
    std::size_t deciding = 0;
    for (std::size_t h = 0; h < hits.size; ++h)
        if (entry(h).prefectureClass && entry(h).decisive()) {
            prefectures.insert(entry(h).units.front());
            deciding = h;
        }
    if (prefectures.size == 1)
        return placed(unitCodes[static_cast<std::size_t>(prefectures.items[0])], prefectureRule, entry(deciding).name);
    if (prefectures.size > 1) return unplaced("several prefectures: " + namesOf(hits, true));

    // Otherwise a county name, narrowed by the provinces and prefectures named beside it.
    BuyerResolverSmallSet<2 * kMaxHits> contextUnits, candidates;
    BuyerResolverSmallSet<kMaxHits> contextProvinces;
    bool anyCounty = false;
    for (std::size_t h = 0; h < hits.size; ++h) {
        anyCounty = anyCounty || !entry(h).prefectureClass;
        if (!entry(h).prefectureClass) continue;
        for (int u : entry(h).units) contextUnits.insert(u);
        for (int p : entry(h).provinces) contextProvinces.insert(p);
    }
    const bool narrowed = contextUnits.size > 0 || contextProvinces.size > 0;
    for (std::size_t h = 0; h < hits.size; ++h) {
        if (entry(h).prefectureClass) continue;
        for (int u : entry(h).units)
            if (!narrowed || contextUnits.contains(u) ||
                contextProvinces.contains(unitProvince[static_cast<std::size_t>(u)])) {
                candidates.insert(u);
                deciding = h;
            }
    }
    if (candidates.size == 1)
        return placed(unitCodes[static_cast<std::size_t>(candidates.items[0])], countyRule, entry(deciding).name);
    if (candidates.size > 1) return unplaced("ambiguous: " + namesOf(hits, false));
    if (anyCounty && narrowed) return unplaced("conflicting: " + namesOf(hits, false) + "; " + namesOf(hits, true));
    if (anyCounty) return unplaced(namesOf(hits, false));
    // A short name shared by a province and a prefecture (吉林), or a province alone.
    if (contextUnits.size > 0) return unplaced("ambiguous: " + namesOf(hits, true));
    if (contextProvinces.size > 0) return unplaced("only a province: " + namesOf(hits, true));
    return unplaced("no place name found");
}

Result<BuyerResolver> BuyerResolver::load(sqlite3* db)
{
    auto names = std::make_unique<Names>();
    // Units and the crosswalk first: places refer to both.
    if (auto r = names->readUnits(db); !r) return std::unexpected(r.error());
    if (auto r = names->readCrosswalk(db); !r) return std::unexpected(r.error());
    if (auto r = names->readPlaces(db); !r) return std::unexpected(r.error());
    names->finish();
    return BuyerResolver(std::move(names));
}

BuyerPlacement BuyerResolver::resolve(std::string_view regionCode, std::string_view regionName,
                                      std::string_view buyer) const
{
    std::string codeProblem;
    if (const auto code = trimmed(regionCode); !code.empty()) {
        if (const int number = buyerResolverCodeNumber(code); number < 0)
            codeProblem = "region code " + std::string(code) + " is not 6 digits";
        else if (auto byCode = names_->byCode(number); byCode.unitCode)
            return byCode;
        else
            codeProblem = std::move(byCode.detail);
    }
    Names::Hits hits;
    if (const auto name = trimmed(regionName); !name.empty()) {
        names_->scan(name, hits);
        if (auto byName = names_->decide(hits, "region_name", "region_name"); byName.unitCode) return byName;
    }
    // The region name's places stay in `hits`: 吉林 there and 船营区 in the buyer together
    // say 220200.
    names_->scan(buyer, hits);
    auto byBuyer = names_->decide(hits, "buyer_name_prefecture", "buyer_name_county");
    if (!byBuyer.unitCode && !codeProblem.empty()) byBuyer.detail = codeProblem + "; " + byBuyer.detail;
    return byBuyer;
}

BuyerResolver::BuyerResolver(std::unique_ptr<const Names> names) : names_(std::move(names)) {}
BuyerResolver::BuyerResolver(BuyerResolver&&) noexcept = default;
BuyerResolver& BuyerResolver::operator=(BuyerResolver&&) noexcept = default;
BuyerResolver::~BuyerResolver() = default;

}  // namespace aitocracy::core
