// tidewatch-bench video-recover [--outages 5,20,45] [--camsim PATH] [--size WxH] [--fps F]
//                               [--tile WxH] [--no-probe]
//
// How long a camera that comes back takes to be on screen again. Starts tidewatch-camsim
// --control on a free port and shows its camera 0 in one offscreen tile (VideoSession +
// VideoTilePainter into a QImage). For each outage length: the camera is taken down (its paths
// answer 404, its viewers are disconnected; the server stays up), stays down that long, comes
// back; the figure is the time from the simulator's "camera 0 up" to the first frame painted.
// --no-probe turns the reachability probe off (backoff only) for comparison. Prints one JSON
// object; the exit code is 1 when the camera did not come back at all.
#include "benchregistry.h"

#include "videofailure.h"
#include "videosession.h"
#include "videotilepainter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {

using namespace tw;

// Runs the event loop until `done` or `timeoutMs`; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() >= timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString findCamsim(const QString &given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{here + QStringLiteral("/tidewatch-camsim"),
                                                here + QStringLiteral("/../camsim/tidewatch-camsim")}) {
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return QStringLiteral("tidewatch-camsim"); // from PATH
}

// The simulator with its control channel on stdin.
class ControlledCamsim {
public:
    bool start(const QString &program, const QString &size, int fps)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cameras"),
                                  QStringLiteral("1"), QStringLiteral("--size"), size, QStringLiteral("--fps"),
                                  QString::number(fps), QStringLiteral("--control")});
        const QByteArray line = readLine(15000);
        m_port = line.startsWith("listening on ") ? line.mid(13).toInt() : 0;
        return m_port > 0;
    }
    ~ControlledCamsim()
    {
        m_process.closeWriteChannel(); // camsim --control quits when its input ends
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Sends "up 0" / "down 0" and waits for the acknowledgment, running the event loop.
    bool setUp(bool up)
    {
        const QByteArray verb = up ? QByteArrayLiteral("up") : QByteArrayLiteral("down");
        m_process.write(verb + " 0\n");
        return readLine(15000) == "camera 0 " + verb;
    }
    QString uri() const { return QStringLiteral("rtsp://127.0.0.1:%1/cam/0").arg(m_port); }

private:
    QByteArray readLine(int timeoutMs)
    {
        if (!waitUntil([&] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                       timeoutMs)) {
            return {};
        }
        return m_process.readLine().trimmed();
    }

    QProcess m_process;
    int m_port = 0;
};

struct RetryNote {
    RetryCause cause = RetryCause::Backoff;
    qint64 atMs = 0;
    int msBeforeBackoff = 0;
};

