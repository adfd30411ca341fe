#include "store/CsvExport.h"

#include <filesystem>
#include <fstream>

namespace aitocracy::core {

Result<std::int64_t> exportQueryCsv(sqlite3* db, const char* sql, const char* header, const std::string& outPath,
                                    const std::function<void(const Statement&, std::string& line)>& format)
{
    auto select = Statement::prepare(db, sql);
    if (!select) return std::unexpected(select.error());
    const std::string tmp = outPath + ".tmp";
    std::int64_t rows = 0;
    auto written = [&]() -> Result<void> {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return fail("io", "cannot write the file", tmp);
        out << header << '\n';
        std::string line;
        while (true) {
            auto more = select->step();
            if (!more) return std::unexpected(more.error());
            if (!*more) break;
            line.clear();
            format(*select, line);
            line += '\n';
            out << line;
            ++rows;
        }
        out.close();
        if (!out) return fail("io", "write error", tmp);
        return ok();
    }();
    std::error_code ec;
    if (written) std::filesystem::rename(tmp, outPath, ec);
    if (!written || ec) {
        std::filesystem::remove(tmp, ec);
        if (!written) return std::unexpected(written.error());
        return fail("io", "cannot move the finished file into place", outPath);
    }
    return rows;
}

}  // namespace aitocracy::core
