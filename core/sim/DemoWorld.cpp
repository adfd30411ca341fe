// The demonstration world's generative model (the parameters and their meaning are in
// DemoConfig.h). Quarter by quarter: daily unrest given the weather and the lagged stock
// of public-security AI; then that quarter's public-security AI purchases given unrest in
// this and earlier quarters; the stock feeds the next quarter. Other contracts, firms
// and their software output, and the weather fill in the rest. Separate random streams
// per part keep the world reproducible from the seed alone.
#include "sim/DemoWorld.h"

#include "common/Dates.h"
#include "geo/BuiltinGeography.h"
#include "geo/PointLocator.h"
#include "geo/ProvinceFips.h"
#include "sim/DemoNames.h"
#include "sim/Random.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Timestamp.h"
#include "store/Transaction.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <numbers>
#include <numeric>

namespace aitocracy::core::sim {
namespace {

constexpr int kFirstYear = 2013;
constexpr int kQuarters = 32;                  // 2013Q1 … 2020Q4
constexpr int kFirstRecordedQuarter = 4;       // events are recorded from 2014
constexpr int kContractQuarters = 28;          // contracts 2013 … 2019
const std::int64_t kDay0 = daysFromCivil(kFirstYear, 1, 1);
const std::int64_t kDays = daysFromCivil(kFirstYear + 8, 1, 1) - kDay0;

std::int64_t firstDayOfQuarter(int q) { return daysFromCivil(kFirstYear + q / 4, (q % 4) * 3 + 1, 1) - kDay0; }

std::string shortName(const Unit& u)
{
    // 合肥市 → 合肥 (names of firms read better without the 市).
    const std::string suffix = "市";
    if (u.nameZh.size() > suffix.size() && u.nameZh.compare(u.nameZh.size() - suffix.size(), suffix.size(), suffix) == 0)
        return u.nameZh.substr(0, u.nameZh.size() - suffix.size());
    return u.nameZh;
}

struct DayEvents {
    std::uint32_t unit;
    std::uint32_t day;
    std::uint32_t count;
};

class World {
public:
    World(const DemoConfig& config, const UnitSet& units) : config_(config), units_(units), n_(units.units.size())
    {
        for (const auto& u : units.units) boxes_.push_back(boundsOf(u.geometry));
    }

    void simulateWeather();
    // Runs unrest and procurement; returns the located events recorded 2014–2020.
    double simulate(double baseRate, bool keepEvents);
    Result<void> write(Transaction& tx, DemoSummary& summary);

private:
    Result<void> writeWeather(Transaction& tx, DemoSummary& summary);
    Result<void> writeEvents(Transaction& tx, DemoSummary& summary);
    Result<void> writeFirmsAndContracts(Transaction& tx, DemoSummary& summary);
    LonLat pointIn(std::size_t unit, Random& rng);