int benchVideoRecover(const QStringList &args)
{
    QList<int> outages{5, 20, 45};
    QString camsimPath;
    QString size = QStringLiteral("640x360");
    int fps = 25;
    QSize tileSize(480, 270);
    bool probe = true;
    for (int i = 0; i < args.size(); ++i) {
        const QString &key = args.at(i);
        const QString value = args.value(i + 1);
        if (key == QLatin1String("--no-probe")) {
            probe = false;
            continue;
        }
        if (key == QLatin1String("--outages")) {
            outages.clear();
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                outages << qMax(1, part.toInt());
            }
        } else if (key == QLatin1String("--camsim")) {
            camsimPath = value;
        } else if (key == QLatin1String("--size")) {
            size = value;
        } else if (key == QLatin1String("--fps")) {
            fps = qMax(1, value.toInt());
        } else if (key == QLatin1String("--tile")) {
            tileSize = QSize(value.section(QLatin1Char('x'), 0, 0).toInt(), value.section(QLatin1Char('x'), 1, 1).toInt());
        } else {
            QTextStream(stderr) << "tidewatch-bench video-recover: unknown option " << key << "\n";
            return 2;
        }
        ++i;
    }
    if (outages.isEmpty() || tileSize.isEmpty()) {
        QTextStream(stderr) << "usage: tidewatch-bench video-recover [--outages 5,20,45] [--camsim PATH]"
                               " [--size WxH] [--fps F] [--tile WxH] [--no-probe]\n";
        return 2;
    }

    ControlledCamsim camsim;
    if (!camsim.start(findCamsim(camsimPath), size, fps)) {
        QTextStream(stderr) << "tidewatch-bench video-recover: tidewatch-camsim did not start\n";
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    VideoSession session;
    VideoSessionOptions options;
    if (!probe) {
        options.probeIntervalMs = 0;
    }
    session.setOptions(options);
    session.setTileSize(tileSize);
    session.setUris(camsim.uri());
    QImage image(tileSize, QImage::Format_RGB32);
    VideoTilePainter painter;
    painter.setName(QStringLiteral("Camera 0"));
    qint64 lastPaintedAtMs = -1;
    QObject::connect(&session, &VideoSession::frameChanged, &session, [&] {
        QPainter p(&image);
        painter.paint(p, image.rect(), session.videoFrame());
        lastPaintedAtMs = clock.elapsed();
    });
    QList<RetryNote> retries;
    QObject::connect(&session, &VideoSession::retryStarted, &session, [&](RetryCause cause, int early) {
        retries << RetryNote{cause, clock.elapsed(), early};
    });
    session.start();

    QJsonArray results;
    bool allBack = true;
    int worstMs = 0;
    for (const int outageSeconds : outages) {
        QJsonObject result{{QStringLiteral("outage_s"), outageSeconds}};
        if (!waitUntil([&] { return session.state() == VideoState::Live && lastPaintedAtMs >= 0; }, 60000)
            || !camsim.setUp(false)) {
            allBack = false;
            result.insert(QStringLiteral("error"), QStringLiteral("camera not live before the outage"));
            results << result;
            break;
        }
        const qint64 downAtMs = clock.elapsed();
        waitUntil([] { return false; }, outageSeconds * 1000);
        const int backoffStep = session.state() == VideoState::Reconnecting ? session.retryDelaySeconds() : 0;
        const int backoffDueMs = session.msUntilRetry();
        const QString stateAtReturn = videoStateKey(session.state());
        const int probesWhileDown = session.stats().probes;
        if (!camsim.setUp(true)) {
            allBack = false;
            break;
        }
        const qint64 upAtMs = clock.elapsed();
        const qsizetype retriesBefore = retries.size();
        const bool back = waitUntil([&] { return lastPaintedAtMs > upAtMs; }, 60000);
        const int recoverMs = back ? int(lastPaintedAtMs - upAtMs) : -1;
        allBack = allBack && back;
        worstMs = back ? qMax(worstMs, recoverMs) : worstMs;
        QString cause = QStringLiteral("none"); // still connected: no reconnection was needed
        for (qsizetype i = retriesBefore; i < retries.size(); ++i) {
            cause = retries.at(i).cause == RetryCause::Probe ? QStringLiteral("probe") : QStringLiteral("backoff");
        }
        result.insert(QStringLiteral("down_ms"), double(upAtMs - downAtMs));
        result.insert(QStringLiteral("state_when_back"), stateAtReturn);
        result.insert(QStringLiteral("backoff_step_s"), backoffStep);
        result.insert(QStringLiteral("backoff_retry_due_ms"), backoffDueMs);
        result.insert(QStringLiteral("probes_while_down"), probesWhileDown);
        result.insert(QStringLiteral("retry_cause"), cause);
        result.insert(QStringLiteral("back_to_first_frame_painted_ms"), recoverMs);
        results << result;
        waitUntil([] { return false; }, 3000); // settle: a few live seconds before the next outage
    }
    const VideoStats stats = session.stats();
    const QJsonObject output{
        {QStringLiteral("bench"), QStringLiteral("video-recover")},
        {QStringLiteral("probe"), probe},
        {QStringLiteral("probe_interval_ms"), options.probeIntervalMs},
        {QStringLiteral("backoff_s"), QStringLiteral("%1..%2").arg(options.minBackoffSeconds).arg(options.maxBackoffSeconds)},
        {QStringLiteral("camera"), QStringLiteral("%1 @ %2 fps").arg(size).arg(fps)},
        {QStringLiteral("outages"), results},
        {QStringLiteral("worst_back_to_first_frame_ms"), worstMs},
        {QStringLiteral("target_ms"), 10000},
        {QStringLiteral("within_target"), allBack && worstMs <= 10000},
        {QStringLiteral("reconnects"), stats.reconnects},
        {QStringLiteral("probes"), stats.probes},
        {QStringLiteral("probe_retries"), stats.probeRetries},
    };
    QTextStream(stdout) << QJsonDocument(output).toJson(QJsonDocument::Compact) << "\n";
    session.stop();
    VideoSession::waitForTeardown(30000);
    return allBack ? 0 : 1;
}

const tw::bench::BenchRegistrar registrar(
    "video-recover",
    "video-recover [--outages 5,20,45] [--camsim PATH] [--size WxH] [--fps F] [--tile WxH] [--no-probe]",
    benchVideoRecover);

} // namespace
