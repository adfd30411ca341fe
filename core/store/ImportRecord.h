#pragma once
// Provenance of one imported file (a row of the `imports` table): what was read, when,
// with which settings and what came of it.
#include <cstdint>
#include <string>

namespace aitocracy::core {

// The values of ImportRecord::kind (the table's CHECK constraint lists the same).
namespace import_kind {
inline constexpr const char* gdelt = "gdelt";
inline constexpr const char* contracts = "contracts";
inline constexpr const char* firms = "firms";
inline constexpr const char* software = "software";
inline constexpr const char* weather = "weather";
inline constexpr const char* covariates = "covariates";
inline constexpr const char* boundaries = "boundaries";
}  // namespace import_kind

// The values of ImportRecord::status.
namespace import_status {
inline constexpr const char* running = "running";
inline constexpr const char* ok = "ok";
inline constexpr const char* failed = "failed";
inline constexpr const char* cancelled = "cancelled";
}  // namespace import_status

struct ImportRecord {
    std::int64_t id = 0;               // assigned by the store; ignored by recordImport
    std::string kind{};                // one of import_kind
    std::string fileName{};            // as the user picked it (no directory needed)
    std::int64_t fileSize = 0;         // bytes
    std::string sha256{};              // 64 lowercase hex digits, or "" when not computed
    std::string startedAt{};           // ISO 8601 UTC; "" → now
    std::string finishedAt{};          // ISO 8601 UTC; "" while running (stored as NULL)
    std::string status = import_status::running;
    std::string countsJson = "{}";     // e.g. {"read":1200,"kept":1180,"rejected":20}
    std::string settingsJson = "{}";   // the importer options used, to redo the import

    bool operator==(const ImportRecord&) const = default;
};

}  // namespace aitocracy::core
