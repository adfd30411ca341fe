#include "geo/PlaceLayerIO.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace aitocracy::core {
namespace {

const char* const kPlaceFields[] = {"code", "name_zh", "level", "unit_code"};

}  // namespace

Result<void> writePlaceLayer(GDALDataset& ds, const std::vector<Place>& places)
{
    OGRLayer* layer = ds.CreateLayer(kPlaceLayer, nullptr, wkbNone, nullptr);
    if (!layer) return fail("io", std::string("cannot create table places: ") + CPLGetLastErrorMsg());
    for (const char* field : kPlaceFields) {
        OGRFieldDefn defn(field, OFTString);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            return fail("io", "cannot create field places." + std::string(field));
    }
    if (layer->StartTransaction() != OGRERR_NONE) return fail("io", "cannot start a transaction on places");
    for (const Place& p : places) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", p.code.c_str());
        feature.SetField("name_zh", p.nameZh.c_str());
        feature.SetField("level", p.level.c_str());
        feature.SetField("unit_code", p.unitCode.value_or("").c_str());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail("io", "cannot write place " + p.code + " " + p.nameZh + ": " + CPLGetLastErrorMsg());
    }
    if (layer->CommitTransaction() != OGRERR_NONE) return fail("io", "cannot commit table places");
    return ok();
}

Result<std::vector<Place>> readPlaceLayer(GDALDataset& ds)
{
    std::vector<Place> places;
    OGRLayer* layer = ds.GetLayerByName(kPlaceLayer);
    if (!layer) return places;
    for (const char* field : kPlaceFields)
        if (layer->GetLayerDefn()->GetFieldIndex(field) < 0)
            return fail("format", "table places has no field " + std::string(field));
    for (auto& feature : *layer) {
        Place p;
        p.code = feature->GetFieldAsString("code");
        p.nameZh = feature->GetFieldAsString("name_zh");
        p.level = feature->GetFieldAsString("level");
        if (std::string unit = feature->GetFieldAsString("unit_code"); !unit.empty()) p.unitCode = std::move(unit);
        places.push_back(std::move(p));
    }
    return places;
}

}  // namespace aitocracy::core