    const DemoConfig& config_;
    const UnitSet& units_;
    std::size_t n_;
    std::vector<double> effect_;      // per unit: log-scale propensity
    std::vector<BoundingBox> boxes_;  // per unit: bounding box of the outline (computed once)
    std::vector<float> rain_, temp_;  // per unit × day
    std::vector<double> unrest_;      // per unit × quarter: located events
    std::vector<double> aiContracts_; // per unit × quarter: public-security AI contracts
    std::vector<DayEvents> events_;
    std::unique_ptr<PointLocator> locator_;
};

void World::simulateWeather()
{
    Random rng(config_.seed ^ 0x9e3779b97f4a7c15ull);
    effect_.resize(n_);
    for (auto& e : effect_) e = rng.normal(-config_.heterogeneitySd * config_.heterogeneitySd / 2, config_.heterogeneitySd);
    // Province-wide wet days (common shocks), then each prefecture's own rain and
    // temperature. A wet or dry spell per province and quarter (the odds of a wet day
    // scaled by a log-normal anomaly) gives quarters weather shocks large enough to
    // move a quarter's unrest, as the study's instrument needs.
    std::map<std::string, std::vector<char>> provinceWet;
    for (const auto& u : units_.units) {
        auto& wet = provinceWet[u.provinceCode];
        if (!wet.empty()) continue;
        wet.resize(static_cast<std::size_t>(kDays));
        for (int q = 0; q < kQuarters; ++q) {
            const double anomaly = std::exp(rng.normal(0, config_.weatherAnomalySd));
            for (std::int64_t d = firstDayOfQuarter(q); d < firstDayOfQuarter(q + 1); ++d) {
                const double season = std::cos(2 * std::numbers::pi * (static_cast<double>(d % 365) - 190) / 365.25);  // wettest in July
                wet[static_cast<std::size_t>(d)] = rng.chance(std::min(0.9, (0.25 + 0.15 * season) * anomaly));
            }
        }
    }
    rain_.resize(n_ * static_cast<std::size_t>(kDays));
    temp_.resize(rain_.size());
    for (std::size_t i = 0; i < n_; ++i) {
        const Unit& u = units_.units[i];
        const BoundingBox& box = boxes_[i];
        const double lat = (box.minLat + box.maxLat) / 2;
        const double meanTemp = 28 - 0.55 * (lat - 18), swing = 4 + 0.35 * (lat - 18);
        const auto& wet = provinceWet[u.provinceCode];
        for (std::int64_t d = 0; d < kDays; ++d) {
            const auto k = i * static_cast<std::size_t>(kDays) + static_cast<std::size_t>(d);
            const bool rainy = wet[static_cast<std::size_t>(d)] ? rng.chance(0.8) : rng.chance(0.08);
            rain_[k] = rainy ? static_cast<float>(std::round(-8.0 * std::log(1.0 - rng.uniform()) * 10) / 10) : 0.0f;
            const double season = std::cos(2 * std::numbers::pi * (static_cast<double>(d % 365) - 200) / 365.25);
            temp_[k] = static_cast<float>(std::round((meanTemp + swing * season + rng.normal(0, 2.5)) * 10) / 10);
        }
    }
}

double World::simulate(double baseRate, bool keepEvents)
{
    Random rng(config_.seed ^ 0xd1b54a32d192ed03ull);
    unrest_.assign(n_ * kQuarters, 0.0);
    aiContracts_.assign(n_ * kQuarters, 0.0);
    events_.clear();
    std::vector<double> stock(n_, 0.0);
    std::vector<double> baseline(n_);
    for (std::size_t i = 0; i < n_; ++i) baseline[i] = config_.aiBaseline * std::exp(0.5 * effect_[i]);
    double recorded = 0;
    for (int q = 0; q < kQuarters; ++q) {
        const std::int64_t first = firstDayOfQuarter(q), last = firstDayOfQuarter(q + 1);
        for (std::size_t i = 0; i < n_; ++i) {
            const double s = std::log1p(stock[i]);
            for (std::int64_t d = first; d < last; ++d) {
                const double r = rain_[i * static_cast<std::size_t>(kDays) + static_cast<std::size_t>(d)];
                const double season = config_.seasonAmplitude * std::cos(2 * std::numbers::pi * (static_cast<double>(d % 365) - 100) / 365.25);
                const double logRate = effect_[i] + season + config_.rainEffect * r + config_.suppression * s + config_.rainStockInteraction * r * s;
                const double mix = rng.gamma(config_.dispersion) / config_.dispersion;
                const auto count = rng.poisson(baseRate * std::exp(logRate) * mix);
                if (count == 0) continue;
                unrest_[i * kQuarters + static_cast<std::size_t>(q)] += static_cast<double>(count);
                if (q >= kFirstRecordedQuarter) recorded += static_cast<double>(count);
                if (keepEvents && q >= kFirstRecordedQuarter)
                    events_.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(count)});
            }
        }
        if (q >= kContractQuarters) continue;
        for (std::size_t i = 0; i < n_; ++i) {
            double mean = baseline[i] + config_.aiTrend * q;
            for (std::size_t k = 0; k < config_.lagProfile.size() && static_cast<int>(k) <= q; ++k)
                mean += config_.lagProfile[k] * unrest_[i * kQuarters + static_cast<std::size_t>(q) - k];
            const auto bought = static_cast<double>(rng.poisson(mean));
            aiContracts_[i * kQuarters + static_cast<std::size_t>(q)] = bought;
            stock[i] += bought;
        }
    }
    return recorded;
}

LonLat World::pointIn(std::size_t unit, Random& rng)
{
    const BoundingBox& box = boxes_[unit];
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const LonLat p{rng.uniform(box.minLon, box.maxLon), rng.uniform(box.minLat, box.maxLat)};
        const auto hit = locator_->locate(p);
        if (hit && *hit == unit) return p;
    }
    return {(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};  // a sliver too thin to hit: its box centre
}

