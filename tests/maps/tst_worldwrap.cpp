#include <catch2/catch.hpp>

#include "mapcamera.h"
#include "maprenderer.h"
#include "maptestdata.h"
#include "maptestpacks.h"
#include "overlayrenderer.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QPainter>
#include <QSet>
#include <QTemporaryDir>

using namespace tw;

namespace {

QImage renderSettled(MapRenderer &renderer, const MapCamera &camera, TileManager &tiles)
{
    renderer.renderTiles(camera, tiles);
    REQUIRE(test::waitTilesIdle(tiles));
    return renderer.renderTiles(camera, tiles);
}

Record incidentAt(const QString &id, LonLat point)
{
    return test::makeRecord(ResourceKind::Incidents, id, point,
                            {{QStringLiteral("title"), id}, {QStringLiteral("event_level"), QStringLiteral("I")},
                             {QStringLiteral("status"), QStringLiteral("reported")}});
}

} // namespace

TEST_CASE("Across the antimeridian a screen position maps to a longitude from -180 up to 180 and back to the same pixel")
{
    for (const double centreLon : {179.95, -179.95, 180.0}) {
        const MapCamera camera({centreLon, 10.0}, 10.0, QSize(1000, 600));
        bool sawEast = false;
        bool sawWest = false;
        for (int x = 0; x < 1000; x += 37) {
            for (int y : {0, 300, 599}) {
                const QPointF screen(x + 0.25, y);
                const LonLat place = camera.toLonLat(screen);
                CHECK(place.lon >= -180.0);
                CHECK(place.lon < 180.0);
                sawEast |= place.lon < 0;
                sawWest |= place.lon > 0;
                const QPointF back = camera.toScreen(place);
                CHECK(back.x() == Approx(screen.x()).margin(1e-6));
                CHECK(back.y() == Approx(screen.y()).margin(1e-6));
            }
        }
        CHECK(sawEast);
        CHECK(sawWest);
        // Just east of the line is right of the middle, just west of it left.
        CHECK(camera.toScreen({-179.97, 10.0}).x() > camera.toScreen({179.97, 10.0}).x());
    }
}

TEST_CASE("Panning east past 180 degrees comes back in from -180")
{
    MapCamera camera({179.9, 0.0}, 8.0, QSize(800, 600));
    const double degreesPerPixel = 360.0 / camera.worldWidth();
    camera.panBy({-200, 0}); // dragging left moves the view east
    CHECK(camera.center().lon >= -180.0);
    CHECK(camera.center().lon < 180.0);
    CHECK(camera.center().lon == Approx(179.9 + 200 * degreesPerPixel - 360.0).margin(1e-9));
    camera.panBy({400, 0});
    CHECK(camera.center().lon == Approx(179.9 - 200 * degreesPerPixel).margin(1e-9));
}

TEST_CASE("The visible tiles wrap around the antimeridian and are listed once each")
{
    const MapCamera camera({180.0, 0.0}, 3.0, QSize(800, 400));
    const QList<TileId> tiles = camera.visibleTiles(3);
    QSet<TileId> unique;
    bool west = false;
    bool east = false;
    for (const TileId &tile : tiles) {
        CHECK(tile.isValid());
        unique.insert(tile);
        west |= tile.x == 0;
        east |= tile.x == 7;
    }
    CHECK(unique.size() == tiles.size());
    CHECK(west);
    CHECK(east);
    // Zoomed out, a wide view shows the world several times: its tiles once.
    const MapCamera world({0.0, 0.0}, 0.5, QSize(1920, 1080));
    CHECK(world.visibleTiles(1).size() == 4);
    CHECK(world.visibleTileRange(1).width() > 2);
    CHECK(MapCamera::worldCopies(world.unitBounds()).size() >= 3);
}

