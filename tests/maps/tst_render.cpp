#include <catch2/catch.hpp>

#include "basemap.h"
#include "maprenderer.h"
#include "maptestdata.h"
#include "mbtiles.h"
#include "overlayrenderer.h"
#include "testtileserver.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tw;

namespace {

bool waitIdle(TileManager &manager)
{
    QSignalSpy idle(&manager, &TileManager::idle);
    return manager.pendingCount() == 0 || idle.wait(10000);
}

// Renders until every tile is in: the first pass requests, the second draws what arrived.
QImage renderSettled(MapRenderer &renderer, const MapCamera &camera, TileManager &tiles)
{
    renderer.renderTiles(camera, tiles);
    REQUIRE(waitIdle(tiles));
    return renderer.renderTiles(camera, tiles);
}

// Compares with tests/data/maps/NAME.png; TW_UPDATE_REFERENCES=1 writes it instead. The actual
// image is kept in the build tree for a look.
void compareWithReference(const QImage &actual, const QString &name)
{
    const QString outDir = QStringLiteral(TW_BINARY_DIR "/test-renders");
    QDir().mkpath(outDir);
    actual.save(outDir + QLatin1Char('/') + name + QStringLiteral(".png"));
    const QString reference = QStringLiteral(TW_TEST_DATA_DIR "/maps/") + name + QStringLiteral(".png");
    if (qEnvironmentVariableIntValue("TW_UPDATE_REFERENCES")) {
        REQUIRE(actual.save(reference));
        return;
    }
    const QImage expected(reference);
    REQUIRE(!expected.isNull());
    const double share = test::differingPixels(actual, expected);
    INFO("differing pixels: " << share * 100 << " % (actual in " << outDir.toStdString() << ")");
    CHECK(share < 0.01); // fonts may differ slightly between machines
}

QString writeTestPack(const QString &dir)
{
    const QString path = dir + QStringLiteral("/pack.mbtiles");
    MbTiles file;
    REQUIRE(file.create(path).ok());
    REQUIRE(file.setMetadata(QStringLiteral("format"), QStringLiteral("png")).ok());
    for (int z = 0; z <= 2; ++z) {
        for (int x = 0; x < (1 << z); ++x) {
            for (int y = 0; y < (1 << z); ++y) {
                REQUIRE(file.writeTile({z, x, y}, test::TestTileServer::tilePng(z, x, y)).ok());
            }
        }
    }
    return path;
}

OverlayScene sceneOfEverything()
{
    OverlayScene scene;
    for (ResourceKind kind : {ResourceKind::RiskPoints, ResourceKind::Shelters, ResourceKind::Targets, ResourceKind::Warehouses,
                              ResourceKind::Sensors, ResourceKind::Cameras, ResourceKind::Teams, ResourceKind::Incidents}) {
        scene.layers << MapLayer::build(kind, test::sceneRecords(kind));
    }
    scene.nowMs = 1'700'000'000'000 + 60'000;
    scene.selectedIds << QStringLiteral("team-1");
    MapDrawing area;
    area.shape = MapDrawing::Shape::Polygon;
    area.points = {{120.1600, 30.2700}, {120.1660, 30.2720}, {120.1640, 30.2660}};
    area.label = QStringLiteral("Cordon");
    scene.drawings << area;
    MapDrawing circle;
    circle.shape = MapDrawing::Shape::Circle;
    circle.points = {{120.1750, 30.2600}};
    circle.radiusMeters = 250;
    circle.color = QColor(0x2e, 0x7d, 0x32);
    circle.label = QStringLiteral("Evacuation");
    scene.drawings << circle;
    scene.measurement = {{120.1450, 30.2560}, {120.1550, 30.2600}};
    return scene;
}

} // namespace

TEST_CASE("Tiles of a stacked MBTiles source are drawn where the camera says, overzoomed past the file's zoom")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), writeTestPack(dir.path()));
    source.maxZoom = 2;
    tiles.setSources({source});
    MapRenderer renderer;
    const MapCamera camera({0.0, 0.0}, 1.0, QSize(512, 512));
    const QImage image = renderSettled(renderer, camera, tiles);
    // Zoom 1, centred on 0,0: the four tiles fill the image exactly.
    CHECK(QColor(image.pixel(100, 100)).name() == test::TestTileServer::tileColor(1, 0, 0).name());
    CHECK(QColor(image.pixel(400, 100)).name() == test::TestTileServer::tileColor(1, 1, 0).name());
    CHECK(QColor(image.pixel(100, 400)).name() == test::TestTileServer::tileColor(1, 0, 1).name());
    // Zoom 4 is beyond the pack: its zoom 2 tile is scaled up.
    const MapCamera deep({10.0, 10.0}, 4.0, QSize(256, 256));
    const QImage deepImage = renderSettled(renderer, deep, tiles);
    const TileId under = WebMercator::tileAt({10.0, 10.0}, 2);
    CHECK(QColor(deepImage.pixel(128, 128)).name() == test::TestTileServer::tileColor(2, under.x, under.y).name());
}

