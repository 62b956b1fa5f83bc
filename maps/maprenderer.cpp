#include "maprenderer.h"

#include "cpustate.h"
#include "tilemanager.h"
#include "tileview.h"
#include "webmercator.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace tw {

namespace {

constexpr int kMaxAncestorLevels = 8;
constexpr int kMaxUnderZoomLevels = 2; // tiles drawn at most 4x smaller than their size
constexpr int kPrintBandTiles = 160;   // tiles of one band of a print render at most (40 MB)

int sourceZoom(const TileSourceSpec &source, double zoom)
{
    return std::clamp(int(std::lround(zoom)), source.minZoom, source.maxZoom);
}

bool isDrawn(const TileSourceSpec &source, double zoom)
{
    // A city pack seen from far away: its tiles would be specks, thousands of them.
    return source.visible && source.opacity > 0.0 && int(std::lround(zoom)) >= source.minZoom - kMaxUnderZoomLevels;
}

// Runs the event loop until every tile of `keys` is in RAM or known to be blank, or the deadline.
void waitForTiles(TileManager &tiles, const QList<TileKey> &keys, QDeadlineTimer deadline)
{
    auto arrived = [&] {
        return std::all_of(keys.cbegin(), keys.cend(), [&](const TileKey &key) {
            bool known = false;
            tiles.tile(key, &known);
            return known;
        });
    };
    if (arrived()) {
        return;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto check = [&] {
        if (arrived()) {
            loop.quit();
        }
    };
    QObject::connect(&tiles, &TileManager::tilesChanged, &loop, check);
    QObject::connect(&tiles, &TileManager::idle, &loop, check);
    timeout.start(std::max<qint64>(0, deadline.remainingTime()));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

void MapRenderer::setCaching(bool on)
{
    m_caching = on;
    if (!on) {
        m_cache.clear();
    }
}

MapRenderer::Stats MapRenderer::drawTiles(QPainter &painter, const MapCamera &camera, TileManager &tiles) const
{
    // A renderer drawn once (a report map, an export) gains nothing from keeping composed images.
    const bool useCache = m_caching && m_draws++ > 0;
    return drawView(painter, TileView::of(camera), tiles, useCache);
}

MapRenderer::Stats MapRenderer::drawView(QPainter &painter, const TileView &view, TileManager &tiles, bool useCache) const
{
    clearUpperVectorState();
    Stats stats;
    const QList<TileSourceSpec> sources = tiles.sources();
    for (const TileSourceSpec &source : sources) {
        if (!isDrawn(source, view.zoom)) {
            continue;
        }
        const int z = sourceZoom(source, view.zoom);
        const bool exact = std::abs(view.zoom - z) < 1e-9;
        if (useCache && m_cache.draw(painter, view, tiles, source, z, m_smooth && !exact, stats)) {
            continue;
        }
        drawSourceDirect(painter, view, tiles, source, z, m_smooth && !exact, stats);
    }
    if (useCache) {
        m_cache.dropUnused();
    }
    return stats;
}

void MapRenderer::drawSourceDirect(QPainter &painter, const TileView &view, TileManager &tiles,
                                   const TileSourceSpec &source, int z, bool smooth, Stats &stats) const
{
    painter.save();
    painter.setOpacity(source.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    for (const QPoint &cell : view.cellsCentreFirst(z)) {
        const QRectF target = view.tileRect(z, cell.x(), cell.y());
        const TileId tile = wrappedTile(z, cell.x(), cell.y());
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

QImage MapRenderer::renderTilesAtPixelRatio(const MapCamera &camera, TileManager &tiles, double pixelRatio,
                                            int timeoutMs, Stats *stats) const
{
    const double ratio = std::clamp(pixelRatio, 1.0, 16.0);
    // The same place, `ratio` times more pixels: world pixels at zoom + log2(ratio) are `ratio`
    // times the camera's.
    TileView print;
    print.zoom = camera.zoom() + std::log2(ratio);
    print.topLeft = camera.topLeftWorldPixel() * ratio;
    print.size = QSize(int(std::lround(camera.viewportSize().width() * ratio)),
                       int(std::lround(camera.viewportSize().height() * ratio)));
    QImage image(print.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.fill(m_background);
    Stats total;
    QPainter painter(&image);
    // Bands of rows: each band's tiles are requested, waited for and drawn before the next, so a
    // print several screens big never needs them all in RAM at once.
    // At most half the RAM cache per band, so a band's tiles are all there when it is drawn.
    const qint64 tileBytes = qint64(WebMercator::kTileSize) * WebMercator::kTileSize * 4;
    const int bandTiles = int(std::clamp<qint64>(tiles.ramCache().maxBytes() / tileBytes / 2, 8, kPrintBandTiles));
    const double smallestTilePx = WebMercator::kTileSize * std::exp2(-0.5);
    const int tilesAcross = int(std::ceil(print.size.width() / smallestTilePx)) + 2;
    const int bandRows = std::max(1, bandTiles / tilesAcross - 1);
    const int bandHeight = std::max(1, int(bandRows * smallestTilePx));
    const QDeadlineTimer deadline(std::max(0, timeoutMs));
    for (int top = 0; top < print.size.height(); top += bandHeight) {
        TileView band = print;
        band.topLeft += QPointF(0, top);
        band.size.setHeight(std::min(bandHeight, print.size.height() - top));
        QList<TileKey> wanted;
        for (const TileSourceSpec &source : tiles.sources()) {
            if (!isDrawn(source, band.zoom)) {
                continue;
            }
            const int z = sourceZoom(source, band.zoom);
            for (const QPoint &cell : band.cellsCentreFirst(z)) {
                const TileKey key{source.id, wrappedTile(z, cell.x(), cell.y())};
                tiles.request(source, key.tile);
                wanted << key;
            }
        }
        waitForTiles(tiles, wanted, deadline);
        painter.save();
        painter.translate(0, top);
        painter.setClipRect(QRect(QPoint(0, 0), band.size));
        const Stats stats = drawView(painter, band, tiles, false);
        painter.restore();
        total.tilesDrawn += stats.tilesDrawn;
        total.placeholders += stats.placeholders;
        total.missing += stats.missing;
    }
    painter.end();
    image.setDevicePixelRatio(ratio);
    if (stats) {
        *stats = total;
    }
    return image;
}

} // namespace tw
