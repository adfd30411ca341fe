#include "geo/builtin/EChartsGeoJson.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace aitocracy::core::builtin {
namespace {

using nlohmann::json;

// UTF-8 → code points. The encoded strings are valid UTF-8 (JSON text).
std::vector<long> codePoints(const std::string& s)
{
    std::vector<long> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        long cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k <= extra && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

Ring plainRing(const json& coords)
{
    Ring ring;
    ring.reserve(coords.size() + 1);
    for (const auto& p : coords) ring.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
    if (!ring.empty() && (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat))
        ring.push_back(ring.front());
    return ring;
}

// One polygon: `rings` is an array of rings (plain arrays or encoded strings);
// `offsets` (only for encoded rings) holds one [x, y] per ring.
Polygon readPolygon(const json& rings, const json* offsets, bool& encoded)
{
    Polygon polygon;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        const auto& r = rings[i];
        if (r.is_string()) {
            encoded = true;
            static const json kNoOffsets = json::array();  // at() on it throws: caught by the caller
            const auto& off = (offsets ? *offsets : kNoOffsets).at(i);
            polygon.rings.push_back(decodeEChartsRing(r.get<std::string>(), off.at(0).get<long>(), off.at(1).get<long>()));
        } else {
            polygon.rings.push_back(plainRing(r));
        }
    }
    return polygon;
}

}  // namespace

Ring decodeEChartsRing(const std::string& utf8, long offsetX, long offsetY)
{
    const auto cps = codePoints(utf8);
    Ring ring;
    ring.reserve(cps.size() / 2 + 1);
    long x = offsetX, y = offsetY;
    for (std::size_t i = 0; i + 1 < cps.size(); i += 2) {
        long dx = cps[i] - 64, dy = cps[i + 1] - 64;
        dx = (dx >> 1) ^ -(dx & 1);
        dy = (dy >> 1) ^ -(dy & 1);
        x += dx;
        y += dy;
        ring.push_back({static_cast<double>(x) / 1024.0, static_cast<double>(y) / 1024.0});
    }
    if (!ring.empty() && (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat))
        ring.push_back(ring.front());
    return ring;
}

Result<std::vector<CountyFeature>> readEChartsGeoJson(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("io", "cannot read file", path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json doc = json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.contains("features")) return fail("parse", "not a GeoJSON FeatureCollection", path);

    std::vector<CountyFeature> features;
    try {
        for (const auto& f : doc.at("features")) {
            CountyFeature county;
            county.name = f.at("properties").value("name", std::string());
            const auto& g = f.at("geometry");
            if (g.is_null()) continue;
            const std::string type = g.at("type").get<std::string>();
            const auto& coords = g.at("coordinates");
            const json* offsets = g.contains("encodeOffsets") ? &g.at("encodeOffsets") : nullptr;
            if (type == "Polygon") {
                county.geometry.push_back(readPolygon(coords, offsets, county.wasEncoded));
            } else if (type == "MultiPolygon") {
                for (std::size_t i = 0; i < coords.size(); ++i)
                    county.geometry.push_back(readPolygon(coords[i], offsets ? &offsets->at(i) : nullptr, county.wasEncoded));
            } else {
                return fail("parse", "feature '" + county.name + "' has a " + type + " geometry; polygons expected", path);
            }
            features.push_back(std::move(county));
        }
    } catch (const json::exception& e) {
        return fail("parse", std::string("unexpected GeoJSON structure: ") + e.what(), path);
    }
    return features;
}

}  // namespace aitocracy::core::builtin
