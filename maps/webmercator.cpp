#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw {

QPointF WebMercator::toUnit(LonLat point)
{
    // ln(tan(pi/4 + lat/2)) written with one sine: cheaper, and the same to rounding.
    const double sine = std::sin(std::clamp(point.lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0);
    const double x = (point.lon + 180.0) / 360.0;
    const double y = 0.5 - 0.25 * std::log((1.0 + sine) / (1.0 - sine)) / std::numbers::pi;
    return {x, y};
}

LonLat WebMercator::fromUnit(QPointF unit)
{
    const double lon = unit.x() * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * unit.y());
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

QPointF WebMercator::toWorldPixel(LonLat point, double zoom)
{
    return toUnit(point) * (kTileSize * std::exp2(zoom));
}

LonLat WebMercator::fromWorldPixel(QPointF pixel, double zoom)
{
    return fromUnit(pixel / (kTileSize * std::exp2(zoom)));
}

QPointF WebMercator::toMeters(LonLat point)
{
    const QPointF u = toUnit(point);
    return {(u.x() * 2.0 - 1.0) * kHalfWorldMeters, (1.0 - u.y() * 2.0) * kHalfWorldMeters};
}

LonLat WebMercator::fromMeters(QPointF meters)
{
    return fromUnit({(meters.x() / kHalfWorldMeters + 1.0) / 2.0, (1.0 - meters.y() / kHalfWorldMeters) / 2.0});
}

TileId WebMercator::tileAt(LonLat point, int z)
{
    const QPointF u = toUnit(point);
    const int n = 1 << z;
    const int x = std::clamp(int(std::floor(u.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(u.y() * n)), 0, n - 1);
    return {z, x, y};
}

QRectF WebMercator::tileBounds(TileId tile)
{
    const double n = double(tile.tilesPerSide());
    const LonLat northWest = fromUnit({tile.x / n, tile.y / n});
    const LonLat southEast = fromUnit({(tile.x + 1) / n, (tile.y + 1) / n});
    return QRectF(QPointF(northWest.lon, southEast.lat), QPointF(southEast.lon, northWest.lat));
}

double WebMercator::metersPerPixel(double lat, double zoom)
{
    const double circumference = 2.0 * kHalfWorldMeters;
    return circumference * std::cos(std::clamp(lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0)
        / (kTileSize * std::exp2(zoom));
}

} // namespace tw
