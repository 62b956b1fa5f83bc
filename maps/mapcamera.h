#pragma once

#include "datum.h"
#include "lonlat.h"
#include "tileid.h"

#include <QList>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace tw {

/// What the map shows: a centre, a fractional zoom and a viewport in pixels. A value type: the
/// widget owns one, render jobs get copies.
///
/// When the base source is drawn in GCJ-02 or BD-09 (`displayDatum`), WGS-84 positions are shifted
/// into that datum before projection so overlays land on the imagery's streets; `toLonLat` undoes it.
class MapCamera {
public:
    static constexpr double kMinZoom = 0.0;
    static constexpr double kMaxZoom = 20.0;

    MapCamera() = default;
    MapCamera(LonLat center, double zoom, QSize viewport);

    LonLat center() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSize viewportSize() const { return m_viewport; }
    Datum displayDatum() const { return m_datum; }

    void setCenter(LonLat center);
    void setZoom(double zoom);
    void setViewportSize(QSize size) { m_viewport = size; }
    void setDisplayDatum(Datum datum) { m_datum = datum; }

    /// Screen pixel (top-left origin) of a WGS-84 position. The world repeats east and west: this
    /// is the copy nearest the centre of the viewport.
    QPointF toScreen(LonLat point) const;
    /// WGS-84 position under a screen pixel, longitude in [-180, 180).
    LonLat toLonLat(QPointF screen) const;
    /// Projects without the datum shift: for positions already in the display datum.
    QPointF displayToScreen(LonLat displayPoint) const;

    /// World pixel (at the current zoom) of the top-left corner of the viewport. The centre is
    /// always inside the world ([0, worldWidth)); the viewport may reach past either edge.
    QPointF topLeftWorldPixel() const;
    /// Width of the world in pixels at the current zoom.
    double worldWidth() const;
    /// Bounds of the viewport in Web Mercator units (display datum): y in [0, 1] when the view is
    /// inside the world, x past [0, 1] when the view crosses the antimeridian.
    QRectF unitBounds() const;
    /// West/south/east/north of the viewport in WGS-84 (a QRectF with x = lon, y = lat); west
    /// below -180 or east above 180 when the view crosses the antimeridian.
    QRectF geoBounds() const;
    /// The copies of the world that overlap `unitRect` (x past [0, 1] for the neighbouring
    /// copies): the integer shift of each copy, west first. A view at zoom 0 may show several.
    static QList<int> worldCopies(const QRectF &unitRect);

    /// Moves the map by a screen delta (dragging right moves the map right).
    void panBy(QPointF screenDelta);
    /// Changes zoom keeping the geographic point under `anchor` fixed on screen.
    void zoomAt(QPointF anchor, double newZoom);
    /// Integer zoom whose tiles are drawn (rounded; tiles scale between 0.7x and 1.4x).
    int tileZoom() const;
    /// The tiles of zoom `z` covering the viewport, centre first, each once (columns wrap around
    /// the antimeridian).
    QList<TileId> visibleTiles(int z) const;
    /// The tile columns and rows of zoom `z` covering the viewport: rows clamped to the world,
    /// columns not wrapped (below 0 or from 2^z on for the copies west and east of the world).
    QRect visibleTileRange(int z) const;
    /// Ground metres per pixel at the centre.
    double metersPerPixel() const;

    /// WGS-84 -> the display datum, and back.
    LonLat toDisplay(LonLat wgs84) const;
    LonLat fromDisplay(LonLat display) const;

private:

    LonLat m_center{120.155, 30.274}; // Hangzhou
    double m_zoom = 11.0;
    QSize m_viewport{800, 600};
    Datum m_datum = Datum::Wgs84;
};

} // namespace tw
