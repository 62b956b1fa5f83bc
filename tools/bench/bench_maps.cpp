// tidewatch-bench cluster / cluster-points / map-frame: the map engine's numbers.
//   cluster-points --count N --output FILE.geojson   writes N seeded points over Hangzhou
//   cluster --input FILE.geojson [--runs 5] [--supercluster DIR]
//       build time of ClusterIndex (median of runs), viewport query p50/max over fixed views,
//       index bytes, RSS growth; and supercluster 9 (node) on the same file when it is installed
//       (DIR holds node_modules/supercluster; default: $TW_SUPERCLUSTER_DIR, ./, /tmp/scbench).
//   map-frame --points N [--frames 120]
//       a fixed camera path at 1920x1080 over a synthetic MBTiles city with N clustered points;
//       frame p50/p95 with tiles in RAM, and the time to fill a screen of cold MBTiles tiles.
#include "benchregistry.h"

#include "basemap.h"
#include "clusterindex.h"
#include "maprenderer.h"
#include "mbtiles.h"
#include "overlayrenderer.h"
#include "record.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace tw::bench {

namespace {

int fail(const QString &command, const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench " << command << ": " << message << '\n';
    return 1;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(std::ceil(p * values.size())) - (p > 0 ? 1 : 0))];
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

// A city-like spread: dense districts around a few centres, a thinner ring around them.
std::vector<LonLat> cityPoints(qint64 count, quint32 seed)
{
    QRandomGenerator random(seed);
    const LonLat centres[] = {{120.16, 30.27}, {120.21, 30.25}, {120.30, 30.42}, {120.10, 30.32}, {119.95, 30.05}};
    std::vector<LonLat> points;
    points.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const LonLat c = centres[random.bounded(5)];
        const double spread = random.bounded(5) == 0 ? 0.25 : 0.04;
        const double angle = random.generateDouble() * 2 * M_PI;
        const double r = spread * std::sqrt(-2.0 * std::log(std::max(1e-12, random.generateDouble()))) / 2.0;
        points.push_back({c.lon + r * std::cos(angle), c.lat + r * std::sin(angle) * 0.87});
    }
    return points;
}

// Reads the Point coordinates of a GeoJSON FeatureCollection without building a DOM (1M features
// would take gigabytes as QJsonDocument).
Result<std::vector<LonLat>> readPoints(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read: ") + file.errorString(), {}, path};
    }
    const QByteArray data = file.readAll();
    std::vector<LonLat> points;
    const QByteArray key = "\"coordinates\"";
    qsizetype at = 0;
    while ((at = data.indexOf(key, at)) >= 0) {
        at = data.indexOf('[', at);
        if (at < 0) {
            break;
        }
        char *end = nullptr;
        const double lon = std::strtod(data.constData() + at + 1, &end);
        const char *comma = std::strchr(end, ',');
        const double lat = comma ? std::strtod(comma + 1, &end) : NAN;
        if (!std::isfinite(lon) || !std::isfinite(lat)) {
            return Error{QStringLiteral("feature %1 has no point coordinates").arg(points.size()), {}, path};
        }
        points.push_back({lon, lat});
        at = end - data.constData();
    }
    if (points.empty()) {
        return Error{QStringLiteral("no point features"), {}, path};
    }
    return points;
}

int generatePoints(const QStringList &args)
{
    const qint64 count = option(args, QStringLiteral("--count"), QStringLiteral("1000000")).toLongLong();
    const QString output = option(args, QStringLiteral("--output"));
    if (count <= 0 || output.isEmpty()) {
        return fail(QStringLiteral("cluster-points"), QStringLiteral("usage: cluster-points --count N --output FILE.geojson"));
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(QStringLiteral("cluster-points"), output + QStringLiteral(": ") + file.errorString());
    }
    file.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    const std::vector<LonLat> points = cityPoints(count, 20240601);
    QByteArray chunk;
    for (std::size_t i = 0; i < points.size(); ++i) {
        chunk += "{\"type\":\"Feature\",\"properties\":{\"i\":" + QByteArray::number(qulonglong(i))
            + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + QByteArray::number(points[i].lon, 'f', 6) + ','
            + QByteArray::number(points[i].lat, 'f', 6) + "]}}" + (i + 1 < points.size() ? ",\n" : "\n");
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk + "]}\n");
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("points"), count}, {QStringLiteral("file"), output}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

