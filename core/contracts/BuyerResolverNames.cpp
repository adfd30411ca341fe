#include "contracts/BuyerResolverNames.h"

#include "store/Statement.h"

namespace aitocracy::core {
namespace {

// Suffixes that a short name drops (合肥市 → 合肥, 锡林郭勒盟 → 锡林郭勒), longest first.
constexpr std::array<std::string_view, 7> kSuffixes = {"特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"};
// Autonomous names also drop their peoples (延边朝鲜族自治州 → 延边, 伊犁哈萨克自治州 → 伊犁).
constexpr std::array<std::string_view, 21> kPeoples = {
    "藏族", "回族",   "蒙古族", "土家族", "苗族", "侗族", "布依族", "壮族", "傣族",   "景颇族",  "傈僳族",
    "白族", "哈尼族", "彝族",   "朝鲜族", "黎族", "羌族", "维吾尔", "蒙古", "哈萨克", "柯尔克孜"};

std::size_t charCount(std::string_view s)
{
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// "" when the name has no shorter form of at least two characters. 内蒙古自治区 keeps
// 内蒙古: cutting at 蒙古 would leave one character.
std::string shortName(std::string_view full)
{
    for (std::string_view suffix : kSuffixes) {
        if (!full.ends_with(suffix)) continue;
        std::string_view core = full.substr(0, full.size() - suffix.size());
        if (suffix.starts_with("自治")) {
            std::size_t cut = core.size();
            for (std::string_view people : kPeoples)
                if (const auto at = core.find(people); at != std::string_view::npos && at < cut) cut = at;
            if (charCount(core.substr(0, cut)) >= 2) core = core.substr(0, cut);
        }
        return charCount(core) >= 2 ? std::string(core) : std::string();
    }
    return {};
}

}  // namespace

std::string buyerResolverCodeText(int code)
{
    std::string s = std::to_string(code);
    return std::string(s.size() < 6 ? 6 - s.size() : 0, '0') + s;
}

int buyerResolverCodeNumber(std::string_view text)
{
    if (text.size() != 6) return -1;
    int n = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

void BuyerResolver::Names::addOne(const std::string& name, bool prefectureClass, int unit, int province)
{
    auto [it, fresh] = byName_.emplace(name, static_cast<int>(entries.size()));
    if (fresh) entries.push_back({name, {}, {}, false, false});
    Entry& e = entries[static_cast<std::size_t>(it->second)];
    e.prefectureClass = e.prefectureClass || prefectureClass;
    if (unit >= 0)
        e.units.push_back(unit);
    else if (province > 0)
        e.provinces.push_back(province);
    else
        e.withoutUnit = true;
}

void BuyerResolver::Names::add(const std::string& name, bool prefectureClass, int unit, int province)
{
    addOne(name, prefectureClass, unit, province);
    // County names stay whole: their short forms (朝阳, 和平, 城) are ordinary words or
    // prefecture names.
    if (prefectureClass)
        if (const std::string brief = shortName(name); !brief.empty()) addOne(brief, true, unit, province);
}

void BuyerResolver::Names::finish()
{
    for (Entry& e : entries) {
        std::sort(e.units.begin(), e.units.end());
        e.units.erase(std::unique(e.units.begin(), e.units.end()), e.units.end());
        std::sort(e.provinces.begin(), e.provinces.end());
        e.provinces.erase(std::unique(e.provinces.begin(), e.provinces.end()), e.provinces.end());
    }
    for (const auto& [name, index] : byName_) trie.add(name, index);
    trie.freeze();
    byName_.clear();
}

Result<void> BuyerResolver::Names::readUnits(sqlite3* db)
{
    auto select = Statement::prepare(db, "SELECT code, name_zh, kind FROM units ORDER BY code");
    if (!select) return std::unexpected(select.error());
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string code = select->columnText(0);
        const int number = buyerResolverCodeNumber(code);
        if (number < 0) continue;  // a user's map with other codes: nothing to match by code or name
        const int unit = static_cast<int>(unitCodes.size());
        unitByCode[number] = unit;
        unitCodes.push_back(code);
        unitProvince.push_back(number / 10000);
        // A province-direct county-level unit is named like a county (仙桃市, 定安县).
        add(select->columnText(1), select->columnText(2) != "province-direct county-level", unit, -1);
    }
    return ok();
}

Result<void> BuyerResolver::Names::readCrosswalk(sqlite3* db)
{
    auto select = Statement::prepare(db, "SELECT old_code, new_code FROM code_crosswalk ORDER BY effective_date, id");
    if (!select) return std::unexpected(select.error());
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const int from = buyerResolverCodeNumber(select->columnText(0));
        const int to = buyerResolverCodeNumber(select->columnText(1));
        if (from >= 0 && to >= 0) successor[from] = to;
    }
    return ok();
}

Result<void> BuyerResolver::Names::readPlaces(sqlite3* db)
{
    auto select = Statement::prepare(db, "SELECT code, name_zh, level, unit_code FROM places");
    if (!select) return std::unexpected(select.error());
    for (;;) {
        auto row = select->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string level = select->columnText(2);
        const int code = buyerResolverCodeNumber(select->columnText(0));
        const int unitCode = buyerResolverCodeNumber(select->columnText(3));
        // A place whose unit is not on this map (merged away) lies in the successor.
        int unit = unitOf(unitCode), successorCode = 0;
        if (unit < 0 && unitCode >= 0) unit = successorUnit(unitCode, successorCode);
        const int province = level == "province" && code >= 0 ? code / 10000 : -1;
        add(select->columnText(1), level != "county", unit, province);
    }
    return ok();
}

}  // namespace aitocracy::core
