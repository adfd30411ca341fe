#include "geo/UnitLayerIO.h"

#include "geo/OgrConvert.h"
#include "geo/PlaceLayerIO.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace aitocracy::core {
namespace {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

const char* const kFields[] = {"code", "name_zh", "name_en", "province_code", "province_name_zh", "province_name_en", "kind"};

std::string lastGdalError() { return CPLGetLastErrorMsg(); }

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // lon, lat (STACK.md §7)
    return srs;
}

Result<void> writeLayer(GDALDataset& ds, const char* name, const UnitSet& units, bool drawing)
{
    OGRSpatialReference srs = wgs84();
    char** options = CSLSetNameValue(nullptr, "SPATIAL_INDEX", "YES");
    OGRLayer* layer = ds.CreateLayer(name, &srs, wkbMultiPolygon, options);
    CSLDestroy(options);
    if (!layer) return fail("io", "cannot create layer " + std::string(name) + ": " + lastGdalError());
    for (const char* field : kFields) {
        OGRFieldDefn defn(field, OFTString);
        if (layer->CreateField(&defn) != OGRERR_NONE) return fail("io", "cannot create field " + std::string(field));
    }
    if (layer->StartTransaction() != OGRERR_NONE) return fail("io", "cannot start a transaction on " + std::string(name));
    for (const Unit& u : units.units) {
        OGRFeature feature(layer->GetLayerDefn());
        const std::string* values[] = {&u.code, &u.nameZh, &u.nameEn, &u.provinceCode, &u.provinceNameZh, &u.provinceNameEn, &u.kind};
        for (int i = 0; i < 7; ++i) feature.SetField(kFields[i], values[i]->c_str());
        feature.SetGeometryDirectly(toOgr(drawing ? u.drawing : u.geometry).release());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail("io", "cannot write unit " + u.code + ": " + lastGdalError());
    }
    if (layer->CommitTransaction() != OGRERR_NONE) return fail("io", "cannot commit layer " + std::string(name));
    return ok();
}

std::vector<std::string> fieldNames(OGRLayer& layer)
{
    std::vector<std::string> names;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "(none)" : out;
}

std::string trimmed(std::string s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    const auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The kind of a unit from the shape of its code (GB/T 2260): the four municipalities
// end in 0000, county-level units under a province have 90 as their 3rd–4th digits.
std::string kindFromCode(const std::string& code)
{
    if (code == "110000" || code == "120000" || code == "310000" || code == "500000") return unit_kind::municipality;
    if (code.size() == 6 && code.compare(2, 2, "90") == 0) return unit_kind::provinceDirectCounty;
    return unit_kind::prefecture;
}

bool isPolygonal(OGRwkbGeometryType type)
{
    const auto flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
}

}  // namespace

Result<void> writeUnitGeoPackage(const UnitSet& units, const std::string& path)
{
    ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) return fail("gdal", "GDAL has no GPKG driver");
    std::error_code ec;
    std::filesystem::remove(path, ec);
    DatasetPtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return fail("io", "cannot create GeoPackage: " + lastGdalError(), path);
    if (auto r = writeLayer(*ds, kFullLayer, units, false); !r) return r;
    if (auto r = writeLayer(*ds, kDrawingLayer, units, true); !r) return r;
    if (!units.places.empty())
        if (auto r = writePlaceLayer(*ds, units.places); !r) return r;
    ds->SetMetadataItem("ATTRIBUTION", units.attribution.c_str());
    return ok();
}

Result<UnitSet> readUnitGeoPackage(const std::string& path)
{
    ensureGdalRegistered();
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return fail("io", "cannot open GeoPackage: " + lastGdalError(), path);
    OGRLayer* full = ds->GetLayerByName(kFullLayer);
    OGRLayer* drawing = ds->GetLayerByName(kDrawingLayer);
    if (!full || !drawing) return fail("format", "not a built-in geography file (layers prefectures and prefectures_draw expected)", path);
    UnitSet set;
    if (const char* a = ds->GetMetadataItem("ATTRIBUTION")) set.attribution = a;
    std::map<std::string, std::size_t> index;
    for (auto& feature : *full) {
        Unit u;
        std::string* values[] = {&u.code, &u.nameZh, &u.nameEn, &u.provinceCode, &u.provinceNameZh, &u.provinceNameEn, &u.kind};
        for (int i = 0; i < 7; ++i) *values[i] = feature->GetFieldAsString(kFields[i]);
        if (const OGRGeometry* g = feature->GetGeometryRef()) u.geometry = toMultiPolygon(*g);
        index[u.code] = set.units.size();
        set.units.push_back(std::move(u));
    }
    for (auto& feature : *drawing) {
        const auto it = index.find(feature->GetFieldAsString("code"));
        if (it != index.end() && feature->GetGeometryRef()) set.units[it->second].drawing = toMultiPolygon(*feature->GetGeometryRef());
    }
    auto places = readPlaceLayer(*ds);
    if (!places) return fail(places.error().code, places.error().message, path);
    set.places = std::move(*places);
    return set;
}

