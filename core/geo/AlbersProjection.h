#pragma once
// Albers equal-area conic projection on the WGS 84 ellipsoid.
// Method: Snyder, "Map Projections — A Working Manual" (USGS PP 1395, 1987), §14,
// equations 14-1 … 14-21 (forward) and 14-18 … 14-21 with 3-16 iteration (inverse).
// Default parameters are the usual ones for China: lon_0 105°E, standard parallels
// 25°N and 47°N, lat_0 0 (the same as PROJ "+proj=aea +lat_1=25 +lat_2=47 +lon_0=105").
#include "geo/Geometry.h"

namespace aitocracy::core {

struct ProjectedPoint {
    double x = 0;  // metres east
    double y = 0;  // metres north
};

class AlbersProjection {
public:
    AlbersProjection(double lon0Deg = 105.0, double lat1Deg = 25.0, double lat2Deg = 47.0, double lat0Deg = 0.0);

    [[nodiscard]] ProjectedPoint forward(LonLat p) const;
    [[nodiscard]] LonLat inverse(ProjectedPoint p) const;

private:
    [[nodiscard]] double q(double sinPhi) const;
    double lon0_, n_, c_, rho0_;
};

}  // namespace aitocracy::core
