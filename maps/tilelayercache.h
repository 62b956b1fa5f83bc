#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QSet>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace tw {

class TileManager;
struct TileSourceSpec;
struct TileView;

/// What a tile draw found: drawn tiles, placeholders and holes.
struct TileDrawStats {
    int tilesDrawn = 0;
    int placeholders = 0; ///< tiles drawn from a scaled-up ancestor
    int missing = 0;      ///< nothing to draw yet
    int composed = 0;     ///< tiles (or placeholders) copied into a cached layer by this draw
};

/// The tiles of each source composed at their own resolution into one image per zoom level and
/// kept across frames. A frame then draws that image once, scaled to the camera's fractional
/// zoom, instead of every tile; a pan composes only the tiles it uncovers (the image shifts when
/// the view leaves it), and a tile that arrives or is replaced is composed when next seen. A few
/// levels per source are kept, so zooming in and back out rebuilds nothing. Bounded in bytes
/// (160 MB); GUI thread, like MapRenderer.
class TileLayerCache {
public:
    /// Draws `source` at tile zoom `z` for `view`. False when the cache is not worth it (the view
    /// zoomed out far below `z`, a scaled or high-DPI painter, a huge viewport): the caller draws
    /// the tiles itself.
    bool draw(QPainter &painter, const TileView &view, TileManager &tiles, const TileSourceSpec &source, int z,
              bool smooth, TileDrawStats &stats);
    /// Frees the images of sources not drawn since the last call (removed or hidden sources).
    void dropUnused();
    void clear();
    qint64 bytes() const;

private:
    static constexpr int kUncomposed = -2; // the slot holds nothing valid for its cell
    static constexpr int kEmpty = -1;      // composed as transparent: nothing to show yet

    struct Cell {
        quint64 serial = 0; // RAM-cache serial of what was composed (the tile or its ancestor)
        int level = kUncomposed; // 0: the tile itself; k > 0: its ancestor k levels up
    };
    struct Canvas {
        QString sourceId;
        int z = -1;
        QPoint origin; // unwrapped column and row of the top-left slot
        QSize slots;   // columns and rows of 256-pixel cells
        QImage image;
        std::vector<Cell> cells; // row-major
        quint64 lastUse = 0;
    };

    /// The canvas of `source` at `z` covering `range`; `small`: sized to the range, not the view.
    Canvas *canvasFor(const TileSourceSpec &source, int z, const QRect &range, bool small);
    static QPoint centredOrigin(const QRect &range, QSize slots);
    static QImage newCanvasImage(QSize slots);
    bool makeRoom(qint64 moreBytes);
    void relocate(Canvas &canvas, QPoint origin, QSize slots) const;
    /// Brings one cell up to date; false when there is nothing to show in it.
    bool composeCell(QPainter &composer, Canvas &canvas, Cell &cell, QPoint column, TileManager &tiles,
                     const TileSourceSpec &source, int z, TileDrawStats &stats) const;
    static void clearSlot(Canvas &canvas, QPoint slot);

    std::vector<std::unique_ptr<Canvas>> m_canvases;
    QSet<QString> m_drawnSources; // since the last dropUnused()
    quint64 m_managerId = 0;
    QSize m_viewport;
    QSize m_maxSlots; // what the largest canvas for this viewport holds
    quint64 m_frame = 0;
};

} // namespace tw
