#include "geo.h"

#include <cmath>
#include <numbers>

namespace tw {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
}

double distanceMeters(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusMeters * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace tw
