#pragma once

#include "mapcamera.h"

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>

namespace tw {

/// The part of the (endlessly repeating) world a tile draw covers: a fractional zoom, the world
/// pixel at the top-left corner and a size in pixels. A camera's viewport, or a band of a larger
/// print render.
struct TileView {
    double zoom = 0;
    QPointF topLeft; ///< world pixel at `zoom`; x may lie outside the world (its copies east and west)
    QSize size;

    static TileView of(const MapCamera &camera)
    {
        return {camera.zoom(), camera.topLeftWorldPixel(), camera.viewportSize()};
    }

    /// Tile columns and rows of zoom `z` under the view: rows clamped to the world, columns
    /// unwrapped (below 0 or from 2^z on for the world's copies). Empty when nothing is visible.
    QRect tileRange(int z) const;
    /// The cells of `tileRange(z)`, those nearest the middle of the view first.
    QList<QPoint> cellsCentreFirst(int z) const;
    /// Where an (unwrapped) tile of zoom `z` lands, edges rounded to whole pixels so that
    /// neighbouring tiles share them.
    QRectF tileRect(int z, int column, int row) const;
    /// Canvas (tile-resolution) pixels per view pixel for tiles of zoom `z`.
    double shrink(int z) const;
};

/// The XYZ tile of an unwrapped column: the column wrapped into [0, 2^z).
inline TileId wrappedTile(int z, int column, int row)
{
    const int n = 1 << z;
    return {z, ((column % n) + n) % n, row};
}

} // namespace tw
