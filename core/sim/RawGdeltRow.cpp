#include "sim/RawGdeltRow.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace aitocracy::core::sim {
namespace {

// splitmix64's finaliser (Steele, Lea, Flood 2014): a well-mixed, platform-independent
// hash, so an event's made-up fields depend on its id alone.
std::uint64_t mix(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A CAMEO actor as GDELT writes its 10 fields: code, name, country, known group, ethnic,
// religion 1 and 2, type 1 to 3. The simulated protests use codes GDELT gives Chinese
// protest events: residents, workers or students against the government, the police or a
// company, often with only one actor recognised.
struct Actor {
    const char* code;
    const char* name;
    const char* country;
    const char* type1;
};

constexpr Actor kChina{"CHN", "CHINA", "CHN", ""};
constexpr Actor kChineseGovernment{"CHNGOV", "CHINA", "CHN", "GOV"};
constexpr Actor kChinesePolice{"CHNCOP", "CHINESE", "CHN", "COP"};
constexpr Actor kChineseWorkers{"CHNLAB", "CHINA", "CHN", "LAB"};
constexpr Actor kResident{"CVL", "RESIDENT", "", "CVL"};
constexpr Actor kWorker{"LAB", "WORKER", "", "LAB"};
constexpr Actor kStudent{"EDU", "STUDENT", "", "EDU"};
constexpr Actor kPolice{"COP", "POLICE", "", "COP"};
constexpr Actor kGovernment{"GOV", "GOVERNMENT", "", "GOV"};
constexpr Actor kCompany{"BUS", "COMPANY", "", "BUS"};

struct ActorPair {
    const Actor* first;  // nullptr: no actor recognised (all 10 fields and its geography empty)
    const Actor* second;
};

constexpr std::array<ActorPair, 10> kActorPairs{{
    {&kResident, &kGovernment},
    {&kWorker, &kCompany},
    {&kChina, nullptr},
    {nullptr, &kChineseGovernment},
    {&kChineseWorkers, &kChineseGovernment},
    {&kStudent, nullptr},
    {&kResident, &kPolice},
    {&kWorker, &kChineseGovernment},
    {nullptr, &kGovernment},
    {&kChina, &kChinesePolice},
}};

// GDELT has no quoting: a tab or line break inside a value would shift the columns.
void appendClean(std::string& out, std::string_view value)
{
    for (const char c : value) out += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
}

// GDELT writes floats with up to 15 significant digits ("-6.16302186878728").
std::string fifteenDigits(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

void field(std::string& out, std::string_view value)
{
    appendClean(out, value);
    out += '\t';
}

void appendActor(std::string& out, const Actor* a)
{
    const char* fields[10] = {"", "", "", "", "", "", "", "", "", ""};
    if (a) {
        fields[0] = a->code;
        fields[1] = a->name;
        fields[2] = a->country;
        fields[7] = a->type1;
    }
    for (const char* f : fields) field(out, f);
}

// The 8 geography fields: type, full name, country, ADM1, ADM2, lat, long, feature id.
// ADM2 stays empty: GDELT's ADM2 codes are GAUL numbers the project does not have, and
// GDELT itself leaves the field empty where it has none.
void appendGeography(std::string& out, const RawGdeltEvent& e, bool present)
{
    if (!present || e.geoType == 0) {
        out += "0\t\t\t\t\t\t\t";  // type 0 and 7 empty fields
        return;
    }
    out += std::to_string(e.geoType);
    out += '\t';
    field(out, e.geoFullName);
    field(out, e.geoCountry);
    field(out, e.geoAdm1);
    out += '\t';
    // 15 significant digits (GDELT's float format, as in AvgTone) rather than its usual
    // 4–6 for coordinates: rounding to ~10 m would move points lying near a prefecture
    // border into the neighbour on re-import; 15 digits are within a micrometre.
    if (e.lat) out += fifteenDigits(*e.lat);
    out += '\t';
    if (e.lon) out += fifteenDigits(*e.lon);
    out += '\t';
    appendClean(out, e.geoFeatureId);  // the caller writes the separator after the block
}

// A plausible GDELT AvgTone: 100 · (positive − negative words) / words of the article,
// negative as protest coverage is, printed with GDELT's 15 significant digits.
std::string avgTone(std::uint64_t h)
{
    const std::uint64_t words = 200 + h % 1400;
    const std::uint64_t positive = words * (5 + (h >> 16) % 25) / 1000;     // 0.5–2.9 %
    std::uint64_t negative = words * (30 + (h >> 32) % 70) / 1000;          // 3.0–9.9 %
    if (negative <= positive) negative = positive + 1;
    return fifteenDigits(100.0 * (static_cast<double>(positive) - static_cast<double>(negative)) / static_cast<double>(words));
}

}  // namespace

std::string gdeltFractionDate(const std::string& isoDate)
{
    const int year = std::stoi(isoDate.substr(0, 4));
    const int month = std::stoi(isoDate.substr(5, 2));
    const int day = std::stoi(isoDate.substr(8, 2));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", year + ((month - 1) * 30 + day) / 365.0);
    return buf;
}

double goldsteinScale(const std::string& eventCode)
{
    // CAMEO Goldstein scale (GDELT's CAMEO.goldsteinscale.txt): 144x blockades and 145x
    // riots weigh -7.5, the rest of 14 -6.5; other roots by their root value.
    if (eventCode.starts_with("144") || eventCode.starts_with("145")) return -7.5;
    static constexpr std::array<double, 21> kRoot{0.0, 0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0,
                                                  -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0};
    const int root = eventCode.size() >= 2 && std::isdigit(static_cast<unsigned char>(eventCode[0])) && std::isdigit(static_cast<unsigned char>(eventCode[1]))
                         ? (eventCode[0] - '0') * 10 + (eventCode[1] - '0')
                         : 0;
    return root >= 1 && root <= 20 ? kRoot[static_cast<std::size_t>(root)] : 0.0;
}

int quadClass(const std::string& rootCode)
{
    // GDELT's grouping (it differs from the CAMEO manual's): 01–05 verbal cooperation,
    // 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict.
    int root = 0;
    for (const char c : rootCode) {
        if (c < '0' || c > '9') return 0;
        root = root * 10 + (c - '0');
    }
    return root < 1 || root > 20 ? 0 : root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

void appendGdelt2Row(std::string& out, const RawGdeltEvent& e)
{
    const std::uint64_t h = mix(static_cast<std::uint64_t>(e.globalEventId));
    const std::string sqlDate = e.eventDate.substr(0, 4) + e.eventDate.substr(5, 2) + e.eventDate.substr(8, 2);
    const ActorPair& actors = kActorPairs[h % kActorPairs.size()];

    field(out, std::to_string(e.globalEventId));                  // 1 GLOBALEVENTID
    field(out, sqlDate);                                          // 2 SQLDATE
    field(out, sqlDate.substr(0, 6));                             // 3 MonthYear
    field(out, sqlDate.substr(0, 4));                             // 4 Year
    field(out, gdeltFractionDate(e.eventDate));                   // 5 FractionDate
    appendActor(out, actors.first);                               // 6–15 Actor1
    appendActor(out, actors.second);                              // 16–25 Actor2
    field(out, e.isRootEvent ? "1" : "0");                        // 26 IsRootEvent
    field(out, e.eventCode);                                      // 27 EventCode
    field(out, e.eventBaseCode);                                  // 28 EventBaseCode
    field(out, e.eventRootCode);                                  // 29 EventRootCode
    field(out, std::to_string(quadClass(e.eventRootCode)));       // 30 QuadClass
    char goldstein[16];
    std::snprintf(goldstein, sizeof goldstein, "%.1f", goldsteinScale(e.eventCode));
    field(out, goldstein);                                        // 31 GoldsteinScale
    field(out, std::to_string(e.numMentions));                    // 32 NumMentions
    field(out, std::to_string(e.numSources));                     // 33 NumSources
    field(out, std::to_string(e.numArticles));                    // 34 NumArticles
    field(out, avgTone(mix(h)));                                  // 35 AvgTone
    appendGeography(out, e, actors.first != nullptr);             // 36–43 Actor1Geo
    out += '\t';
    appendGeography(out, e, actors.second != nullptr);            // 44–51 Actor2Geo
    out += '\t';
    appendGeography(out, e, true);                                // 52–59 ActionGeo
    out += '\t';
    field(out, e.dateAdded.empty() ? sqlDate + "000000" : e.dateAdded);  // 60 DATEADDED
    appendClean(out, e.sourceUrl);                                // 61 SOURCEURL
    out += '\n';
}

}  // namespace aitocracy::core::sim