Result<BoundaryImport> readBoundaryFile(const BoundaryFileOptions& options)
{
    ensureGdalRegistered();
    if (!std::filesystem::exists(options.path)) return fail("io", "file not found", options.path);
    DatasetPtr ds(GDALDataset::Open(options.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return fail("format", "not a vector file GDAL can read: " + lastGdalError(), options.path);
    OGRLayer* layer = options.layer.empty() ? (ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr)
                                            : ds->GetLayerByName(options.layer.c_str());
    if (!layer) return fail("format", "no layer named '" + options.layer + "'", options.path);
    const std::string where = options.path + " (layer " + layer->GetName() + ")";

    if (options.codeField.empty() || options.nameField.empty())
        return fail("usage", "name the code and name fields; the layer has: " + joined(fieldNames(*layer)), where);
    for (const std::string* f : {&options.codeField, &options.nameField, &options.nameEnField, &options.provinceField}) {
        if (!f->empty() && layer->GetLayerDefn()->GetFieldIndex(f->c_str()) < 0)
            return fail("missing-field", "no field '" + *f + "'; the layer has: " + joined(fieldNames(*layer)), where);
    }
    const auto layerType = wkbFlatten(layer->GetGeomType());
    if (layerType != wkbUnknown && !isPolygonal(layerType))
        return fail("geometry", std::string("the layer holds ") + OGRGeometryTypeToName(layerType) + " geometries; polygons are expected", where);

    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    OGRSpatialReference target = wgs84();
    if (const OGRSpatialReference* source = layer->GetSpatialRef(); source && !source->IsSame(&target)) {
        OGRSpatialReference src(*source);
        src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toWgs84.reset(OGRCreateCoordinateTransformation(&src, &target));
        if (!toWgs84) return fail("geometry", "cannot transform the layer's coordinate system to WGS 84: " + lastGdalError(), where);
    }

    BoundaryImport result;
    std::map<std::string, GIntBig> seen;
    for (auto& feature : *layer) {
        ++result.report.features;
        const GIntBig fid = feature->GetFID();
        const std::string at = where + " feature " + std::to_string(fid);
        Unit u;
        u.code = trimmed(feature->GetFieldAsString(options.codeField.c_str()));
        u.nameZh = trimmed(feature->GetFieldAsString(options.nameField.c_str()));
        if (u.code.empty()) return fail("value", "empty code in field '" + options.codeField + "'", at);
        if (auto [it, inserted] = seen.emplace(u.code, fid); !inserted)
            return fail("duplicate", "code " + u.code + " appears twice (features " + std::to_string(it->second) + " and " + std::to_string(fid) + ")", where);
        if (!options.nameEnField.empty()) u.nameEn = trimmed(feature->GetFieldAsString(options.nameEnField.c_str()));
        if (!options.provinceField.empty()) u.provinceNameZh = trimmed(feature->GetFieldAsString(options.provinceField.c_str()));
        if (u.code.size() == 6) u.provinceCode = u.code.substr(0, 2) + "0000";
        u.kind = kindFromCode(u.code);

        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            result.report.warnings.push_back(at + ": no geometry; unit " + u.code + " kept without an outline");
        } else {
            if (!isPolygonal(g->getGeometryType()))
                return fail("geometry", std::string("a ") + OGRGeometryTypeToName(g->getGeometryType()) + " where a polygon is expected", at);
            std::unique_ptr<OGRGeometry> geom(g->clone());
            if (toWgs84 && geom->transform(toWgs84.get()) != OGRERR_NONE)
                return fail("geometry", "cannot transform to WGS 84", at);
            if (!geom->IsValid()) {
                ++result.report.repaired;
                result.report.warnings.push_back(at + ": invalid geometry of unit " + u.code + " repaired (MakeValid)");
            }
            auto valid = makeValidPolygonal(*geom);
            if (!valid) return fail("geometry", "the geometry of unit " + u.code + " has no area after repair", at);
            u.geometry = toMultiPolygon(*valid);
            // Per-feature simplification is enough for drawing a user's layer; shared borders
            // may drift by up to the tolerance (about 500 m), which is below a screen pixel at
            // the default zoom.
            std::unique_ptr<OGRGeometry> simple(valid->SimplifyPreserveTopology(0.005));
            u.drawing = simple ? toMultiPolygon(*simple) : u.geometry;
            if (u.drawing.empty()) u.drawing = u.geometry;
        }
        result.units.units.push_back(std::move(u));
    }
    if (result.units.units.empty()) return fail("value", "the layer has no features", where);
    result.units.attribution = "Boundaries: " + std::filesystem::path(options.path).filename().string();
    return result;
}

}  // namespace aitocracy::core
