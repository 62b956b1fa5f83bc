// tidewatch-bench video --tiles N --uri URI [--uri URI ...] --seconds S [--wall WxH] [--warmup S]
//
// An offscreen wall of N tiles (VideoSession + VideoTilePainter into one QImage, repainted like
// the widget: dirty tiles at most once per 16 ms) for S seconds, then the same decodes with bare
// gst-launch-1.0 pipelines into fakesink as child processes, one after the other in this run.
// Prints one JSON object: CPU seconds of each (and of the wall's GUI thread alone), the ratio,
// frames painted per tile, dropped frames and GUI-thread time per repaint.
#include "benchregistry.h"

#include "videosession.h"
#include "videotilepainter.h"
#include "videowall.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <ctime>
#include <unistd.h>

#include <algorithm>
#include <memory>

namespace {

using namespace tw;

// Runs the event loop for `ms` (the bench has no QtTest).
void runEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a child from /proc, in seconds; 0 when it is gone.
double childCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0.0;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(0) ... utime(11) stime(12).
    if (fields.size() < 13) {
        return 0.0;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

QJsonObject percentiles(QList<double> values)
{
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values.isEmpty() ? 0.0 : values.at(qMin<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
    };
    return {{QStringLiteral("p50"), at(0.50)}, {QStringLiteral("p95"), at(0.95)},
            {QStringLiteral("samples"), int(values.size())}};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

struct Tile {
    std::unique_ptr<VideoSession> session;
    VideoTilePainter painter;
    QRect rect;
    bool dirty = true;
    qint64 painted = 0;
};

// Runs gst-launch-1.0 for each URI; returns their CPU seconds over `seconds` after `warmup`.
double runBare(const QStringList &uris, const QString &tail, int warmupSeconds, int seconds)
{
    std::vector<std::unique_ptr<QProcess>> children;
    for (const QString &uri : uris) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(QStringLiteral("gst-launch-1.0"),
                       QStringList{QStringLiteral("-q"), QStringLiteral("uridecodebin"), QStringLiteral("uri=") + uri,
                                   QStringLiteral("!")}
                           + tail.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        process->waitForStarted(5000);
        children.push_back(std::move(process));
    }
    runEvents(warmupSeconds * 1000);
    double start = 0.0;
    for (const auto &child : children) {
        start += childCpuSeconds(child->processId());
    }
    runEvents(seconds * 1000);
    double end = 0.0;
    for (const auto &child : children) {
        end += childCpuSeconds(child->processId());
        child->terminate();
    }
    for (const auto &child : children) {
        if (!child->waitForFinished(5000)) {
            child->kill();
            child->waitForFinished(5000);
        }
    }
    return end - start;
}

int benchVideo(const QStringList &args)
{
    int tiles = 16;
    int seconds = 10;
    int warmup = 3;
    QSize wallSize(1920, 1080);
    QStringList uris;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--tiles")) {
            tiles = qBound(1, value.toInt(), 16);
        } else if (key == QLatin1String("--uri")) {
            uris << value;
        } else if (key == QLatin1String("--seconds")) {
            seconds = qMax(1, value.toInt());
        } else if (key == QLatin1String("--warmup")) {
            warmup = qMax(0, value.toInt());
        } else if (key == QLatin1String("--wall")) {
            const QStringList parts = value.split(QLatin1Char('x'));
            wallSize = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        }
    }
    if (uris.isEmpty() || wallSize.isEmpty()) {
        QTextStream(stderr) << "usage: tidewatch-bench video --tiles N --uri URI [--uri URI ...] --seconds S"
                               " [--wall WxH] [--warmup S]\n";
        return 2;
    }
    const WallLayout layout = tiles <= 1 ? WallLayout::Single : tiles <= 4 ? WallLayout::Grid2x2
        : tiles <= 9 ? WallLayout::Grid3x3 : WallLayout::Grid4x4;
    const QList<QRect> rects = VideoWall::tileRects(layout, QRect(QPoint(0, 0), wallSize));
    QStringList tileUris;

    // Phase 1: the wall.
    QImage wall(wallSize, QImage::Format_RGB32);
    wall.fill(Qt::black);
    std::vector<std::unique_ptr<Tile>> wallTiles;
    bool repaintQueued = false;
    QElapsedTimer sinceRepaint;
    sinceRepaint.start();
    QList<double> passMs;
    QList<double> fullMs;
    QList<double> fullCpuMs;
    bool measuring = false;
    auto repaint = [&](bool full) {
        QElapsedTimer timer;
        timer.start();
        const double cpuAtStart = threadCpuMs();
        QPainter painter(&wall);
        const QString clock = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        for (const auto &tile : wallTiles) {
            if (!full && !tile->dirty) {
                continue;
            }
            tile->painter.setClockText(clock);
            tile->painter.paint(painter, tile->rect, tile->session->videoFrame());
            if (tile->dirty && measuring) {
                ++tile->painted;
            }
            tile->dirty = false;
        }
        painter.end();
        (full ? fullMs : passMs) << double(timer.nsecsElapsed()) / 1e6;
        if (full) {
            fullCpuMs << threadCpuMs() - cpuAtStart; // unaffected by other processes on the CPU
        }
    };
    for (int i = 0; i < tiles; ++i) {
        auto tile = std::make_unique<Tile>();
        tile->rect = rects.at(i);
        tile->session = std::make_unique<VideoSession>();
        tile->session->setTileSize(tile->rect.size());
        tile->session->setUris(uris.at(i % uris.size()));
        tileUris << uris.at(i % uris.size());
        tile->painter.setName(QStringLiteral("Camera %1").arg(i + 1));
        Tile *raw = tile.get();
        QObject::connect(raw->session.get(), &VideoSession::frameChanged, raw->session.get(), [&, raw] {
            raw->dirty = true;
            if (!repaintQueued) {
                repaintQueued = true;
                // Like the widget's backing store: at most one repaint pass per 16 ms.
                QTimer::singleShot(qMax<qint64>(0, 16 - sinceRepaint.elapsed()), [&] {
                    repaintQueued = false;
                    sinceRepaint.restart();
                    repaint(false);
                });
            }
        });
        tile->session->start();
        wallTiles.push_back(std::move(tile));
    }
    QTimer fullRepaint;
    QObject::connect(&fullRepaint, &QTimer::timeout, [&] { repaint(true); });
    runEvents(warmup * 1000);
    QList<qint64> shownBefore, decodedBefore;
    for (const auto &tile : wallTiles) {
        shownBefore << tile->session->stats().framesShown;
        decodedBefore << tile->session->stats().framesDecoded;
    }
    passMs.clear();
    measuring = true;
    fullRepaint.start(500);
    const double cpuStart = processCpuSeconds();
    const double guiCpuStart = threadCpuMs();
    runEvents(seconds * 1000);
    const double wallCpu = processCpuSeconds() - cpuStart;
    const double guiCpu = (threadCpuMs() - guiCpuStart) / 1e3; // painting and event handling
    measuring = false;
    fullRepaint.stop();

    QJsonArray paintedPerTile;
    QList<double> paintedFps;
    QList<double> decodedFps;
    qint64 dropped = 0;
    int live = 0;
    for (int i = 0; i < int(wallTiles.size()); ++i) {
        const VideoStats stats = wallTiles[i]->session->stats();
        paintedPerTile << double(wallTiles[i]->painted);
        paintedFps << double(wallTiles[i]->painted) / seconds;
        const qint64 decoded = stats.framesDecoded - decodedBefore[i];
        const qint64 shown = stats.framesShown - shownBefore[i];
        dropped += qMax<qint64>(0, decoded - shown);
        decodedFps << double(decoded) / seconds;
        live += wallTiles[i]->session->state() == VideoState::Live ? 1 : 0;
    }
    wallTiles.clear();
    VideoSession::waitForTeardown(30000);

    // Phase 2: the same decodes, bare.
    const double bareCpu = runBare(tileUris, QStringLiteral("fakesink sync=false"), warmup, seconds);
    const QSize tileSize = rects.first().size();
    const double bareConvertCpu = runBare(
        tileUris,
        QStringLiteral("videoconvertscale ! video/x-raw,format=BGRx,width=%1,height=%2,pixel-aspect-ratio=1/1 ! fakesink sync=false")
            .arg(tileSize.width() & ~1).arg(tileSize.height() & ~1),
        warmup, seconds);

    QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("video")},
        {QStringLiteral("tiles"), tiles},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("wall"), QStringLiteral("%1x%2").arg(wallSize.width()).arg(wallSize.height())},
        {QStringLiteral("tile"), QStringLiteral("%1x%2").arg(tileSize.width()).arg(tileSize.height())},
        {QStringLiteral("uris"), QJsonArray::fromStringList(uris)},
        {QStringLiteral("live_tiles"), live},
        {QStringLiteral("wall_cpu_seconds"), wallCpu},
        {QStringLiteral("wall_gui_thread_cpu_seconds"), guiCpu},
        {QStringLiteral("frames_painted_per_tile"), paintedPerTile},
        {QStringLiteral("painted_fps_per_tile_min"), paintedFps.isEmpty() ? 0.0 : *std::min_element(paintedFps.begin(), paintedFps.end())},
        {QStringLiteral("painted_fps_per_tile_median"), median(paintedFps)},
        {QStringLiteral("decoded_fps_per_tile_median"), median(decodedFps)},
        {QStringLiteral("dropped_frames"), double(dropped)},
        {QStringLiteral("repaint_pass_ms"), percentiles(passMs)},
        {QStringLiteral("full_wall_repaint_ms"), percentiles(fullMs)},
        {QStringLiteral("full_wall_repaint_cpu_ms"), percentiles(fullCpuMs)},
        {QStringLiteral("bare_decode_cpu_seconds"), bareCpu},
        {QStringLiteral("bare_decode_convert_cpu_seconds"), bareConvertCpu},
        {QStringLiteral("cpu_ratio_vs_bare_decode"), bareCpu > 0 ? wallCpu / bareCpu : 0.0},
        {QStringLiteral("cpu_ratio_vs_bare_decode_convert"), bareConvertCpu > 0 ? wallCpu / bareConvertCpu : 0.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    return live == tiles ? 0 : 1;
}

const tw::bench::BenchRegistrar registrar(
    "video", "video --tiles N --uri URI [--uri URI ...] --seconds S [--wall WxH] [--warmup S]", benchVideo);

} // namespace
