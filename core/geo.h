#pragma once

#include "lonlat.h"
#include "result.h"

#include <QList>
#include <QString>

#include <limits>

namespace tw {

constexpr double kEarthRadiusMeters = 6371008.8; // mean radius (IUGG)

/// Great-circle distance on the sphere (haversine), in metres.
double distanceMeters(LonLat a, LonLat b);

/// Initial bearing from `from` to `to`, degrees clockwise from north in [0, 360).
double bearingDegrees(LonLat from, LonLat to);

/// Whether `target` lies inside the sector with apex `apex`, centred on `headingDeg`, `fovDeg`
/// wide and `rangeMeters` long (a camera's field of view on the ground).
bool sectorContains(LonLat apex, double headingDeg, double fovDeg, double rangeMeters, LonLat target);

/// The point reached from `from` after `distanceMeters` along the great circle starting at
/// `bearingDeg` (clockwise from north). Longitude is normalised to [-180, 180).
LonLat destinationPoint(LonLat from, double bearingDeg, double distanceMeters);

/// A longitude/latitude rectangle in degrees. Default-constructed it is empty (invalid) and
/// extend() grows it from nothing. Boxes crossing the antimeridian are not supported.
struct BoundingBox {
    double west = std::numeric_limits<double>::infinity();
    double south = std::numeric_limits<double>::infinity();
    double east = -std::numeric_limits<double>::infinity();
    double north = -std::numeric_limits<double>::infinity();

    /// Inclusive of the edges.
    bool contains(LonLat p) const;
    /// True when the boxes share at least an edge; false when either is invalid.
    bool intersects(const BoundingBox &other) const;
    void extend(LonLat p);
    bool isValid() const;
    LonLat center() const { return {(west + east) / 2.0, (south + north) / 2.0}; }
    /// The box enclosing the circle of `radiusMeters` around `center`, clamped to the globe.
    static BoundingBox around(LonLat center, double radiusMeters);

    friend bool operator==(const BoundingBox &, const BoundingBox &) = default;
};

/// Whether `p` lies inside the polygon `ring` (even-odd ray casting in degrees; the ring may be
/// open or closed, fewer than three distinct points contain nothing).
bool polygonContains(const QList<LonLat> &ring, LonLat p);

/// The area enclosed by `ring` in square metres on the sphere (open or closed ring, any winding).
double polygonAreaSquareMeters(const QList<LonLat> &ring);

/// Parses a coordinate typed by a person: decimal "120.15, 30.28" or "120.15 30.28" (longitude
/// first), degrees-minutes-seconds such as 120°09'00"E 30°16'48"N or 30°16'48"N, 120°09'00"E, and
/// decimals with hemisphere letters ("30.28N 120.15E", "N30.28 E120.15", 北纬/东经). Hemisphere
/// letters decide which value is the longitude.
Result<LonLat> parseCoordinate(const QString &text);

} // namespace tw
