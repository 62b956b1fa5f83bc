#include <catch2/catch.hpp>

#include "mapcamera.h"
#include "maprenderer.h"
#include "maptestdata.h"
#include "maptestpacks.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QBuffer>
#include <QPainter>
#include <QTemporaryDir>

using namespace tw;

namespace {

TileSourceSpec packSource(const QString &path, int maxZoom)
{
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), path);
    source.maxZoom = maxZoom;
    return source;
}

MapRenderer::Stats drawInto(QImage &image, MapRenderer &renderer, const MapCamera &camera, TileManager &tiles)
{
    image = QImage(camera.viewportSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(renderer.background());
    QPainter painter(&image);
    return renderer.drawTiles(painter, camera, tiles);
}

} // namespace

TEST_CASE("Frames drawn through the tile cache look like the tiles drawn one by one")
{
    QTemporaryDir dir;
    TileManager tiles;
    tiles.setSources({packSource(test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 4), 4)});
    MapRenderer frames;
    MapRenderer direct;
    direct.setCaching(false);
    // Pans, fractional zooms both sides of a level, the antimeridian, a level beyond the pack.
    const QList<MapCamera> path{MapCamera({10.0, 20.0}, 3.0, QSize(640, 400)),  MapCamera({10.3, 20.1}, 3.0, QSize(640, 400)),
                                MapCamera({14.0, 21.0}, 3.3, QSize(640, 400)),  MapCamera({16.0, 21.0}, 3.7, QSize(640, 400)),
                                MapCamera({40.0, 25.0}, 3.45, QSize(640, 400)), MapCamera({179.0, 0.0}, 4.2, QSize(640, 400)),
                                MapCamera({-178.0, 5.0}, 2.6, QSize(640, 400)), MapCamera({12.0, 45.0}, 6.4, QSize(640, 400))};
    int composed = 0;
    for (const MapCamera &camera : path) {
        QImage ignored;
        drawInto(ignored, frames, camera, tiles); // requests
        REQUIRE(test::waitTilesIdle(tiles));
        QImage cached;
        const MapRenderer::Stats cachedStats = drawInto(cached, frames, camera, tiles);
        QImage plain;
        const MapRenderer::Stats plainStats = drawInto(plain, direct, camera, tiles);
        INFO("camera " << camera.center().lon << ", " << camera.center().lat << " zoom " << camera.zoom());
        CHECK(cachedStats.tilesDrawn == plainStats.tilesDrawn);
        composed += cachedStats.composed;
        CHECK(cachedStats.missing == 0);
        // Solid tiles: only the edges between tiles may differ (interpolated across them, or not).
        CHECK(test::differingPixels(cached, plain) < 0.01);
    }
    CHECK(composed > 0); // the frames did go through the cache
}

TEST_CASE("A small pan reuses the cached tiles and a long one composes only what it uncovers")
{
    QTemporaryDir dir;
    TileManager tiles;
    tiles.setSources({packSource(test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 5), 5)});
    MapRenderer renderer;
    MapCamera camera({10.0, 20.0}, 5.0, QSize(800, 512));
    QImage image;
    drawInto(image, renderer, camera, tiles);
    REQUIRE(test::waitTilesIdle(tiles));
    const MapRenderer::Stats first = drawInto(image, renderer, camera, tiles);
    CHECK(first.composed == first.tilesDrawn);
    camera.panBy({30, 0});
    const MapRenderer::Stats small = drawInto(image, renderer, camera, tiles);
    CHECK(small.composed <= 3); // at most the column it uncovered
    CHECK(small.tilesDrawn >= first.tilesDrawn - 3);
    camera.panBy({-600, 0});
    drawInto(image, renderer, camera, tiles);
    REQUIRE(test::waitTilesIdle(tiles));
    const MapRenderer::Stats far = drawInto(image, renderer, camera, tiles);
    CHECK(far.composed < far.tilesDrawn);
    CHECK(far.missing == 0);
    // What is on screen is what the tiles say.
    const QPointF middle(400, 256);
    const TileId under = WebMercator::tileAt(camera.toLonLat(middle), 5);
    CHECK(test::colourAt(image, middle.toPoint()) == test::TestTileServer::tileColor(5, under.x, under.y).name());
}

