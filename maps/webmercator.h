#pragma once

#include "lonlat.h"
#include "tileid.h"

#include <QPointF>
#include <QRectF>

namespace tw {

/// Spherical Web Mercator (EPSG:3857) in world pixels for 256-pixel tiles at a fractional zoom.
class WebMercator {
public:
    static constexpr int kTileSize = 256;
    static constexpr double kMaxLatitude = 85.0511287798066;
    static constexpr double kHalfWorldMeters = 20037508.342789244;

    static QPointF toWorldPixel(LonLat point, double zoom);
    static LonLat fromWorldPixel(QPointF pixel, double zoom);
    /// Position in [0, 1] x [0, 1] (the world pixel at zoom 0 divided by the tile size).
    static QPointF toUnit(LonLat point);
    static LonLat fromUnit(QPointF unit);
    /// EPSG:3857 metres.
    static QPointF toMeters(LonLat point);
    static LonLat fromMeters(QPointF meters);
    /// The tile that holds `point` at integer zoom `z`.
    static TileId tileAt(LonLat point, int z);
    /// Geographic bounds of a tile: x = west, y = north... as a rectangle in lon/lat
    /// (left = west, right = east, top = south, bottom = north; QRectF normalises).
    static QRectF tileBounds(TileId tile);
    /// Ground metres per screen pixel at `lat` and `zoom`.
    static double metersPerPixel(double lat, double zoom);
};

} // namespace tw
