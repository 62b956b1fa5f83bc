#pragma once

#include <QGeoCoordinate>
#include <QMetaType>

#include <cmath>

namespace tw {

/// A WGS-84 position in degrees, longitude first. The one point type used throughout.
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;

    constexpr LonLat() = default;
    constexpr LonLat(double longitude, double latitude) : lon(longitude), lat(latitude) {}

    bool isValid() const
    {
        return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0
            && lat >= -90.0 && lat <= 90.0;
    }
    QGeoCoordinate toGeoCoordinate() const { return QGeoCoordinate(lat, lon); }
    static LonLat fromGeoCoordinate(const QGeoCoordinate &c) { return {c.longitude(), c.latitude()}; }

    friend bool operator==(const LonLat &a, const LonLat &b) { return a.lon == b.lon && a.lat == b.lat; }
};

} // namespace tw

Q_DECLARE_METATYPE(tw::LonLat)
