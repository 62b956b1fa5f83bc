#include <catch2/catch.hpp>

#include "camsimprocess.h"
#include "videoengine.h"
#include "videofailure.h"
#include "videosession.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gst/gst.h>

using namespace tw;
using tw::test::CamsimProcess;

namespace {

// Answers every HTTP request with one fixed response.
class TinyHttpServer {
public:
    explicit TinyHttpServer(QByteArray response) : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write(m_response);
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

private:
    QTcpServer m_server;
    QByteArray m_response;
};

QByteArray httpResponse(const QByteArray &status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// The session ends in `state` (Failed, or Reconnecting for retryable reasons) with `failure`.
void requireFailure(const QString &uri, VideoFailure failure, VideoState state)
{
    VideoSession session;
    session.setUris(uri);
    session.start();
    const bool reached = QTest::qWaitFor(
        [&] { return session.failure() == failure && session.state() == state; }, 30000);
    INFO("uri " << uri.toStdString() << ": state " << int(session.state()) << ", failure "
                << session.failureText().toStdString() << ", details " << session.details().toStdString());
    REQUIRE(reached);
    CHECK_FALSE(session.failureText().isEmpty());
}

} // namespace

TEST_CASE("a camera with no URI fails with the reason no URI")
{
    VideoSession session;
    session.setUris(QString());
    session.start();
    CHECK(session.state() == VideoState::Failed);
    CHECK(session.failure() == VideoFailure::NoUri);
    CHECK(session.failureText().contains(QLatin1String("URI")));
    CHECK(VideoSession::livePipelineCount() == 0);
}

TEST_CASE("a closed port is reported as connection refused and retried")
{
    requireFailure(QStringLiteral("rtsp://127.0.0.1:%1/cam/0").arg(tw::test::closedPort()), VideoFailure::Refused,
                   VideoState::Reconnecting);
}

TEST_CASE("a host name that does not resolve is reported as unknown host")
{
    requireFailure(QStringLiteral("rtsp://no-such-host.invalid:8554/cam/0"), VideoFailure::UnknownHost,
                   VideoState::Reconnecting);
}

TEST_CASE("a wrong RTSP path is reported as not found")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    requireFailure(QStringLiteral("rtsp://127.0.0.1:%1/no/such/camera").arg(camsim.port()), VideoFailure::NotFound,
                   VideoState::Reconnecting);
}

TEST_CASE("an HTTP 404 is reported as not found")
{
    TinyHttpServer server(httpResponse("404 Not Found", "text/html", "<html>gone</html>"));
    requireFailure(server.url(QStringLiteral("/video.mp4")), VideoFailure::NotFound, VideoState::Reconnecting);
}

TEST_CASE("an HTTP 401 is reported as unauthorized and not retried")
{
    TinyHttpServer server(httpResponse("401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"cam\"", "text/html",
                                       "<html>login</html>"));
    requireFailure(server.url(QStringLiteral("/video.mp4")), VideoFailure::Unauthorized, VideoState::Failed);
}

TEST_CASE("a web page instead of video is reported as a web page and not retried")
{
    TinyHttpServer server(httpResponse("200 OK", "text/html",
                                       "<!DOCTYPE html><html><head><title>Camera</title></head><body>"
                                       "<p>Welcome to the camera web interface.</p></body></html>"));
    requireFailure(server.url(QStringLiteral("/index.html")), VideoFailure::WebPage, VideoState::Failed);
}

TEST_CASE("a text file is reported as not a media file")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Duty log, shift 2.\n").repeated(200));
    file.close();
    requireFailure(QUrl::fromLocalFile(path).toString(), VideoFailure::NotMedia, VideoState::Failed);
}

TEST_CASE("a missing file is reported as not found and not retried")
{
    requireFailure(QStringLiteral("file:///nonexistent/tidewatch/clip.mp4"), VideoFailure::NotFound, VideoState::Failed);
}

