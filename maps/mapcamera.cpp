#include "mapcamera.h"

#include "datum.h"
#include "tileview.h"
#include "webmercator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw {

namespace {

// Longitude in [-180, 180); values already there are returned untouched (no rounding).
double wrapLongitude(double lon)
{
    if (lon >= -180.0 && lon < 180.0) {
        return lon;
    }
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0) {
        wrapped += 360.0;
    }
    return wrapped - 180.0;
}

} // namespace

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

double MapCamera::worldWidth() const
{
    return WebMercator::kTileSize * std::exp2(m_zoom);
}

QPointF MapCamera::displayToScreen(LonLat displayPoint) const
{
    QPointF screen = WebMercator::toWorldPixel(displayPoint, m_zoom) - topLeftWorldPixel();
    // The copy of the world nearest the middle of the viewport.
    const double width = worldWidth();
    const double copy = std::round((m_viewport.width() / 2.0 - screen.x()) / width);
    if (copy != 0.0) {
        screen.rx() += copy * width;
    }
    return screen;
}

QPointF MapCamera::toScreen(LonLat point) const
{
    return displayToScreen(toDisplay(point));
}

LonLat MapCamera::toLonLat(QPointF screen) const
{
    LonLat display = WebMercator::fromWorldPixel(screen + topLeftWorldPixel(), m_zoom);
    display.lon = wrapLongitude(display.lon);
    return fromDisplay(display);
}

QList<int> MapCamera::worldCopies(const QRectF &unitRect)
{
    constexpr int kMaxCopies = 64; // a huge viewport at zoom 0; nobody sees more
    QList<int> copies;
    const QRectF r = unitRect.normalized();
    if (!std::isfinite(r.left()) || !std::isfinite(r.right())) {
        return copies;
    }
    const double first = std::floor(r.left());
    const double last = std::max(first, std::ceil(r.right()) - 1.0);
    for (double k = first; k <= last && copies.size() < kMaxCopies; ++k) {
        copies << int(k);
    }
    return copies;
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

QRect MapCamera::visibleTileRange(int z) const
{
    return TileView::of(*this).tileRange(z);
}

QList<TileId> MapCamera::visibleTiles(int z) const
{
    const QRect range = visibleTileRange(z);
    const bool repeats = !range.isEmpty() && range.width() > (1 << z); // the world is narrower than the view
    QList<TileId> tiles;
    QSet<TileId> seen;
    for (const QPoint &cell : TileView::of(*this).cellsCentreFirst(z)) {
        const TileId tile = wrappedTile(z, cell.x(), cell.y());
        if (repeats) {
            if (seen.contains(tile)) {
                continue;
            }
            seen.insert(tile);
        }
        tiles.append(tile);
    }
    return tiles;
}

double MapCamera::metersPerPixel() const
{
    return WebMercator::metersPerPixel(m_center.lat, m_zoom);
}

} // namespace tw