const char *kSuperclusterScript = R"JS(
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [dir, input, runs] = process.argv.slice(2);
const { default: Supercluster } = await import(pathToFileURL(dir + '/node_modules/supercluster/index.js'));
const features = JSON.parse(readFileSync(input, 'utf8')).features;
const times = [];
const cpu = [];
for (let i = 0; i < Number(runs); i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    new Supercluster({ radius: 40, extent: 512, maxZoom: 16, minPoints: 2 }).load(features);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
}
console.log(JSON.stringify({ build_ms: times, cpu_ms: cpu, version: JSON.parse(readFileSync(dir + '/node_modules/supercluster/package.json')).version }));
)JS";

QJsonObject runSupercluster(const QString &input, int runs, const QString &requestedDir)
{
    if (requestedDir == QLatin1String("none")) {
        return {{QStringLiteral("skipped"), QStringLiteral("--supercluster none")}};
    }
    QStringList dirs{requestedDir, qEnvironmentVariable("TW_SUPERCLUSTER_DIR"), QDir::currentPath(), QStringLiteral("/tmp/scbench")};
    QString dir;
    for (const QString &d : dirs) {
        if (!d.isEmpty() && QFileInfo::exists(d + QStringLiteral("/node_modules/supercluster/index.js"))) {
            dir = d;
            break;
        }
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (dir.isEmpty() || node.isEmpty()) {
        return {{QStringLiteral("skipped"), QStringLiteral("node or supercluster not found (npm install supercluster@9 in DIR)")}};
    }
    QTemporaryDir temp;
    const QString script = temp.filePath(QStringLiteral("supercluster-bench.mjs"));
    QFile file(script);
    file.open(QIODevice::WriteOnly);
    file.write(kSuperclusterScript);
    file.close();
    QProcess process;
    process.start(node, {QStringLiteral("--max-old-space-size=8192"), script, dir, input, QString::number(runs)});
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        return {{QStringLiteral("error"), QString::fromUtf8(process.readAllStandardError()).trimmed()}};
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    std::vector<double> times;
    for (const QJsonValue &v : answer.value(QStringLiteral("build_ms")).toArray()) {
        times.push_back(v.toDouble());
    }
    std::vector<double> cpu;
    for (const QJsonValue &v : answer.value(QStringLiteral("cpu_ms")).toArray()) {
        cpu.push_back(v.toDouble());
    }
    return {{QStringLiteral("version"), answer.value(QStringLiteral("version"))},
            {QStringLiteral("build_ms_median"), percentile(times, 0.5)},
            {QStringLiteral("build_cpu_ms_median"), percentile(cpu, 0.5)},
            {QStringLiteral("build_ms_runs"), answer.value(QStringLiteral("build_ms"))}};
}

int clusterBench(const QStringList &args)
{
    const QString input = option(args, QStringLiteral("--input"));
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    if (input.isEmpty()) {
        return fail(QStringLiteral("cluster"), QStringLiteral("usage: cluster --input POINTS.geojson [--runs N] [--supercluster DIR]"));
    }
    Result<std::vector<LonLat>> points = readPoints(input);
    if (!points) {
        return fail(QStringLiteral("cluster"), points.errorString());
    }
    std::vector<double> buildMs;
    std::vector<double> buildCpuMs;
    qint64 rssGrowthKiB = 0;
    std::size_t indexBytes = 0;
    ClusterIndex::Options clusterOptions;
    clusterOptions.nodeSize = option(args, QStringLiteral("--node-size"), QString::number(clusterOptions.nodeSize)).toInt();
    ClusterIndex index;
    for (int run = 0; run < runs; ++run) {
        index = ClusterIndex(clusterOptions);
        const qint64 before = rssKiB();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        index.build(*points);
        buildMs.push_back(timer.nsecsElapsed() / 1e6);
        buildCpuMs.push_back(threadCpuMs() - cpuBefore);
        rssGrowthKiB = std::max(rssGrowthKiB, rssKiB() - before);
        indexBytes = index.memoryBytes();
    }
    // Fixed views: 1920x1080 over the data's middle and around it, zoom 3 to 17.
    double lonSum = 0;
    double latSum = 0;
    for (const LonLat &p : *points) {
        lonSum += p.lon;
        latSum += p.lat;
    }
    const LonLat middle{lonSum / points->size(), latSum / points->size()};
    std::vector<double> queryMs;
    std::size_t items = 0;
    QRandomGenerator random(99);
    for (int view = 0; view < 300; ++view) {
        const double zoom = 3 + view % 15 + 0.5;
        const LonLat centre{middle.lon + (random.generateDouble() - 0.5) * 0.3, middle.lat + (random.generateDouble() - 0.5) * 0.3};
        const MapCamera camera(centre, zoom, QSize(1920, 1080));
        QElapsedTimer timer;
        timer.start();
        items += index.query(camera.unitBounds(), zoom).size();
        queryMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("cluster")},
                       {QStringLiteral("points"), qint64(points->size())},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("node_size"), clusterOptions.nodeSize},
                       {QStringLiteral("build_ms_median"), percentile(buildMs, 0.5)},
                       {QStringLiteral("build_ms_min"), percentile(buildMs, 0.0)},
                       {QStringLiteral("build_cpu_ms_median"), percentile(buildCpuMs, 0.5)},
                       {QStringLiteral("query_views"), 300},
                       {QStringLiteral("query_ms_p50"), percentile(queryMs, 0.5)},
                       {QStringLiteral("query_ms_max"), percentile(queryMs, 1.0)},
                       {QStringLiteral("query_items_mean"), double(items) / 300},
                       {QStringLiteral("index_mb"), indexBytes / 1048576.0},
                       {QStringLiteral("rss_growth_mb"), rssGrowthKiB / 1024.0}};
    const QJsonObject reference = runSupercluster(QFileInfo(input).absoluteFilePath(), runs, option(args, QStringLiteral("--supercluster")));
    result.insert(QStringLiteral("supercluster"), reference);
    if (reference.contains(QStringLiteral("build_ms_median"))) {
        result.insert(QStringLiteral("speedup_vs_supercluster"),
                      reference.value(QStringLiteral("build_ms_median")).toDouble() / percentile(buildMs, 0.5));
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

// The camera path of map-frame: pans and zooms over the city, fractional zooms included.
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

int mapFrameBench(const QStringList &args)
{
    const int pointCount = option(args, QStringLiteral("--points"), QStringLiteral("100000")).toInt();
    const int frames = std::max(2, option(args, QStringLiteral("--frames"), QStringLiteral("120")).toInt());
    if (pointCount < 0) {
        return fail(QStringLiteral("map-frame"), QStringLiteral("usage: map-frame --points N [--frames 120]"));
    }
    const QList<MapCamera> path = cameraPath(frames);
    QTemporaryDir dir;
    const QString packPath = dir.filePath(QStringLiteral("city.mbtiles"));
    {
        MbTiles pack;
        if (Status s = pack.create(packPath); !s) {
            return fail(QStringLiteral("map-frame"), s.errorString());
        }
        pack.setMetadata(QStringLiteral("format"), QStringLiteral("jpg"));
        pack.beginTransaction();
        QSet<TileId> written;
        for (const MapCamera &camera : path) {
            for (const TileId &tile : camera.visibleTiles(camera.tileZoom())) {
                if (!written.contains(tile)) {
                    written.insert(tile);
                    pack.writeTile(tile, syntheticTile(tile));
                }
            }
        }
        pack.commit();
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
        waitIdle(cold);
        const QImage image = renderer.renderTiles(path.first(), cold);
        coldRuns.push_back(timer.nsecsElapsed() / 1e6);
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
    std::vector<double> tileMs;
    std::vector<double> overlayMs;
    QImage image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the sprite cache
        for (const MapCamera &camera : path) {
            QElapsedTimer timer;
            timer.start();
            image.fill(QColor(0xd8, 0xdc, 0xe0));
            QPainter painter(&image);
            renderer.drawTiles(painter, camera, tiles);
            const qint64 afterTiles = timer.nsecsElapsed();
            overlay.draw(painter, camera, scene);
            painter.end();
            if (pass == 1) {
                frameMs.push_back(timer.nsecsElapsed() / 1e6);
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
                             {QStringLiteral("tiles_ms_p50"), percentile(tileMs, 0.5)},
                             {QStringLiteral("overlay_ms_p50"), percentile(overlayMs, 0.5)},
                             {QStringLiteral("overlay_ms_p95"), percentile(overlayMs, 0.95)},
                             {QStringLiteral("layer_build_ms"), layerBuildMs},
                             {QStringLiteral("cold_screen_tiles"), coldTiles},
                             {QStringLiteral("cold_screen_ms"), coldMs},
                             {QStringLiteral("cold_screen_ms_runs"), QJsonArray{coldRuns[0], coldRuns[1], coldRuns[2]}}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

BenchRegistrar clusterPointsRegistrar("cluster-points", "cluster-points --count N --output POINTS.geojson", generatePoints);
BenchRegistrar clusterRegistrar("cluster", "cluster --input POINTS.geojson [--runs 5] [--supercluster DIR|none] [--node-size 64]", clusterBench);
BenchRegistrar mapFrameRegistrar("map-frame", "map-frame --points N [--frames 120]", mapFrameBench);

} // namespace

} // namespace tw::bench
