#include "tilescommand.h"

#include "tiledownloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace tw {

namespace {

std::atomic<bool> s_cancelRequested{false};

extern "C" void onInterrupt(int)
{
    s_cancelRequested.store(true);
}

QString usage()
{
    return QCoreApplication::translate("tw::TilesCommand", "usage: tidewatch tiles download --source URL_TEMPLATE --bbox W,S,E,N --zoom MIN-MAX FILE.mbtiles\n"
              "  URL_TEMPLATE  e.g. https://tile.example.org/{z}/{x}/{y}.png ({s} subdomains, tms:URL for TMS rows)\n"
              "  W,S,E,N       longitude before latitude, degrees, e.g. 120.0,30.1,120.4,30.4\n"
              "  MIN-MAX       zoom levels, e.g. 10-16\n"
              "  Running it again on the same FILE resumes: tiles already there are skipped.\n");
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / 1e6, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

void cancelTilesCommand()
{
    s_cancelRequested.store(true);
}

int runTilesCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QStringList args = arguments;
    if (args.value(0) == QLatin1String("tiles")) {
        args.removeFirst();
    }
    if (args.value(0) != QLatin1String("download")) {
        err << usage();
        return 2;
    }
    args.removeFirst();
    TileDownloader::Request request;
    QString sourceText;
    QString bboxText;
    QString zoomText;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&]() { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (arg == QLatin1String("--source")) {
            sourceText = value();
        } else if (arg == QLatin1String("--bbox")) {
            bboxText = value();
        } else if (arg == QLatin1String("--zoom")) {
            zoomText = value();
        } else if (arg.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: unknown option %1").arg(arg) << '\n' << usage();
            return 2;
        } else if (request.outputPath.isEmpty()) {
            request.outputPath = arg;
        } else {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: more than one output file") << '\n' << usage();
            return 2;
        }
    }
    if (sourceText.isEmpty() || bboxText.isEmpty() || zoomText.isEmpty() || request.outputPath.isEmpty()) {
        err << usage();
        return 2;
    }
    const Result<TileSourceSpec> source = TileSourceSpec::fromString(sourceText);
    const Result<QRectF> bounds = TileDownloader::parseBounds(bboxText);
    const Result<std::pair<int, int>> zoom = TileDownloader::parseZoomRange(zoomText);
    for (const QString &problem : {source.errorString(), bounds.errorString(), zoom.errorString()}) {
        if (!problem.isEmpty()) {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: %1").arg(problem) << '\n';
            return 2;
        }
    }
    request.source = *source;
    request.bounds = *bounds;
    request.minZoom = zoom->first;
    request.maxZoom = zoom->second;
    if (Status valid = TileDownloader::validate(request); !valid) {
        err << QCoreApplication::translate("tw::TilesCommand", "tiles: %1").arg(valid.errorString()) << '\n';
        return 2;
    }
    const qint64 count = TileDownloader::tileCount(request.bounds, request.minZoom, request.maxZoom);
    err << QCoreApplication::translate("tw::TilesCommand", "tiles: %1 tiles at zoom %2-%3, about %4 (estimate)")
               .arg(count)
               .arg(request.minZoom)
               .arg(request.maxZoom)
               .arg(megabytes(count * TileDownloader::kTypicalTileBytes))
        << '\n';
    err.flush();

    s_cancelRequested.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    TileDownloader downloader;
    QEventLoop loop;
    int exitCode = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&downloader, &TileDownloader::progress, &loop, [&](qint64 done, qint64 total, qint64 bytes) {
        if (sinceReport.elapsed() < 250 && done < total) {
            return;
        }
        sinceReport.restart();
        err << '\r' << QCoreApplication::translate("tw::TilesCommand", "tiles: %1 / %2 (%3 %), %4").arg(done).arg(total).arg(total ? 100.0 * done / total : 100.0, 0, 'f', 1).arg(megabytes(bytes));
        err.flush();
    });
    QObject::connect(&downloader, &TileDownloader::finished, &loop, [&](const Status &status, bool cancelled) {
        err << '\n';
        if (cancelled) {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: cancelled; run the same command again to resume") << '\n';
            exitCode = 130;
        } else if (!status) {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: %1").arg(status.errorString()) << '\n';
            exitCode = 1;
        } else {
            err << QCoreApplication::translate("tw::TilesCommand", "tiles: done, %1").arg(request.outputPath) << '\n';
        }
        loop.quit();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (s_cancelRequested.exchange(false)) {
            downloader.cancel();
        }
    });
    cancelPoll.start(100);
    downloader.start(request);
    loop.exec();
    std::signal(SIGINT, previous);
    return exitCode;
}

} // namespace tw
