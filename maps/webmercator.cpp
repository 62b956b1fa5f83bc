#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw {

QPointF WebMercator::toWorldPixel(LonLat point, double zoom)
{
    const double worldSize = kTileSize * std::exp2(zoom);
    const double lat = std::clamp(point.lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (point.lon + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(std::numbers::pi / 4.0 + lat / 2.0)) / (2.0 * std::numbers::pi);
    return {x * worldSize, y * worldSize};
}

LonLat WebMercator::fromWorldPixel(QPointF pixel, double zoom)
{
    const double worldSize = kTileSize * std::exp2(zoom);
    const double lon = pixel.x() / worldSize * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * pixel.y() / worldSize);
    const double lat = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

} // namespace tw
