// tidewatch-bench map-frame: what a frame of the map costs.
//   map-frame --points N [--frames 120] [--per-frame]
//       a fixed camera path at 1920x1080 over a synthetic MBTiles city with N clustered points,
//       drawn into a QImage the way the map view paints (background, tiles, overlay): frame
//       p50/p95 with tiles in RAM (and the CPU time of all threads per frame, which the load of
//       other processes barely moves), and the time to fill a screen of cold MBTiles tiles.
//       --per-frame prints each measured frame (zoom, tile and overlay ms, CPU ms, tiles composed
//       into the cached layers) and the cold screen's steps on stderr.
#include "benchregistry.h"

#include "bench_maputil.h"
#include "maprenderer.h"
#include "mbtiles.h"
#include "overlayrenderer.h"
#include "record.h"
#include "tilemanager.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace tw::bench {

namespace {

using namespace tw::bench::maps;

// The camera path: pans and zooms over the city, fractional zooms included.
QList<MapCamera> cameraPath(int frames)
{
    QList<MapCamera> path;
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / std::max(1, frames - 1);
        const double zoom = 10.5 + 3.5 * std::sin(t * M_PI * 1.5) * std::sin(t * M_PI * 1.5) + (i % 7) * 0.07;
        const LonLat centre{120.10 + 0.16 * t + 0.03 * std::sin(t * 9), 30.22 + 0.08 * std::sin(t * 5)};
        path << MapCamera(centre, zoom, QSize(1920, 1080));
    }
    return path;
}

