#include "geo/builtin/DivisionCodes.h"

#include <fstream>

namespace aitocracy::core::builtin {
namespace {

// The files are simple CSV: a header, then rows whose only quoted fields are names
// without embedded quotes or commas.
std::vector<std::string> splitRow(const std::string& line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            fields.push_back(field);
            field.clear();
        } else if (c != '\r')
            field += c;
    }
    fields.push_back(field);
    return fields;
}

Result<std::vector<DivisionRow>> readFile(const std::string& path, std::size_t parentColumn)
{
    std::ifstream in(path);
    if (!in) return fail("io", "cannot read file", path);
    std::vector<DivisionRow> rows;
    std::string line;
    std::getline(in, line);  // header
    for (int lineNo = 2; std::getline(in, line); ++lineNo) {
        if (line.empty()) continue;
        const auto f = splitRow(line);
        if (f.size() < 2 || (parentColumn > 0 && f.size() <= parentColumn))
            return fail("parse", "expected code,name" + std::string(parentColumn ? ",parent" : ""), path + ":" + std::to_string(lineNo));
        rows.push_back({f[0], f[1], parentColumn ? f[parentColumn] : std::string()});
    }
    return rows;
}

}  // namespace

const DivisionRow* DivisionCodes::provinceByShortName(const std::string& shortName) const
{
    for (const auto& p : provinces)
        if (p.name.compare(0, shortName.size(), shortName) == 0) return &p;
    return nullptr;
}

Result<DivisionCodes> readDivisionCodes(const std::string& distDir)
{
    DivisionCodes codes;
    auto provinces = readFile(distDir + "/provinces.csv", 0);
    if (!provinces) return std::unexpected(provinces.error());
    auto cities = readFile(distDir + "/cities.csv", 2);
    if (!cities) return std::unexpected(cities.error());
    auto areas = readFile(distDir + "/areas.csv", 2);
    if (!areas) return std::unexpected(areas.error());
    codes.provinces = std::move(*provinces);
    codes.cities = std::move(*cities);
    codes.areas = std::move(*areas);
    return codes;
}

}  // namespace aitocracy::core::builtin