TEST_CASE("A view centred on the antimeridian shows the world on both halves")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), test::writeColourPack(dir.filePath(QStringLiteral("w.mbtiles")), 0, 2));
    source.maxZoom = 2;
    tiles.setSources({source});
    const MapCamera camera({180.0, 0.0}, 2.0, QSize(512, 512));
    MapRenderer framesRenderer; // draws through the tile cache from its second frame on
    framesRenderer.setBackground(Qt::magenta);
    MapRenderer onceRenderer;
    onceRenderer.setBackground(Qt::magenta);
    onceRenderer.setCaching(false);
    const QImage cached = renderSettled(framesRenderer, camera, tiles);
    const QImage direct = onceRenderer.renderTiles(camera, tiles);
    for (const QImage &image : {cached, direct}) {
        // The left half is the east end of the world (column 3), the right half the west end (column 0).
        CHECK(test::colourAt(image, {100, 100}) == test::TestTileServer::tileColor(2, 3, 1).name());
        CHECK(test::colourAt(image, {400, 100}) == test::TestTileServer::tileColor(2, 0, 1).name());
        CHECK(test::colourAt(image, {100, 400}) == test::TestTileServer::tileColor(2, 3, 2).name());
        CHECK(test::colourAt(image, {400, 400}) == test::TestTileServer::tileColor(2, 0, 2).name());
        int blank = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                blank += image.pixel(x, y) == QColor(Qt::magenta).rgb();
            }
        }
        CHECK(blank == 0);
    }
    // Zoomed out in a wide view the world repeats side by side.
    const MapCamera wide({0.0, 0.0}, 0.0, QSize(1024, 256));
    const QImage repeated = renderSettled(framesRenderer, wide, tiles);
    for (int x = 10; x < 256; x += 61) {
        CHECK(repeated.pixel(x, 128) == repeated.pixel(x + 256, 128));
        CHECK(repeated.pixel(x, 128) == repeated.pixel(x + 512, 128));
        CHECK(repeated.pixel(x, 128) != QColor(Qt::magenta).rgb());
    }
}

TEST_CASE("Points on both sides of the antimeridian appear in a view centred on it")
{
    OverlayScene scene;
    scene.layers << MapLayer::build(ResourceKind::Incidents,
                                    {incidentAt(QStringLiteral("west"), {179.9, 0.0}), incidentAt(QStringLiteral("east"), {-179.9, 0.0})});
    OverlayRenderer overlay;
    const MapCamera camera({180.0, 0.0}, 8.0, QSize(400, 300));
    const OverlayFrame frame = overlay.render(camera, scene);
    REQUIRE(frame.hits.size() == 2);
    for (const MapHit &hit : frame.hits) {
        INFO(hit.id.toStdString() << " at " << hit.rect.center().x());
        CHECK(QRectF(0, 0, 400, 300).contains(hit.rect.center()));
        CHECK(qAlpha(frame.image.pixel(hit.rect.center().toPoint())) > 0);
        if (hit.id == QLatin1String("west")) {
            CHECK(hit.rect.center().x() < 200);
        } else {
            CHECK(hit.rect.center().x() > 200);
        }
    }
    // Zoomed out with the world shown three times, each copy has both points.
    const MapCamera wide({0.0, 0.0}, 1.0, QSize(1536, 300));
    const OverlayFrame repeated = overlay.render(wide, scene);
    QSet<int> columns;
    for (const MapHit &hit : repeated.hits) {
        columns.insert(int(std::floor(hit.rect.center().x() / wide.worldWidth())));
    }
    CHECK(repeated.hits.size() >= 4);
    CHECK(columns.size() >= 2);
}

TEST_CASE("A drawing across the antimeridian is one small shape, not a band around the world")
{
    MapDrawing box;
    box.shape = MapDrawing::Shape::Polygon;
    box.points = {{179.8, 0.2}, {-179.8, 0.2}, {-179.8, -0.2}, {179.8, -0.2}};
    OverlayScene scene;
    scene.drawings << box;
    OverlayRenderer overlay;
    const MapCamera camera({180.0, 0.0}, 8.0, QSize(400, 300));
    const OverlayFrame frame = overlay.render(camera, scene);
    CHECK(qAlpha(frame.image.pixel(200, 150)) > 0);   // inside, on the line
    CHECK(qAlpha(frame.image.pixel(20, 150)) == 0);   // west of the box
    CHECK(qAlpha(frame.image.pixel(380, 150)) == 0);  // east of it
}
