#include <catch2/catch.hpp>

#include "camsimprocess.h"
#include "cameraprobe.h"
#include "videofailure.h"
#include "videosession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace tw;
using tw::test::CamsimProcess;

namespace {

struct ProbeOutcome {
    bool serving = false;
    QString detail;
};

// Runs one probe to its end. The timeout is generous: the simulator starts a camera's encoder
// before it answers the first DESCRIBE, which takes a while on a loaded machine.
std::optional<ProbeOutcome> probeOnce(const QString &uri, int timeoutMs = 15000)
{
    CameraProbe probe;
    QSignalSpy finished(&probe, &CameraProbe::finished);
    probe.start(QUrl(uri), timeoutMs);
    if (!finished.wait(timeoutMs + 5000) || finished.size() != 1) {
        return std::nullopt;
    }
    return ProbeOutcome{finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

// One step of a session's life as the test saw it, in order.
struct Step {
    QString what; // a state name, or "retry:backoff" / "retry:probe"
    int msBeforeBackoff = 0;
};

void recordTimeline(VideoSession &session, QList<Step> &timeline)
{
    QObject::connect(&session, &VideoSession::stateChanged, &session,
                     [&timeline](VideoState state) { timeline << Step{videoStateKey(state), 0}; });
    QObject::connect(&session, &VideoSession::retryStarted, &session, [&timeline](RetryCause cause, int early) {
        timeline << Step{cause == RetryCause::Probe ? QStringLiteral("retry:probe") : QStringLiteral("retry:backoff"),
                         early};
    });
}

QString describe(const QList<Step> &timeline)
{
    QStringList words;
    for (const Step &step : timeline) {
        words << step.what;
    }
    return words.join(QLatin1String(" > "));
}

// An RTSP server that answers every request with 200 and a description without any stream:
// the probe hears a serving camera, every pipeline fails.
class EmptyRtspServer {
public:
    EmptyRtspServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString uri() const { return QStringLiteral("rtsp://127.0.0.1:%1/cam/0").arg(m_server.serverPort()); }
    int describes() const { return m_describes; }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        int end = 0;
        while ((end = int(buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QByteArray request = buffer.left(end);
            buffer.remove(0, end + 4);
            QByteArray cseq = "0";
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("cseq:")) {
                    cseq = line.mid(5).trimmed();
                }
            }
            QByteArray body;
            QByteArray headers = "RTSP/1.0 200 OK\r\nCSeq: " + cseq + "\r\n";
            if (request.startsWith("DESCRIBE")) {
                ++m_describes;
                body = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=empty\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n";
                headers += "Content-Type: application/sdp\r\nContent-Base: " + uri().toUtf8() + "/\r\n";
            } else if (request.startsWith("OPTIONS")) {
                headers += "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n";
            }
            socket->write(headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_describes = 0;
};

// Answers every HTTP request with one status line and no body.
class StatusHttpServer {
public:
    explicit StatusHttpServer(QByteArray status) : m_status(std::move(status))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests += socket->readAll();
                    if (m_requests.contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 " + m_status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QByteArray requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_status;
    QByteArray m_requests;
};

} // namespace

TEST_CASE("a probe asks an HTTP camera for its path with HEAD")
{
    StatusHttpServer missing("404 Not Found");
    const auto gone = probeOnce(missing.url(QStringLiteral("/video.mjpg?channel=2")));
    REQUIRE(gone);
    CHECK_FALSE(gone->serving);
    CHECK(gone->detail == QStringLiteral("HTTP 404"));
    CHECK(missing.requests().startsWith("HEAD /video.mjpg?channel=2 HTTP/1.1\r\n"));

    StatusHttpServer present("200 OK");
    const auto there = probeOnce(present.url(QStringLiteral("/video.mjpg")));
    REQUIRE(there);
    CHECK(there->serving);
    CHECK(there->detail == QStringLiteral("HTTP 200"));
}

TEST_CASE("a probe tells a serving camera from a missing path, a closed port and a frozen server")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());

    // A serving camera's connection is held: the simulator (gst-rtsp-server) keeps the stream
    // it started for the DESCRIBE only while that client stays. Released at once, the next
    // DESCRIBE — the attempt the probe starts — would meet the stream shutting down: 503.
    CameraProbe held;
    QSignalSpy heldAnswer(&held, &CameraProbe::finished);
    held.start(QUrl(camsim.uri(0)), 15000, 60000);
    REQUIRE(heldAnswer.wait(20000));
    INFO("serving camera: " << heldAnswer.first().at(1).toString().toStdString());
    CHECK(heldAnswer.first().at(0).toBool());
    CHECK(heldAnswer.first().at(1).toString() == QStringLiteral("RTSP 200"));
    CHECK(held.isHolding());

    // A host name is looked up on a worker; "localhost" may list ::1 first, where the simulator
    // (bound to 127.0.0.1) refuses, and the probe moves on to the next address.
    const auto byName = probeOnce(QStringLiteral("rtsp://localhost:%1/cam/0").arg(camsim.port()));
    REQUIRE(byName);
    INFO("by name, while the first probe holds its connection: " << byName->detail.toStdString());
    CHECK(byName->serving);
    held.release();
    CHECK_FALSE(held.isHolding());

    const auto unknown = probeOnce(QStringLiteral("rtsp://no-such-host.invalid:8554/cam/0"), 20000);
    REQUIRE(unknown);
    CHECK_FALSE(unknown->serving);
    CHECK(unknown->detail == QStringLiteral("unknown host"));

    // The server is up (a TCP connect succeeds) but this path is not: only DESCRIBE can tell.
    const auto missing = probeOnce(QStringLiteral("rtsp://127.0.0.1:%1/cam/9").arg(camsim.port()));
    REQUIRE(missing);
    CHECK_FALSE(missing->serving);
    CHECK(missing->detail == QStringLiteral("RTSP 404"));

    const auto closed = probeOnce(QStringLiteral("rtsp://127.0.0.1:%1/cam/0").arg(tw::test::closedPort()));
    REQUIRE(closed);
    CHECK_FALSE(closed->serving);
    CHECK(closed->detail == QStringLiteral("connection refused"));

    // A stopped process still accepts connections (the kernel does) but never answers.
    camsim.freeze();
    const auto frozen = probeOnce(camsim.uri(0), 500);
    camsim.thaw();
    REQUIRE(frozen);
    CHECK_FALSE(frozen->serving);
    CHECK(frozen->detail == QStringLiteral("timed out"));

    CHECK(CameraProbe::isServingStatus(401)); // there, and wants the credentials the pipeline has
    CHECK_FALSE(CameraProbe::isServingStatus(503));
}

TEST_CASE("a camera back after a long outage is live again before its backoff retry, started by the probe")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start(0, {QStringLiteral("--control")}));
    VideoSession session;
    VideoSessionOptions options;
    options.latencyMs = 50;
    options.stallSeconds = 2;
    session.setOptions(options);
    session.setUris(camsim.uri(0));
    QList<Step> timeline;
    recordTimeline(session, timeline);
    session.start();
    REQUIRE(QTest::qWaitFor([&] { return session.state() == VideoState::Live; }, 30000));

    // Down long enough for the backoff to pass 10 s: the probe keeps asking and hears 404.
    REQUIRE(camsim.setCameraUp(0, false));
    REQUIRE(QTest::qWaitFor(
        [&] { return session.state() == VideoState::Reconnecting && session.retryDelaySeconds() >= 16; }, 120000));
    REQUIRE(QTest::qWaitFor([&] { return session.stats().probes >= 3; }, 30000)); // during the 8 s or 16 s wait
    const VideoStats whileDown = session.stats();
    INFO("timeline while down: " << describe(timeline).toStdString());
    CHECK(whileDown.probeRetries == 0); // a 404 is no reason to rebuild the pipeline
    CHECK(session.failure() != VideoFailure::None);

    const int backoffLeftMs = session.msUntilRetry();
    REQUIRE(backoffLeftMs > 8000); // the backoff alone would take this long from here
    const qsizetype backAt = timeline.size();
    REQUIRE(camsim.setCameraUp(0, true));
    REQUIRE(QTest::qWaitFor([&] { return session.state() == VideoState::Live; }, 30000));

    const QList<Step> recovery = timeline.mid(backAt);
    INFO("timeline after the camera came back: " << describe(recovery).toStdString());
    // Cause and order: the probe started the attempt while the backoff still had time to run,
    // the attempt connected and went live; the backoff retry never fired.
    REQUIRE(recovery.size() >= 3);
    CHECK(recovery.at(0).what == QStringLiteral("retry:probe"));
    CHECK(recovery.at(0).msBeforeBackoff > 0);
    CHECK(recovery.at(1).what == QStringLiteral("connecting"));
    CHECK(recovery.last().what == QStringLiteral("live"));
    for (const Step &step : recovery) {
        CHECK(step.what != QStringLiteral("retry:backoff"));
    }
    CHECK(session.stats().probeRetries == 1);
}

TEST_CASE("a camera that answers the probe but cannot stream is rebuilt no faster than its backoff")
{
    EmptyRtspServer server;
    VideoSession session;
    VideoSessionOptions options;
    options.minBackoffSeconds = 4;
    options.maxBackoffSeconds = 4;
    options.probeIntervalMs = 500;
    options.probeTimeoutMs = 500;
    session.setOptions(options);
    session.setUris(server.uri());
    QList<Step> timeline;
    recordTimeline(session, timeline);
    QSignalSpy retries(&session, &VideoSession::retryStarted);
    session.start();
    // Probe retry, then a backoff one, then a probe retry again: four attempts after the first.
    REQUIRE(QTest::qWaitFor([&] { return retries.size() >= 4; }, 90000));
    INFO("timeline: " << describe(timeline).toStdString() << ", failure " << session.failureText().toStdString()
                      << ", details " << session.details().toStdString());
    QList<RetryCause> causes;
    for (const QList<QVariant> &retry : std::as_const(retries)) {
        causes << retry.at(0).value<RetryCause>();
    }
    CHECK(causes.contains(RetryCause::Probe));
    for (int i = 1; i < causes.size(); ++i) {
        // An early attempt that failed is followed by one at the end of the backoff delay.
        CHECK_FALSE((causes.at(i - 1) == RetryCause::Probe && causes.at(i) == RetryCause::Probe));
    }
    CHECK(session.stats().probeRetries <= session.stats().reconnects / 2 + 1);
}