TEST_CASE("a sound-only file is reported as having no video")
{
    initVideo();
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.wav"));
    GError *error = nullptr;
    const QByteArray line = "audiotestsrc num-buffers=20 ! audioconvert ! wavenc ! filesink location=" + path.toUtf8();
    GstElement *pipeline = gst_parse_launch(line.constData(), &error);
    REQUIRE(pipeline);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *done = gst_bus_timed_pop_filtered(bus, 20 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    REQUIRE(done);
    CHECK(GST_MESSAGE_TYPE(done) == GST_MESSAGE_EOS);
    gst_message_unref(done);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    requireFailure(QUrl::fromLocalFile(path).toString(), VideoFailure::NoVideo, VideoState::Failed);
}

TEST_CASE("failure reasons read as sentences and only network ones are retried")
{
    CHECK(videoFailureText(VideoFailure::Refused).contains(QLatin1String("refused")));
    CHECK(videoFailureText(VideoFailure::Unauthorized).contains(QLatin1String("401")));
    CHECK(isRetryable(VideoFailure::Refused, true));
    CHECK_FALSE(isRetryable(VideoFailure::Refused, false));
    CHECK_FALSE(isRetryable(VideoFailure::Unauthorized, true));
    CHECK_FALSE(isRetryable(VideoFailure::NotMedia, true));
    CHECK(videoStateText(VideoState::Stalled) == QStringLiteral("No picture"));
}

TEST_CASE("GStreamer errors map to reasons a person understands")
{
    initVideo();
    const QUrl rtsp(QStringLiteral("rtsp://127.0.0.1:8554/cam/0"));
    const QUrl file = QUrl::fromLocalFile(QStringLiteral("/tmp/clip.mp4"));
    const QString stream = QString::fromUtf8(g_quark_to_string(GST_STREAM_ERROR));
    const QString resource = QString::fromUtf8(g_quark_to_string(GST_RESOURCE_ERROR));
    const QString core = QString::fromUtf8(g_quark_to_string(GST_CORE_ERROR));
    bool diagnose = false;
    CHECK(classifyPipelineError({stream, GST_STREAM_ERROR_CODEC_NOT_FOUND, QStringLiteral("No decoder"), {}, {}}, file, &diagnose)
          == VideoFailure::UnsupportedCodec);
    CHECK(classifyPipelineError({core, GST_CORE_ERROR_MISSING_PLUGIN, QStringLiteral("missing a plug-in"),
                                 QStringLiteral("no suitable plugins found: video/x-foo"), {}}, rtsp, &diagnose)
          == VideoFailure::UnsupportedCodec);
    CHECK(classifyPipelineError({core, GST_CORE_ERROR_MISSING_PLUGIN, QStringLiteral("missing a plug-in"),
                                 QStringLiteral("no suitable plugins found: text/html"), {}}, rtsp, &diagnose)
          == VideoFailure::WebPage);
    CHECK(classifyPipelineError({resource, GST_RESOURCE_ERROR_READ, QStringLiteral("Could not read"),
                                 QStringLiteral("Could not receive any UDP packets for 5.0000 seconds"), {}}, rtsp, &diagnose)
          == VideoFailure::Timeout);
    CHECK_FALSE(diagnose);
    CHECK(classifyPipelineError({resource, GST_RESOURCE_ERROR_OPEN_READ_WRITE, QStringLiteral("Could not open resource"),
                                 QStringLiteral("Failed to connect. (Generic error)"), QStringLiteral("rtspsrc")}, rtsp, &diagnose)
          == VideoFailure::Other);
    CHECK(diagnose); // the socket-level look tells refused from unknown host
    CHECK(classifyPipelineError({stream, GST_STREAM_ERROR_DECODE, QStringLiteral("Could not decode"), {}, {}}, rtsp, &diagnose)
          == VideoFailure::DecodeError);
}
