#include "geo/BoundaryLayerSample.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>

#include "geo/OgrConvert.h"

namespace aitocracy::core {
namespace {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};

std::string trimmed(const char* text)
{
    const std::string s = text ? text : "";
    const auto b = s.find_first_not_of(" \t\r\n");
    const auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

Result<BoundaryLayerSample> sampleBoundaryLayer(const std::string& path, std::size_t maxRows, const std::string& layer)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return fail("io", "no such file", path);
    ensureGdalRegistered();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return fail("format", std::string("not a vector file GDAL can read: ") + CPLGetLastErrorMsg(), path);
    OGRLayer* l =
        layer.empty() ? (ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr) : ds->GetLayerByName(layer.c_str());
    if (!l)
        return fail("format",
                    layer.empty() ? std::string("GDAL finds no layer in the file") : "no layer named '" + layer + "'",
                    path);
    BoundaryLayerSample s;
    s.layer = l->GetName();
    const auto type = wkbFlatten(l->GetGeomType());
    s.geometryType = OGRGeometryTypeToName(type);
    s.polygonal = type == wkbUnknown || type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon ||
                  type == wkbMultiSurface;
    OGRFeatureDefn* defn = l->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) s.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    if (s.polygonal) s.features = l->GetFeatureCount(TRUE);
    l->ResetReading();
    for (auto& feature : *l) {
        if (s.rows.size() >= maxRows) break;
        std::vector<std::string> row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) row.push_back(trimmed(feature->GetFieldAsString(i)));
        s.rows.push_back(std::move(row));
    }
    return s;
}

}  // namespace aitocracy::core