QByteArray syntheticTile(TileId tile)
{
    QImage image(256, 256, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 256, 256);
    gradient.setColorAt(0, QColor::fromHsv((tile.x * 37 + tile.y * 11) % 360, 40, 235));
    gradient.setColorAt(1, QColor::fromHsv((tile.x * 37 + tile.y * 11 + 40) % 360, 60, 215));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(QPen(QColor(255, 255, 255), 3));
    for (int k = 0; k < 6; ++k) {
        painter.drawLine(0, 40 * k + tile.x % 40, 256, 40 * k + tile.y % 30);
        painter.drawLine(40 * k + tile.y % 40, 0, 40 * k + tile.x % 25, 256);
    }
    painter.setPen(Qt::darkGray);
    painter.drawText(image.rect(), Qt::AlignCenter, tile.toString());
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

void waitIdle(TileManager &tiles)
{
    if (tiles.pendingCount() == 0) {
        return;
    }
    QEventLoop loop;
    QObject::connect(&tiles, &TileManager::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

Status writeCityPack(const QString &path, const QList<MapCamera> &cameras)
{
    MbTiles pack;
    if (Status s = pack.create(path); !s) {
        return s;
    }
    if (Status s = pack.setMetadata(QStringLiteral("format"), QStringLiteral("jpg")); !s) {
        return s;
    }
    if (Status s = pack.beginTransaction(); !s) {
        return s;
    }
    QSet<TileId> written;
    for (const MapCamera &camera : cameras) {
        for (const TileId &tile : camera.visibleTiles(camera.tileZoom())) {
            if (!written.contains(tile)) {
                written.insert(tile);
                if (Status s = pack.writeTile(tile, syntheticTile(tile)); !s) {
                    return s;
                }
            }
        }
    }
    return pack.commit();
}

int mapFrameBench(const QStringList &args)
{
    const int pointCount = option(args, QStringLiteral("--points"), QStringLiteral("100000")).toInt();
    const int frames = std::max(2, option(args, QStringLiteral("--frames"), QStringLiteral("120")).toInt());
    if (pointCount < 0) {
        return fail(QStringLiteral("map-frame"), QStringLiteral("usage: map-frame --points N [--frames 120] [--per-frame]"));
    }
    const bool perFrame = args.contains(QStringLiteral("--per-frame"));
    const double load = loadAverage();
    const QList<MapCamera> path = cameraPath(frames);
    QTemporaryDir dir;
    const QString packPath = dir.filePath(QStringLiteral("city.mbtiles"));
    if (Status s = writeCityPack(packPath, path); !s) {
        return fail(QStringLiteral("map-frame"), s.errorString());
    }
    TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("city"), packPath);
    source.minZoom = 0;
    source.maxZoom = 18;

    // Cold: a new manager, one full screen of tiles read and decoded from the file; the median
    // of three runs, each with an empty RAM cache.
    std::vector<double> coldRuns;
    int coldTiles = 0;
    MapRenderer renderer;
    for (int run = 0; run < 3; ++run) {
        TileManager cold;
        cold.setSources({source});
        QElapsedTimer timer;
        timer.start();
        renderer.renderTiles(path.first(), cold);
        const double requested = timer.nsecsElapsed() / 1e6;
        waitIdle(cold);
        const double arrived = timer.nsecsElapsed() / 1e6;
        const QImage image = renderer.renderTiles(path.first(), cold);
        coldRuns.push_back(timer.nsecsElapsed() / 1e6);
        if (perFrame) {
            QTextStream(stderr) << "cold: requested " << requested << " ms, arrived " << arrived << " ms, drawn " << coldRuns.back()
                                << " ms\n";
        }
        coldTiles = int(path.first().visibleTiles(path.first().tileZoom()).size());
    }
    const double coldMs = percentile(coldRuns, 0.5);

    TileManager::Options options;
    options.ramCacheBytes = 1024ll << 20;
    TileManager tiles(options);
    tiles.setSources({source});
    for (const MapCamera &camera : path) {
        renderer.renderTiles(camera, tiles);
        waitIdle(tiles);
    }
    QList<Record> records;
    records.reserve(pointCount);
    const std::vector<LonLat> points = cityPoints(pointCount, 7);
    for (int i = 0; i < pointCount; ++i) {
        Record r;
        r.kind = ResourceKind::Cameras;
        r.id = QString::number(i);
        r.point = points[std::size_t(i)];
        r.values.insert(QStringLiteral("name"), QStringLiteral("Camera %1").arg(i));
        r.values.insert(QStringLiteral("heading_deg"), double(i % 360));
        records << r;
    }
    QElapsedTimer layerTimer;
    layerTimer.start();
    OverlayScene scene;
    scene.layers << MapLayer::build(ResourceKind::Cameras, records);
    const double layerBuildMs = layerTimer.nsecsElapsed() / 1e6;
    OverlayRenderer overlay;

    std::vector<double> frameMs;
    std::vector<double> frameCpuMs;
    std::vector<double> firstPassMs; // sprites and cached tile layers still being made
    std::vector<double> tileMs;
    std::vector<double> overlayMs;
    QImage image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the sprite cache
        for (const MapCamera &camera : path) {
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = processCpuMs();
            image.fill(QColor(0xd8, 0xdc, 0xe0));
            QPainter painter(&image);
            const MapRenderer::Stats tileStats = renderer.drawTiles(painter, camera, tiles);
            const qint64 afterTiles = timer.nsecsElapsed();
            overlay.draw(painter, camera, scene);
            painter.end();
            if (pass == 1 && perFrame) {
                QTextStream(stderr) << "zoom " << camera.zoom() << " tiles " << afterTiles / 1e6 << " ms overlay "
                                    << (timer.nsecsElapsed() - afterTiles) / 1e6 << " ms cpu " << processCpuMs() - cpuBefore
                                    << " ms composed " << tileStats.composed << "\n";
            }
            if (pass == 0) {
                firstPassMs.push_back(timer.nsecsElapsed() / 1e6);
            }
            if (pass == 1) {
                frameMs.push_back(timer.nsecsElapsed() / 1e6);
                frameCpuMs.push_back(processCpuMs() - cpuBefore);
                tileMs.push_back(afterTiles / 1e6);
                overlayMs.push_back((timer.nsecsElapsed() - afterTiles) / 1e6);
            }
        }
    }
    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("map-frame")},
                             {QStringLiteral("points"), pointCount},
                             {QStringLiteral("frames"), frames},
                             {QStringLiteral("size"), QStringLiteral("1920x1080")},
                             {QStringLiteral("frame_ms_p50"), percentile(frameMs, 0.5)},
                             {QStringLiteral("frame_ms_p95"), percentile(frameMs, 0.95)},
                             {QStringLiteral("frame_ms_max"), percentile(frameMs, 1.0)},
                             {QStringLiteral("frame_cpu_ms_p50"), percentile(frameCpuMs, 0.5)},
                             {QStringLiteral("frame_cpu_ms_p95"), percentile(frameCpuMs, 0.95)},
                             {QStringLiteral("first_pass_frame_ms_p50"), percentile(firstPassMs, 0.5)},
                             {QStringLiteral("first_pass_frame_ms_p95"), percentile(firstPassMs, 0.95)},
                             {QStringLiteral("tiles_ms_p50"), percentile(tileMs, 0.5)},
                             {QStringLiteral("tiles_ms_p95"), percentile(tileMs, 0.95)},
                             {QStringLiteral("overlay_ms_p50"), percentile(overlayMs, 0.5)},
                             {QStringLiteral("overlay_ms_p95"), percentile(overlayMs, 0.95)},
                             {QStringLiteral("layer_build_ms"), layerBuildMs},
                             {QStringLiteral("cold_screen_tiles"), coldTiles},
                             {QStringLiteral("cold_screen_ms"), coldMs},
                             {QStringLiteral("cold_screen_ms_runs"), QJsonArray{coldRuns[0], coldRuns[1], coldRuns[2]}},
                             {QStringLiteral("loadavg_1m_at_start"), load}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

BenchRegistrar mapFrameRegistrar("map-frame", "map-frame --points N [--frames 120] [--per-frame]", mapFrameBench);

} // namespace

} // namespace tw::bench
