#pragma once

#include "mapcamera.h"
#include "tilelayercache.h"

#include <QColor>
#include <QImage>

class QPainter;

namespace tw {

class TileManager;
struct TileSourceSpec;
struct TileView;

/// Draws the tile stack of a TileManager for a camera into any QPainter (widget, QImage, printer).
/// Missing tiles are requested and drawn meanwhile as their nearest loaded ancestor, scaled up.
/// The world repeats east and west: a view across the antimeridian shows both sides.
///
/// A renderer that draws frames (from its second draw on) keeps each source composed at tile
/// resolution across frames (TileLayerCache) and draws it in one scaled copy; a renderer used
/// once draws the tiles directly. GUI thread (it asks the manager for tiles); overlays are drawn
/// by OverlayRenderer.
class MapRenderer {
public:
    using Stats = TileDrawStats;

    /// Smooth scaling looks better at fractional zoom but costs more; the view turns it off while
    /// the user drags or an animation runs.
    void setSmoothScaling(bool on) { m_smooth = on; }
    void setBackground(const QColor &color) { m_background = color; }
    QColor background() const { return m_background; }
    /// Off: every draw draws the tiles directly (no composed images kept).
    void setCaching(bool on);

    Stats drawTiles(QPainter &painter, const MapCamera &camera, TileManager &tiles) const;
    /// A whole frame into a new image (tests, export, benchmarks): background and tiles.
    QImage renderTiles(const MapCamera &camera, TileManager &tiles) const;

    /// The camera's view `pixelRatio` times finer, for print: the image has the viewport's size
    /// times the ratio (device pixel ratio set, so overlays can be painted on it in the camera's
    /// coordinates), and tiles come from the zoom that matches that resolution (zoom +
    /// log2(ratio), capped by each source's maximum) rather than the screen's tiles scaled up.
    /// Missing tiles are requested and waited for, band by band so a big print never needs more
    /// than a screenful of tiles in RAM at once; whatever has not arrived after `timeoutMs` in
    /// all is drawn as its scaled-up ancestor (`stats` tells). Runs a local event loop while
    /// waiting (user input excluded).
    QImage renderTilesAtPixelRatio(const MapCamera &camera, TileManager &tiles, double pixelRatio, int timeoutMs,
                                   Stats *stats = nullptr) const;

private:
    Stats drawView(QPainter &painter, const TileView &view, TileManager &tiles, bool useCache) const;
    void drawSourceDirect(QPainter &painter, const TileView &view, TileManager &tiles, const TileSourceSpec &source,
                          int z, bool smooth, Stats &stats) const;

    bool m_smooth = true;
    bool m_caching = true;
    QColor m_background{0xd8, 0xdc, 0xe0};
    mutable int m_draws = 0;
    mutable TileLayerCache m_cache;
};

} // namespace tw
