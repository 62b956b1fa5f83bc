#include <catch2/catch.hpp>

#include "mapcamera.h"
#include "maprenderer.h"
#include "maptestpacks.h"
#include "testtileserver.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace tw;

namespace {

// Screen positions (camera pixels) at the middle of tiles of zoom `z` near the centre.
QList<QPointF> tileMiddles(const MapCamera &camera, int z)
{
    QList<QPointF> points;
    const double tilePx = WebMercator::kTileSize * std::exp2(camera.zoom() - z);
    const QPointF topLeft = camera.topLeftWorldPixel();
    const int firstColumn = int(std::ceil(topLeft.x() / tilePx));
    const int firstRow = int(std::ceil(topLeft.y() / tilePx));
    for (int row = firstRow; row < firstRow + 3; ++row) {
        for (int column = firstColumn; column < firstColumn + 3; ++column) {
            const QPointF at = QPointF((column + 0.5) * tilePx, (row + 0.5) * tilePx) - topLeft;
            if (QRectF(QPointF(0, 0), QSizeF(camera.viewportSize())).contains(at)) {
                points << at;
            }
        }
    }
    return points;
}

} // namespace

TEST_CASE("A 4x print draws the tiles of two zoom levels deeper, not the screen's tiles scaled up")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 3));
    source.maxZoom = 3;
    tiles.setSources({source});
    const MapCamera camera({20.0, 20.0}, 1.0, QSize(300, 200));
    MapRenderer renderer;
    MapRenderer::Stats stats;
    const QImage print = renderer.renderTilesAtPixelRatio(camera, tiles, 4.0, 10000, &stats);
    REQUIRE(print.size() == QSize(1200, 800));
    CHECK(print.devicePixelRatio() == 4.0);
    CHECK(stats.missing == 0);
    CHECK(stats.placeholders == 0);
    const QList<QPointF> middles = tileMiddles(camera, 3);
    REQUIRE(middles.size() >= 4);
    for (const QPointF &at : middles) {
        const LonLat place = camera.toLonLat(at);
        const TileId deep = WebMercator::tileAt(place, 3);
        const TileId screen = WebMercator::tileAt(place, 1);
        const QString colour = test::colourAt(print, (at * 4).toPoint());
        INFO("at " << at.x() << ", " << at.y());
        CHECK(colour == test::TestTileServer::tileColor(3, deep.x, deep.y).name());
        CHECK(colour != test::TestTileServer::tileColor(1, screen.x, screen.y).name());
    }
}

TEST_CASE("A print finer than the source's deepest zoom uses its deepest tiles")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 2));
    source.maxZoom = 2;
    tiles.setSources({source});
    const MapCamera camera({-60.0, -10.0}, 1.0, QSize(200, 150));
    MapRenderer renderer;
    const QImage print = renderer.renderTilesAtPixelRatio(camera, tiles, 8.0, 10000);
    REQUIRE(print.size() == QSize(1600, 1200));
    for (const QPointF &at : tileMiddles(camera, 2)) {
        const TileId deepest = WebMercator::tileAt(camera.toLonLat(at), 2);
        CHECK(test::colourAt(print, (at * 8).toPoint()) == test::TestTileServer::tileColor(2, deepest.x, deepest.y).name());
    }
}

TEST_CASE("A big print is drawn band by band with every band's tiles")
{
    QTemporaryDir dir;
    TileManager::Options options;
    options.ramCacheBytes = 24ll << 20; // fewer tiles than the print needs: bands must fit
    TileManager tiles(options);
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 5));
    source.maxZoom = 5;
    tiles.setSources({source});
    const MapCamera camera({0.0, 0.0}, 2.0, QSize(512, 384));
    MapRenderer renderer;
    MapRenderer::Stats stats;
    const QImage print = renderer.renderTilesAtPixelRatio(camera, tiles, 8.0, 20000, &stats); // zoom 5, 4096 x 3072
    CHECK(stats.missing == 0);
    CHECK(stats.placeholders == 0);
    for (const QPointF &at : tileMiddles(camera, 5)) {
        const TileId tile = WebMercator::tileAt(camera.toLonLat(at), 5);
        CHECK(test::colourAt(print, (at * 8).toPoint()) == test::TestTileServer::tileColor(5, tile.x, tile.y).name());
    }
    const QPointF bottom(255.0, 370.0); // in the last band
    const TileId tile = WebMercator::tileAt(camera.toLonLat(bottom), 5);
    CHECK(test::colourAt(print, (bottom * 8).toPoint()) == test::TestTileServer::tileColor(5, tile.x, tile.y).name());
}

TEST_CASE("A print waits for a silent tile server only as long as it is allowed to")
{
    test::TestTileServer server;
    server.setDefaultBehaviour(test::TestTileServer::Behaviour::Silent);
    TileManager tiles;
    tiles.setSources({TileSourceSpec::xyz(QStringLiteral("silent"), server.urlTemplate())});
    MapRenderer renderer;
    MapRenderer::Stats stats;
    QElapsedTimer timer;
    timer.start();
    const QImage print = renderer.renderTilesAtPixelRatio(MapCamera({0.0, 0.0}, 2.0, QSize(256, 256)), tiles, 2.0, 300, &stats);
    CHECK(timer.elapsed() < 5000);
    CHECK(print.size() == QSize(512, 512));
    CHECK(stats.missing > 0);
    CHECK(stats.tilesDrawn == 0);
}
