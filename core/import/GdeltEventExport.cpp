#include "import/GdeltEventExport.h"

#include "store/CsvExport.h"

#include <charconv>

namespace aitocracy::core {
namespace {

// Shortest text that reads back as the same double.
std::string number(std::optional<double> v)
{
    if (!v) return {};
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *v);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

}  // namespace

Result<std::int64_t> exportUnrestEvents(const ProjectStore& store, const std::string& outPath)
{
    return exportQueryCsv(store.handle(),
                          "SELECT global_event_id, event_date, event_code, event_root_code, geo_type, lat, lon, unit_code, province_code "
                          "FROM unrest_events ORDER BY event_date, global_event_id",
                          "event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code", outPath,
                          [](const Statement& s, std::string& line) {
                              // Codes and dates are digits and dashes: nothing needs CSV quoting.
                              line += std::to_string(s.columnInt(0)) + ',' + s.columnText(1) + ',' + s.columnText(2) + ',' + s.columnText(3) +
                                      ',' + std::to_string(s.columnInt(4)) + ',' + number(s.columnOptionalDouble(5)) + ',' +
                                      number(s.columnOptionalDouble(6)) + ',' + s.columnText(7) + ',' + s.columnText(8);
                          });
}

}  // namespace aitocracy::core
