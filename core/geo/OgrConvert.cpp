#include "geo/OgrConvert.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <mutex>

namespace aitocracy::core {
namespace {

Ring toRing(const OGRLinearRing& ring)
{
    Ring out;
    out.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) out.push_back({ring.getX(i), ring.getY(i)});
    if (!out.empty() && (out.front().lon != out.back().lon || out.front().lat != out.back().lat))
        out.push_back(out.front());
    return out;
}

void appendPolygon(const OGRPolygon& polygon, MultiPolygon& out)
{
    if (polygon.IsEmpty()) return;
    Polygon p;
    p.rings.push_back(toRing(*polygon.getExteriorRing()));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) p.rings.push_back(toRing(*polygon.getInteriorRing(i)));
    out.push_back(std::move(p));
}

void collect(const OGRGeometry& g, MultiPolygon& out)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*g.toPolygon(), out);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const auto* part : *g.toGeometryCollection()) collect(*part, out);
        break;
    default:
        break;  // points and lines carry no area
    }
}

}  // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

MultiPolygon toMultiPolygon(const OGRGeometry& geometry)
{
    MultiPolygon out;
    collect(geometry, out);
    return out;
}

std::unique_ptr<OGRMultiPolygon> toOgr(const MultiPolygon& geometry)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto& polygon : geometry) {
        auto p = std::make_unique<OGRPolygon>();
        for (const auto& ring : polygon.rings) {
            auto r = std::make_unique<OGRLinearRing>();
            r->setNumPoints(static_cast<int>(ring.size()), FALSE);
            for (std::size_t i = 0; i < ring.size(); ++i) r->setPoint(static_cast<int>(i), ring[i].lon, ring[i].lat);
            p->addRingDirectly(r.release());
        }
        multi->addGeometryDirectly(p.release());
    }
    return multi;
}

std::unique_ptr<OGRGeometry> makeValidPolygonal(const OGRGeometry& geometry)
{
    std::unique_ptr<OGRGeometry> valid(geometry.IsValid() ? geometry.clone() : geometry.MakeValid());
    if (!valid) return nullptr;
    MultiPolygon parts = toMultiPolygon(*valid);
    if (parts.empty()) return nullptr;
    return toOgr(parts);
}

}  // namespace aitocracy::core
