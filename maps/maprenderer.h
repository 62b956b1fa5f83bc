#pragma once

#include "mapcamera.h"

#include <QImage>

class QPainter;

namespace tw {

class TileManager;
struct TileSourceSpec;

/// Draws the tile stack of a TileManager for a camera into any QPainter (widget, QImage, printer).
/// Missing tiles are requested and drawn meanwhile as their nearest loaded ancestor, scaled up.
/// GUI thread (it asks the manager for tiles); overlays are drawn by OverlayRenderer.
class MapRenderer {
public:
    struct Stats {
        int tilesDrawn = 0;
        int placeholders = 0; ///< tiles drawn from a scaled-up ancestor
        int missing = 0;      ///< nothing to draw yet
    };

    /// Smooth scaling looks better at fractional zoom but costs more; the view turns it off while
    /// the user drags or an animation runs.
    void setSmoothScaling(bool on) { m_smooth = on; }
    void setBackground(const QColor &color) { m_background = color; }

    Stats drawTiles(QPainter &painter, const MapCamera &camera, TileManager &tiles) const;
    /// A whole frame into a new image (tests, export, benchmarks): background and tiles.
    QImage renderTiles(const MapCamera &camera, TileManager &tiles) const;

private:
    void drawSource(QPainter &painter, const MapCamera &camera, TileManager &tiles, const TileSourceSpec &source,
                    Stats &stats) const;

    bool m_smooth = true;
    QColor m_background{0xd8, 0xdc, 0xe0};
};

} // namespace tw
