#pragma once

#include "lonlat.h"

namespace tw {

constexpr double kEarthRadiusMeters = 6371008.8; // mean radius (IUGG)

/// Great-circle distance on the sphere (haversine), in metres.
double distanceMeters(LonLat a, LonLat b);

/// Initial bearing from `from` to `to`, degrees clockwise from north in [0, 360).
double bearingDegrees(LonLat from, LonLat to);

/// Whether `target` lies inside the sector with apex `apex`, centred on `headingDeg`, `fovDeg`
/// wide and `rangeMeters` long (a camera's field of view on the ground).
bool sectorContains(LonLat apex, double headingDeg, double fovDeg, double rangeMeters, LonLat target);

} // namespace tw
