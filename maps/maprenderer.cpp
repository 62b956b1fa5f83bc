#include "maprenderer.h"

#include "tilemanager.h"
#include "cpustate.h"
#include "webmercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tw {

namespace {

constexpr int kMaxAncestorLevels = 8;
constexpr int kMaxUnderZoomLevels = 2; // tiles drawn at most 4x smaller than their size

// Edges rounded separately so neighbouring tiles share them: no hairline seams.
QRectF tileScreenRect(const MapCamera &camera, TileId tile)
{
    const double size = WebMercator::kTileSize * std::exp2(camera.zoom() - tile.z);
    const QPointF origin = camera.topLeftWorldPixel();
    const double left = std::round(tile.x * size - origin.x());
    const double top = std::round(tile.y * size - origin.y());
    const double right = std::round((tile.x + 1) * size - origin.x());
    const double bottom = std::round((tile.y + 1) * size - origin.y());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

MapRenderer::Stats MapRenderer::drawTiles(QPainter &painter, const MapCamera &camera, TileManager &tiles) const
{
    clearUpperVectorState();
    Stats stats;
    const QList<TileSourceSpec> sources = tiles.sources();
    for (const TileSourceSpec &source : sources) {
        if (source.visible && source.opacity > 0.0) {
            drawSource(painter, camera, tiles, source, stats);
        }
    }
    return stats;
}

void MapRenderer::drawSource(QPainter &painter, const MapCamera &camera, TileManager &tiles,
                             const TileSourceSpec &source, Stats &stats) const
{
    if (camera.tileZoom() < source.minZoom - kMaxUnderZoomLevels) {
        return; // a city pack seen from far away: its tiles would be specks, thousands of them
    }
    const int z = std::clamp(camera.tileZoom(), source.minZoom, source.maxZoom);
    const QList<TileId> visible = camera.visibleTiles(z);
    painter.save();
    painter.setOpacity(source.opacity);
    const bool exact = std::abs(camera.zoom() - z) < 1e-9;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_smooth && !exact);
    for (const TileId &tile : visible) {
        const QRectF target = tileScreenRect(camera, tile);
        const QImage image = tiles.tile({source.id, tile});
        if (!image.isNull()) {
            painter.drawImage(target, image);
            ++stats.tilesDrawn;
            continue;
        }
        tiles.request(source, tile);
        // Placeholder: the nearest loaded ancestor, the part of it that covers this tile.
        bool drawn = false;
        for (int up = 1; up <= kMaxAncestorLevels && tile.z - up >= source.minZoom && !drawn; ++up) {
            const TileId ancestor{tile.z - up, tile.x >> up, tile.y >> up};
            const QImage parent = tiles.tile({source.id, ancestor});
            if (parent.isNull()) {
                continue;
            }
            const double part = double(parent.width()) / (1 << up);
            const QRectF sourceRect((tile.x - (ancestor.x << up)) * part, (tile.y - (ancestor.y << up)) * part, part, part);
            painter.drawImage(target, parent, sourceRect);
            drawn = true;
        }
        drawn ? ++stats.placeholders : ++stats.missing;
    }
    painter.restore();
}

QImage MapRenderer::renderTiles(const MapCamera &camera, TileManager &tiles) const
{
    QImage image(camera.viewportSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_background);
    QPainter painter(&image);
    drawTiles(painter, camera, tiles);
    return image;
}

} // namespace tw
