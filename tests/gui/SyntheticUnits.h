#pragma once
// A small made-up map for GUI tests, so they never depend on the built-in geography:
// three 1°×1° squares around 116°E 40°N in three provinces, optionally with a "Sansha"
// whose reefs lie far to the south.
#include <memory>
#include <string>

#include "geo/Unit.h"

namespace aitocracy::test {

inline core::Polygon square(double lon0, double lat0, double size)
{
    core::Ring ring{{lon0, lat0}, {lon0 + size, lat0}, {lon0 + size, lat0 + size}, {lon0, lat0 + size}, {lon0, lat0}};
    return core::Polygon{{ring}};
}

inline core::Unit unit(std::string code, std::string nameZh, std::string nameEn, std::string provinceCode,
                       std::string provinceZh, core::MultiPolygon geometry)
{
    core::Unit u;
    u.code = std::move(code);
    u.nameZh = std::move(nameZh);
    u.nameEn = std::move(nameEn);
    u.provinceCode = std::move(provinceCode);
    u.provinceNameZh = std::move(provinceZh);
    u.provinceNameEn = "Test province";
    u.kind = core::unit_kind::prefecture;
    u.geometry = geometry;
    u.drawing = std::move(geometry);
    return u;
}

// West square: 北京市 [115,116]×[39,40]; east: 天津市 [116,117]×[39,40]; north: 张家口市 [115,116]×[40,41].
inline std::shared_ptr<const core::UnitSet> threeSquares(bool withSansha = false)
{
    auto set = std::make_shared<core::UnitSet>();
    set->attribution = "Test outlines © nobody";
    set->units.push_back(unit("110100", "北京市", "Beijing", "110000", "北京市", {square(115, 39, 1)}));
    set->units.push_back(unit("120100", "天津市", "Tianjin", "120000", "天津市", {square(116, 39, 1)}));
    set->units.push_back(unit("130700", "张家口市", "Zhangjiakou", "130000", "河北省", {square(115, 40, 1)}));
    if (withSansha)  // two reefs near 14°N and 9°N, kept out of the fit
        set->units.push_back(unit("460300", "三沙市", "Sansha", "460000", "海南省",
                                  {square(112.2, 14.0, 0.1), square(114.0, 9.0, 0.1)}));
    return set;
}

}  // namespace aitocracy::test
