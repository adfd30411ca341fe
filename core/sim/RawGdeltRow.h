#pragma once
// One event written as a GDELT 2.0 events-export row: 61 tab-separated fields in GDELT's
// column order, LF-terminated, no quoting (GDELT has none). Fields the project does not
// store (actors, tone, Goldstein scale, QuadClass, the date variants) are filled the way
// GDELT fills them for a protest event, deterministically from the event id, so that the
// same project always gives the same bytes.
#include <cstdint>
#include <optional>
#include <string>

namespace aitocracy::core::sim {

// An unrest_events row as the project stores it.
struct RawGdeltEvent {
    std::int64_t globalEventId = 0;
    std::string eventDate;  // ISO "2016-03-05"
    std::string eventCode, eventBaseCode, eventRootCode;
    bool isRootEvent = true;
    std::int64_t numMentions = 0, numSources = 0, numArticles = 0;
    int geoType = 0;  // 0 none, 1 country, 4 world city, 5 world ADM1
    std::string geoFullName, geoCountry, geoAdm1, geoFeatureId;
    std::optional<double> lat, lon;
    std::string dateAdded;  // "YYYYMMDDHHMMSS"; empty: the file's stamp (day + "000000")
    std::string sourceUrl;
};

inline constexpr int kGdelt2FieldCount = 61;

// Appends the event's row (with its final '\n') to `out`. eventDate must be ISO.
void appendGdelt2Row(std::string& out, const RawGdeltEvent& event);

// The GDELT FractionDate of an ISO date: year + ((month − 1)·30 + day) / 365, 4 decimals,
// as GDELT computes it (20180326 → "2018.2356", 20180224 → "2018.1479").
std::string gdeltFractionDate(const std::string& isoDate);

// The CAMEO Goldstein scale of an event code: exact for the protest codes (14x), the
// root code's value for the others.
double goldsteinScale(const std::string& eventCode);

// GDELT's QuadClass of a CAMEO root code ("14" → 3 verbal conflict), 0 for an unknown code.
int quadClass(const std::string& rootCode);

}  // namespace aitocracy::core::sim