Result<void> World::writeWeather(Transaction& tx, DemoSummary& summary)
{
    auto insert = tx.prepare("INSERT INTO weather (unit_code, date, rain_mm, temp_c) VALUES (?, ?, ?, ?)");
    if (!insert) return std::unexpected(insert.error());
    std::vector<std::string> dates(static_cast<std::size_t>(kDays));
    for (std::int64_t d = 0; d < kDays; ++d) dates[static_cast<std::size_t>(d)] = isoDate(kDay0 + d);
    for (std::size_t i = 0; i < n_; ++i)
        for (std::int64_t d = 0; d < kDays; ++d) {
            const auto k = i * static_cast<std::size_t>(kDays) + static_cast<std::size_t>(d);
            // Stored as the one-decimal value a weather service prints (10.3), not the float
            // that holds it (10.3000001907…): the raw files then import back exactly.
            auto oneDecimal = [](float v) { return std::round(static_cast<double>(v) * 10) / 10; };
            insert->bindText(1, units_.units[i].code)
                .bindText(2, dates[static_cast<std::size_t>(d)])
                .bindDouble(3, oneDecimal(rain_[k]))
                .bindDouble(4, oneDecimal(temp_[k]));
            if (auto r = insert->run(); !r) return r;
            ++summary.weatherRows;
        }
    return ok();
}