TEST_CASE("A tile that arrives replaces its placeholder in the cached layer")
{
    QTemporaryDir dir;
    TileManager tiles;
    tiles.setSources({packSource(test::writeColourPack(dir.filePath(QStringLiteral("p.mbtiles")), 0, 3), 3)});
    MapRenderer renderer;
    renderer.setBackground(Qt::magenta);
    QImage image;
    // Zoom 0 first, so zoom 3 has an ancestor to stand in.
    drawInto(image, renderer, MapCamera({0.0, 0.0}, 0.0, QSize(256, 256)), tiles);
    REQUIRE(test::waitTilesIdle(tiles));
    const MapCamera camera({20.0, 20.0}, 3.0, QSize(256, 256));
    const MapRenderer::Stats before = drawInto(image, renderer, camera, tiles);
    CHECK(before.placeholders > 0);
    CHECK(test::colourAt(image, {128, 128}) == test::TestTileServer::tileColor(0, 0, 0).name());
    REQUIRE(test::waitTilesIdle(tiles));
    const MapRenderer::Stats after = drawInto(image, renderer, camera, tiles);
    CHECK(after.placeholders == 0);
    const TileId under = WebMercator::tileAt({20.0, 20.0}, 3);
    CHECK(test::colourAt(image, {128, 128}) == test::TestTileServer::tileColor(3, under.x, under.y).name());
}

TEST_CASE("A renderer drawing for a new tile manager does not show the old manager's tiles")
{
    QTemporaryDir dir;
    const MapCamera camera({20.0, 20.0}, 2.0, QSize(256, 256));
    MapRenderer renderer;
    renderer.setBackground(Qt::magenta);
    QImage image;
    {
        TileManager first;
        first.setSources({packSource(test::writeColourPack(dir.filePath(QStringLiteral("a.mbtiles")), 2, 2), 2)});
        drawInto(image, renderer, camera, first);
        REQUIRE(test::waitTilesIdle(first));
        drawInto(image, renderer, camera, first);
        CHECK(test::colourAt(image, {128, 128}) != QColor(Qt::magenta).name());
    }
    TileManager second; // same source id, nothing loaded yet
    second.setSources({packSource(test::writeColourPack(dir.filePath(QStringLiteral("b.mbtiles")), 2, 2), 2)});
    const MapRenderer::Stats stats = drawInto(image, renderer, camera, second);
    CHECK(stats.tilesDrawn == 0);
    CHECK(test::colourAt(image, {128, 128}) == QColor(Qt::magenta).name());
}

TEST_CASE("A source above another keeps its opacity and shows the one below where it has no tiles")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec below = TileSourceSpec::mbtiles(QStringLiteral("below"), test::writeColourPack(dir.filePath(QStringLiteral("b.mbtiles")), 0, 2));
    below.maxZoom = 2;
    // The upper pack has only zoom 2 column 2 (and no ancestors).
    const QString upperPath = dir.filePath(QStringLiteral("u.mbtiles"));
    {
        MbTiles file;
        REQUIRE(file.create(upperPath).ok());
        for (int y = 0; y < 4; ++y) {
            QImage white(256, 256, QImage::Format_RGB32);
            white.fill(Qt::white);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            white.save(&buffer, "PNG");
            REQUIRE(file.writeTile({2, 2, y}, png).ok());
        }
    }
    TileSourceSpec upper = TileSourceSpec::mbtiles(QStringLiteral("upper"), upperPath);
    upper.minZoom = 2;
    upper.maxZoom = 2;
    upper.opacity = 0.5;
    tiles.setSources({below, upper});
    MapRenderer renderer;
    const MapCamera camera({0.0, 0.0}, 2.0, QSize(1024, 1024));
    QImage image;
    drawInto(image, renderer, camera, tiles);
    REQUIRE(test::waitTilesIdle(tiles));
    drawInto(image, renderer, camera, tiles);
    const QColor plain = test::TestTileServer::tileColor(2, 1, 1);
    CHECK(test::colourAt(image, {384, 384}) == plain.name()); // column 1: only the lower source
    const QColor mixed = image.pixel(640, 384);               // column 2: white at half opacity over it
    const QColor lower = test::TestTileServer::tileColor(2, 2, 1);
    CHECK(mixed.red() == Approx((lower.red() + 255) / 2.0).margin(2));
    CHECK(mixed.green() == Approx((lower.green() + 255) / 2.0).margin(2));
}
