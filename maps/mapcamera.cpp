#include "mapcamera.h"

#include "datum.h"
#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace tw {

MapCamera::MapCamera(LonLat center, double zoom, QSize viewport) : m_viewport(viewport)
{
    setCenter(center);
    setZoom(zoom);
}

void MapCamera::setCenter(LonLat center)
{
    double lon = std::fmod(center.lon + 180.0, 360.0);
    if (lon < 0) {
        lon += 360.0;
    }
    m_center = {lon - 180.0, std::clamp(center.lat, -WebMercator::kMaxLatitude, WebMercator::kMaxLatitude)};
}

void MapCamera::setZoom(double zoom)
{
    m_zoom = std::isfinite(zoom) ? std::clamp(zoom, kMinZoom, kMaxZoom) : m_zoom;
}

LonLat MapCamera::toDisplay(LonLat wgs84) const
{
    return m_datum == Datum::Wgs84 ? wgs84 : fromWgs84(wgs84, m_datum);
}

LonLat MapCamera::fromDisplay(LonLat display) const
{
    return m_datum == Datum::Wgs84 ? display : toWgs84(display, m_datum);
}

QPointF MapCamera::topLeftWorldPixel() const
{
    const QPointF c = WebMercator::toWorldPixel(toDisplay(m_center), m_zoom);
    return c - QPointF(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
}

QPointF MapCamera::displayToScreen(LonLat displayPoint) const
{
    return WebMercator::toWorldPixel(displayPoint, m_zoom) - topLeftWorldPixel();
}

QPointF MapCamera::toScreen(LonLat point) const
{
    return displayToScreen(toDisplay(point));
}

LonLat MapCamera::toLonLat(QPointF screen) const
{
    return fromDisplay(WebMercator::fromWorldPixel(screen + topLeftWorldPixel(), m_zoom));
}

QRectF MapCamera::unitBounds() const
{
    const double worldSize = WebMercator::kTileSize * std::exp2(m_zoom);
    const QPointF topLeft = topLeftWorldPixel() / worldSize;
    return QRectF(topLeft, QSizeF(m_viewport.width() / worldSize, m_viewport.height() / worldSize));
}

QRectF MapCamera::geoBounds() const
{
    const QRectF unit = unitBounds();
    const LonLat northWest = fromDisplay(WebMercator::fromUnit(unit.topLeft()));
    const LonLat southEast = fromDisplay(WebMercator::fromUnit(unit.bottomRight()));
    return QRectF(QPointF(northWest.lon, southEast.lat), QPointF(southEast.lon, northWest.lat));
}

void MapCamera::panBy(QPointF screenDelta)
{
    const QPointF centerScreen(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    const QPointF world = topLeftWorldPixel() + centerScreen - screenDelta;
    const double worldSize = WebMercator::kTileSize * std::exp2(m_zoom);
    const double y = std::clamp(world.y(), 0.0, worldSize);
    setCenter(fromDisplay(WebMercator::fromWorldPixel({world.x(), y}, m_zoom)));
}

void MapCamera::zoomAt(QPointF anchor, double newZoom)
{
    const LonLat under = WebMercator::fromWorldPixel(anchor + topLeftWorldPixel(), m_zoom); // display datum
    setZoom(newZoom);
    const QPointF anchorWorld = WebMercator::toWorldPixel(under, m_zoom);
    const QPointF centerWorld = anchorWorld - anchor + QPointF(m_viewport.width() / 2.0, m_viewport.height() / 2.0);
    const double worldSize = WebMercator::kTileSize * std::exp2(m_zoom);
    setCenter(fromDisplay(WebMercator::fromWorldPixel({centerWorld.x(), std::clamp(centerWorld.y(), 0.0, worldSize)}, m_zoom)));
}

int MapCamera::tileZoom() const
{
    return int(std::lround(m_zoom));
}

QList<TileId> MapCamera::visibleTiles(int z) const
{
    QList<TileId> tiles;
    if (z < 0 || z > 30 || m_viewport.isEmpty()) {
        return tiles;
    }
    const double scale = std::exp2(z - m_zoom) / WebMercator::kTileSize; // screen px -> tile units
    const QPointF topLeft = topLeftWorldPixel() * scale;
    const QPointF bottomRight = topLeft + QPointF(m_viewport.width(), m_viewport.height()) * scale;
    const int n = 1 << z;
    const int y0 = std::max(0, int(std::floor(topLeft.y())));
    const int y1 = std::min(n - 1, int(std::floor(bottomRight.y())));
    const int x0 = std::max(0, int(std::floor(topLeft.x())));
    const int x1 = std::min(n - 1, int(std::floor(bottomRight.x())));
    const QPointF middle = (topLeft + bottomRight) / 2.0;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            tiles.append({z, x, y});
        }
    }
    // Centre first: those are the tiles the user looks at.
    std::sort(tiles.begin(), tiles.end(), [&](const TileId &a, const TileId &b) {
        auto distance = [&](const TileId &t) {
            const double dx = t.x + 0.5 - middle.x();
            const double dy = t.y + 0.5 - middle.y();
            return dx * dx + dy * dy;
        };
        return distance(a) < distance(b);
    });
    return tiles;
}

double MapCamera::metersPerPixel() const
{
    return WebMercator::metersPerPixel(m_center.lat, m_zoom);
}

} // namespace tw