Result<void> World::writeEvents(Transaction& tx, DemoSummary& summary)
{
    Random rng(config_.seed ^ 0x94d049bb133111ebull);
    locator_ = std::make_unique<PointLocator>(units_);
    auto insert = tx.prepare(
        "INSERT INTO unrest_events (global_event_id, event_date, event_code, event_base_code, event_root_code, is_root_event, "
        "num_mentions, num_sources, num_articles, geo_type, geo_fullname, geo_country, geo_adm1, lat, lon, geo_feature_id, "
        "unit_code, province_code, date_added, source_url, duplicate_of) VALUES (?, ?, ?, ?, '14', 1, ?, ?, ?, ?, ?, 'CH', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return std::unexpected(insert.error());
    static const char* const kCodes[] = {"140", "141", "141", "143", "145"};  // demonstrate, rally, strike, riot
    std::int64_t nextId = 500000000;
    auto add = [&](std::int64_t day, const char* code, int geoType, const std::string& fullName, const std::string& adm1, LonLat p,
                   const std::string& featureId, const Unit* unit, const std::string& province,
                   std::int64_t duplicateOf = 0) -> Result<void> {
        const std::int64_t id = nextId++;
        const int sources = 1 + static_cast<int>(rng.poisson(0.6));
        const std::string date = isoDate(kDay0 + day);
        std::string added = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) + "120000";
        insert->bindInt(1, id).bindText(2, date).bindText(3, code).bindText(4, std::string(code).substr(0, 3));
        insert->bindInt(5, sources * 2).bindInt(6, sources).bindInt(7, sources * 2).bindInt(8, geoType).bindText(9, fullName).bindText(10, adm1);
        insert->bindDouble(11, p.lat).bindDouble(12, p.lon).bindText(13, featureId);
        if (unit) insert->bindText(14, unit->code); else insert->bindNull(14);
        if (province.empty()) insert->bindNull(15); else insert->bindText(15, province);
        insert->bindText(16, added).bindText(17, "simulated://event/" + std::to_string(id));
        if (duplicateOf) insert->bindInt(18, duplicateOf); else insert->bindNull(18);
        return insert->run();
    };
    for (const DayEvents& e : events_) {
        const Unit& u = units_.units[e.unit];
        const std::string fullName = u.nameEn + ", " + u.provinceNameEn + ", China";
        const std::string adm1 = fipsOfProvince(u.provinceCode);
        for (std::uint32_t k = 0; k < e.count; ++k) {
            const char* code = kCodes[rng.below(5)];
            const LonLat p = pointIn(e.unit, rng);
            const std::int64_t original = nextId;
            if (auto r = add(e.day, code, 4, fullName, adm1, p, u.code, &u, u.provinceCode); !r) return r;
            ++summary.locatedEvents;
            // Another article about the same event: same day, place and code, stored as the
            // importer stores a merged report (duplicate_of the first), so that panels count
            // the event once, as the world's truth does.
            if (rng.chance(config_.duplicateShare)) {
                if (auto r = add(e.day, code, 4, fullName, adm1, p, u.code, &u, u.provinceCode, original); !r) return r;
                ++summary.duplicateReports;
            }
            // Reports geocoded only to the province or the country.
            if (rng.chance(config_.unlocatedShare)) {
                const bool country = rng.chance(0.5);
                const BoundingBox& box = boxes_[e.unit];
                const LonLat centre = country ? LonLat{105.0, 35.0} : LonLat{(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};
                if (auto r = add(e.day, code, country ? 1 : 5, country ? "China" : u.provinceNameEn + ", China", country ? "CH" : adm1, centre,
                                 country ? "CH" : adm1, nullptr, country ? std::string() : u.provinceCode);
                    !r)
                    return r;
                ++summary.unlocatedEvents;
            }
        }
    }
    return ok();
}

Result<void> World::writeFirmsAndContracts(Transaction& tx, DemoSummary& summary)
{
    Random rng(config_.seed ^ 0xbf58476d1ce4e5b9ull);
    // Firms: AI firms (a few large, many small: Zipf weights) and others.
    struct Firm {
        std::string id, name;
        bool ai;
        int treatedYear = 0;  // year of the first public-security contract won in a high-unrest quarter
        bool wonPublicSecurity = false;
    };
    std::vector<Firm> firms;
    std::vector<double> aiWeight;
    auto makeFirm = [&](bool ai) {
        const std::size_t home = static_cast<std::size_t>(rng.below(n_));
        firms.push_back({creditCode(rng, units_.units[home].code), firmName(rng, shortName(units_.units[home]), ai), ai});
        if (ai) aiWeight.push_back(1.0 / std::pow(static_cast<double>(aiWeight.size() + 1), 0.8));
    };
    for (int f = 0; f < config_.aiFirms; ++f) makeFirm(true);
    for (int f = 0; f < config_.otherFirms; ++f) makeFirm(false);
    std::partial_sum(aiWeight.begin(), aiWeight.end(), aiWeight.begin());
    auto pickAiFirm = [&] {
        return static_cast<std::size_t>(std::lower_bound(aiWeight.begin(), aiWeight.end(), rng.uniform() * aiWeight.back()) - aiWeight.begin());
    };
    auto pickOtherFirm = [&] { return static_cast<std::size_t>(config_.aiFirms) + static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(std::max(1, config_.otherFirms)))); };

    auto insert = tx.prepare(
        "INSERT INTO contracts (contract_id, signed_date, buyer, buyer_region_code, buyer_region_name, supplier, supplier_id, "
        "amount_yuan, title, unit_code, placement_rule, class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'simulated', ?)");
    if (!insert) return std::unexpected(insert.error());
    std::int64_t serial = 0;
    auto add = [&](std::size_t unit, int q, const char* cls, const std::string& buyer, const std::string& title, std::size_t firm,
                   double medianYuan) -> Result<void> {
        const Unit& u = units_.units[unit];
        const std::int64_t day = firstDayOfQuarter(q) + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(firstDayOfQuarter(q + 1) - firstDayOfQuarter(q))));
        const std::string date = isoDate(kDay0 + day);
        const double which = rng.uniform();  // region code: the prefecture's, a county's under it, or none
        const std::string region = which < 0.7 ? u.code : which < 0.85 && u.kind != unit_kind::provinceDirectCounty ? u.code.substr(0, 4) + (rng.chance(0.5) ? "02" : "21") : std::string();
        char id[32];
        std::snprintf(id, sizeof id, "SIM-%s-%07lld", date.substr(0, 4).c_str(), static_cast<long long>(++serial));
        insert->bindText(1, id).bindText(2, date).bindText(3, buyer).bindText(4, region).bindText(5, which < 0.85 ? u.nameZh : std::string());
        insert->bindText(6, firms[firm].name).bindText(7, firms[firm].id).bindDouble(8, std::round(medianYuan * std::exp(rng.normal(0, 1.0))));
        insert->bindText(9, title).bindText(10, u.code).bindText(11, cls);
        ++summary.contractsByClass[cls];
        return insert->run();
    };

    // Public-security AI contracts, as the procurement process bought them. High unrest is
    // judged on what the project records (events 2014–2020), so that the firm panel
    // (FirmPanel.h) finds the same treatment in the stored data: the prefecture's average
    // per recorded quarter, and only quarters whose previous quarter is recorded.
    std::size_t psAi = 0;
    for (std::size_t i = 0; i < n_; ++i) {
        double recordedUnrest = 0;
        for (int q = kFirstRecordedQuarter; q < kQuarters; ++q) recordedUnrest += unrest_[i * kQuarters + static_cast<std::size_t>(q)];
        const double meanUnrest = recordedUnrest / (kQuarters - kFirstRecordedQuarter);
        for (int q = 0; q < kContractQuarters; ++q) {
            const auto bought = static_cast<int>(aiContracts_[i * kQuarters + static_cast<std::size_t>(q)]);
            const bool highUnrest = q > kFirstRecordedQuarter && unrest_[i * kQuarters + static_cast<std::size_t>(q) - 1] > meanUnrest;
            for (int c = 0; c < bought; ++c) {
                const std::size_t firm = pickAiFirm();
                const std::string& city = units_.units[i].nameZh;
                if (auto r = add(i, q, "ai_public_security", publicSecurityBuyer(rng, city), aiTitle(rng, city), firm, 1.2e6); !r) return r;
                Firm& f = firms[firm];
                f.wonPublicSecurity = true;
                // The earliest such contract: prefectures are visited in turn, so a later one
                // may bring an earlier year.
                if (highUnrest && (f.treatedYear == 0 || kFirstYear + q / 4 < f.treatedYear)) f.treatedYear = kFirstYear + q / 4;
                ++psAi;
            }
        }
    }
    // Everything else: other agencies' AI, surveillance cameras without AI, other goods.
    std::vector<double> size(n_);
    for (std::size_t i = 0; i < n_; ++i) size[i] = std::exp(effect_[i]) + 0.5;
    std::partial_sum(size.begin(), size.end(), size.begin());
    const auto others = config_.contracts > static_cast<std::int64_t>(psAi) ? config_.contracts - static_cast<std::int64_t>(psAi) : 0;
    for (std::int64_t c = 0; c < others; ++c) {
        const auto i = static_cast<std::size_t>(std::lower_bound(size.begin(), size.end(), rng.uniform() * size.back()) - size.begin());
        const int q = static_cast<int>(rng.below(kContractQuarters));
        const std::string& city = units_.units[i].nameZh;
        const double kind = rng.uniform();
        Result<void> r = ok();
        if (kind < 0.05)
            r = add(i, q, "ai_other", otherBuyer(rng, city), aiTitle(rng, city), pickAiFirm(), 8e5);
        else if (kind < 0.17)
            r = add(i, q, "surveillance", rng.chance(0.6) ? publicSecurityBuyer(rng, city) : otherBuyer(rng, city), surveillanceTitle(rng, city),
                    rng.chance(0.3) ? pickAiFirm() : pickOtherFirm(), 6e5);
        else
            r = add(i, q, "other", otherBuyer(rng, city), otherTitle(rng, city), pickOtherFirm(), 2e5);
        if (!r) return r;
    }

    // Firms and the AI firms' software output (the innovation response).
    auto firmInsert = tx.prepare("INSERT INTO firms (firm_id, name, is_ai) VALUES (?, ?, ?)");
    auto softwareInsert = tx.prepare(
        "INSERT INTO software_output (firm_id, year, software_total, software_government, software_commercial) VALUES (?, ?, ?, ?, ?)");
    if (!firmInsert) return std::unexpected(firmInsert.error());
    if (!softwareInsert) return std::unexpected(softwareInsert.error());
    for (const Firm& f : firms) {
        firmInsert->bindText(1, f.id).bindText(2, f.name).bindInt(3, f.ai ? 1 : 0);
        if (auto r = firmInsert->run(); !r) return r;
        ++summary.firms;
        if (!f.ai) continue;
        const double base = config_.softwareBaseline * std::exp(rng.normal(-0.125, 0.5)) * (f.wonPublicSecurity ? 1.3 : 1.0);
        for (int year = kFirstYear; year < kFirstYear + 8; ++year) {
            const bool boosted = f.treatedYear != 0 && year > f.treatedYear && year <= f.treatedYear + 2;
            const double mean = base * std::pow(config_.softwareGrowth, year - kFirstYear) * (boosted ? 1 + config_.innovationEffect : 1.0);
            const auto total = rng.poisson(mean);
            std::int64_t government = 0;
            for (std::int64_t k = 0; k < total; ++k) government += rng.chance(config_.governmentShare) ? 1 : 0;
            softwareInsert->bindText(1, f.id).bindInt(2, year).bindInt(3, total).bindInt(4, government).bindInt(5, total - government);
            if (auto r = softwareInsert->run(); !r) return r;
            ++summary.softwareRows;
        }
    }
    return ok();
}