TEST_CASE("A missing tile is drawn as its scaled-up parent until it arrives")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.mbtiles"));
    {
        MbTiles file;
        REQUIRE(file.create(path).ok());
        REQUIRE(file.writeTile({0, 0, 0}, test::TestTileServer::tilePng(0, 0, 0)).ok());
    }
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("sparse"), path);
    source.maxZoom = 3;
    tiles.setSources({source});
    MapRenderer renderer;
    renderSettled(renderer, MapCamera({0, 0}, 0, QSize(256, 256)), tiles);
    const MapCamera camera({20.0, 20.0}, 3.0, QSize(256, 256));
    QImage image(camera.viewportSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    const MapRenderer::Stats stats = renderer.drawTiles(painter, camera, tiles);
    painter.end();
    CHECK(stats.placeholders > 0);
    CHECK(stats.tilesDrawn == 0);
    CHECK(QColor(image.pixel(128, 128)).name() == test::TestTileServer::tileColor(0, 0, 0).name());
}

TEST_CASE("Every layer renders like its reference image")
{
    QTemporaryDir dir;
    TileManager tiles;
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), writeTestPack(dir.path()));
    source.maxZoom = 2;
    source.opacity = 0.35;
    tiles.setSources({source});
    MapRenderer renderer;
    renderer.setBackground(Qt::white);
    const MapCamera camera({120.1585, 30.2680}, 14.3, QSize(640, 420));
    QImage image = renderSettled(renderer, camera, tiles);
    OverlayRenderer overlay;
    QPainter painter(&image);
    QList<MapHit> hits;
    overlay.draw(painter, camera, sceneOfEverything(), &hits);
    painter.end();
    CHECK(hits.size() == 11);
    compareWithReference(image, QStringLiteral("layers-z14"));
}

TEST_CASE("Many points are drawn as counted clusters that match the reference")
{
    OverlayScene scene;
    scene.layers << MapLayer::build(ResourceKind::Cameras, test::manyCameras(20000, 1));
    OverlayRenderer overlay;
    const MapCamera camera({120.16, 30.27}, 11.0, QSize(640, 420));
    OverlayFrame frame = overlay.render(camera, scene);
    quint64 total = 0;
    for (const MapHit &hit : std::as_const(frame.hits)) {
        total += hit.count;
        if (hit.isCluster()) {
            CHECK(hit.expansionZoom > 11);
        }
    }
    CHECK(total == 20000);
    QImage image(frame.image.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter(&image).drawImage(0, 0, frame.image);
    compareWithReference(image, QStringLiteral("clusters-z11"));
}

TEST_CASE("Overlays over a GCJ-02 basemap are drawn shifted onto its streets")
{
    OverlayScene scene;
    scene.layers << MapLayer::build(ResourceKind::Incidents, test::sceneRecords(ResourceKind::Incidents));
    MapCamera camera({120.1550, 30.2600}, 16.0, QSize(400, 400));
    OverlayRenderer overlay;
    const OverlayFrame plain = overlay.render(camera, scene);
    camera.setDisplayDatum(Datum::Gcj02);
    const OverlayFrame shifted = overlay.render(camera, scene);
    // The camera is centred on the incident in both: it stays in the middle of the screen.
    REQUIRE(!plain.hits.isEmpty());
    REQUIRE(!shifted.hits.isEmpty());
    CHECK(plain.hits.first().rect.center().x() == Approx(200).margin(1));
    CHECK(shifted.hits.first().rect.center().x() == Approx(200).margin(1));
}

TEST_CASE("The bundled world basemap is found and shows the Earth offline")
{
    const QString path = bundledBasemapPath();
    REQUIRE(!path.isEmpty());
    Result<TileSourceSpec> source = mbtilesSource(path);
    REQUIRE(source.ok());
    CHECK(source->maxZoom == 5);
    TileManager tiles;
    tiles.setSources({bundledBasemapSource()});
    MapRenderer renderer;
    renderer.setBackground(Qt::magenta);
    const MapCamera camera({10.0, 20.0}, 0.6, QSize(320, 210));
    const QImage image = renderSettled(renderer, camera, tiles);
    compareWithReference(image, QStringLiteral("basemap-z0"));
    // The Pacific east of Taiwan is dark blue; no background is left anywhere.
    const QColor ocean = QColor(image.pixel(camera.toScreen({135.0, 20.0}).toPoint()));
    CHECK(ocean.blue() > ocean.red());
    for (QPoint corner : {QPoint(0, 0), QPoint(319, 0), QPoint(0, 209), QPoint(319, 209)}) {
        CHECK(image.pixel(corner) != QColor(Qt::magenta).rgb());
    }
}
