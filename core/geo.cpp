#include "geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
}

double distanceMeters(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusMeters * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(LonLat from, LonLat to)
{
    const double lat1 = from.lat * kDegToRad;
    const double lat2 = to.lat * kDegToRad;
    const double dLon = (to.lon - from.lon) * kDegToRad;
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    const double bearing = std::atan2(y, x) * kRadToDeg;
    return std::fmod(bearing + 360.0, 360.0);
}

bool sectorContains(LonLat apex, double headingDeg, double fovDeg, double rangeMeters, LonLat target)
{
    const double distance = distanceMeters(apex, target);
    if (distance > rangeMeters) {
        return false;
    }
    if (distance < 1e-6 || fovDeg >= 360.0) {
        return true;
    }
    double offset = std::fmod(bearingDegrees(apex, target) - headingDeg + 540.0, 360.0) - 180.0;
    return std::abs(offset) <= fovDeg / 2.0;
}

} // namespace tw
