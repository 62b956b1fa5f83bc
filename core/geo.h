#pragma once

#include "lonlat.h"

namespace tw {

constexpr double kEarthRadiusMeters = 6371008.8; // mean radius (IUGG)

/// Great-circle distance on the sphere (haversine), in metres.
double distanceMeters(LonLat a, LonLat b);

} // namespace tw
