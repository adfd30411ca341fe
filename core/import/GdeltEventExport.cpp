#include "import/GdeltEventExport.h"

#include "store/Statement.h"

#include <charconv>
#include <filesystem>
#include <fstream>

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
    auto select = Statement::prepare(store.handle(),
                                     "SELECT global_event_id, event_date, event_code, event_root_code, geo_type, lat, lon, "
                                     "unit_code, province_code FROM unrest_events ORDER BY event_date, global_event_id");
    if (!select) return std::unexpected(select.error());
    const std::string tmp = outPath + ".tmp";
    std::int64_t rows = 0;
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return fail("io", "cannot write the file", tmp);
        out << "event_id,date,event_code,root_code,geo_type,lat,lon,unit_code,province_code\n";
        while (true) {
            auto more = select->step();
            if (!more) {
                std::filesystem::remove(tmp);
                return std::unexpected(more.error());
            }
            if (!*more) break;
            // Codes and dates are digits and dashes: nothing needs CSV quoting.
            out << select->columnInt(0) << ',' << select->columnText(1) << ',' << select->columnText(2) << ',' << select->columnText(3) << ','
                << select->columnInt(4) << ',' << number(select->columnOptionalDouble(5)) << ',' << number(select->columnOptionalDouble(6))
                << ',' << select->columnText(7) << ',' << select->columnText(8) << '\n';
            ++rows;
        }
        out.close();
        if (!out) {
            std::filesystem::remove(tmp);
            return fail("io", "write error", tmp);
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, outPath, ec);
    if (ec) {
        std::filesystem::remove(tmp);
        return fail("io", "cannot move the finished file into place: " + ec.message(), outPath);
    }
    return rows;
}

}  // namespace aitocracy::core