Result<void> World::write(Transaction& tx, DemoSummary& summary)
{
    if (auto r = writeEvents(tx, summary); !r) return r;
    if (auto r = writeFirmsAndContracts(tx, summary); !r) return r;
    if (auto r = writeWeather(tx, summary); !r) return r;
    auto truth = tx.prepare("INSERT INTO simulation_truth (config_json, created_at) VALUES (?, ?)");
    if (!truth) return std::unexpected(truth.error());
    truth->bindText(1, config_.toJson()).bindText(2, isoUtcNow());
    if (auto r = truth->run(); !r) return r;
    return tx.setMeta("simulated", "1");
}

}  // namespace

// The revision is part of the name: when the generator changes what it writes, bump it,
// and setup builds the new world beside the old one instead of reusing a stale file.
constexpr int kDemoRevision = 3;

std::string defaultDemoProjectPath()
{
    return userDataDir() + "/demo/china-simulated-r" + std::to_string(kDemoRevision) + ".aitocracy";
}

Result<DemoSummary> buildDemoProject(const std::string& path, const UnitSet& units, const DemoConfig& config, const DemoProgress& progress,
                                     const CancelToken* cancel)
{
    auto say = [&](const std::string& step) {
        if (progress) progress(step);
    };
    auto cancelled = [&] { return cancel && cancel->cancelled(); };
    const auto stopped = [&] { return fail("cancelled", "the demonstration world was not built: cancelled", path); };
    namespace fs = std::filesystem;
    if (fs::exists(path)) return fail("exists", "the file exists already; choose another name or remove it", path);
    if (units.units.empty()) return fail("usage", "the demonstration world needs units");
    World world(config, units);
    DemoSummary summary;
    if (cancelled()) return stopped();
    say("weather");
    world.simulateWeather();
    // The base rate that gives the configured number of located events: trial runs, each
    // scaling the rate by target/result, until within 2 %. The suppression feedback makes
    // events grow less than proportionally with the rate (events ≈ c·rate^a, a < 1), so
    // the steps overshoot, but the error shrinks by the factor 1 − a each time.
    say("calibrating unrest");
    summary.baseRate = 0.01;
    for (int step = 0; step < 12; ++step) {
        if (cancelled()) return stopped();
        const double ratio = config.locatedEvents / std::max(world.simulate(summary.baseRate, false), 1.0);
        summary.baseRate *= ratio;
        if (std::abs(ratio - 1) < 0.02) break;
    }
    if (cancelled()) return stopped();
    say("unrest and procurement");
    world.simulate(summary.baseRate, true);
    if (cancelled()) return stopped();

    const std::string building = path + ".building";
    std::error_code ec;
    if (const fs::path parent = fs::path(path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
    fs::remove(building, ec);
    {
        auto store = ProjectStore::create(building, units, "builtin (simulated world)");
        if (!store) return std::unexpected(store.error());
        say("writing the project");
        // The file is private until it is renamed into place, so no crash safety is needed
        // while it is written: an in-memory journal, no syncs and a 200 MB page cache, so that
        // the indexes of millions of contracts are updated in memory (several times faster).
        sqlite3_exec(store->handle(), "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000", nullptr, nullptr, nullptr);
        auto written = store->transaction([&](Transaction& tx) { return world.write(tx, summary); });
        if (!written) {
            store = fail("closed", "");
            fs::remove(building, ec);
            return std::unexpected(written.error());
        }
    }
    if (cancelled()) {
        fs::remove(building, ec);
        return stopped();
    }
    fs::rename(building, path, ec);
    if (ec) return fail("io", "cannot move the finished project into place: " + ec.message(), path);
    return summary;
}

}  // namespace aitocracy::core::sim
