#pragma once

#include "lonlat.h"

#include <QPointF>

namespace tw {

/// Spherical Web Mercator (EPSG:3857) in world pixels for 256-pixel tiles at a fractional zoom.
class WebMercator {
public:
    static constexpr int kTileSize = 256;
    static constexpr double kMaxLatitude = 85.0511287798066;

    static QPointF toWorldPixel(LonLat point, double zoom);
    static LonLat fromWorldPixel(QPointF pixel, double zoom);
};

} // namespace tw
