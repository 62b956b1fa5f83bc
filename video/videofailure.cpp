#include "videofailure.h"

#include <QCoreApplication>

#include <gst/gst.h>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <fcntl.h>

namespace tw {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("tw::VideoSession", text);
}

bool isDomain(const QString &domain, GQuark quark)
{
    return domain == QLatin1String(g_quark_to_string(quark));
}

} // namespace

int networkPort(const QUrl &uri)
{
    const QString scheme = uri.scheme();
    if (scheme.startsWith(QLatin1String("rtsp"))) {
        return uri.port(scheme == QLatin1String("rtsps") ? 322 : 554);
    }
    return uri.port(scheme == QLatin1String("https") ? 443 : 80);
}

QString videoStateText(VideoState state)
{
    switch (state) {
    case VideoState::Idle: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Idle"));
    case VideoState::Connecting: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Connecting"));
    case VideoState::Live: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Live"));
    case VideoState::Stalled: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "No picture"));
    case VideoState::Reconnecting: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Reconnecting"));
    case VideoState::Failed: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Failed"));
    case VideoState::Ended: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Ended"));
    }
    return {};
}

QString videoStateKey(VideoState state)
{
    switch (state) {
    case VideoState::Idle: return QStringLiteral("idle");
    case VideoState::Connecting: return QStringLiteral("connecting");
    case VideoState::Live: return QStringLiteral("live");
    case VideoState::Stalled: return QStringLiteral("stalled");
    case VideoState::Reconnecting: return QStringLiteral("reconnecting");
    case VideoState::Failed: return QStringLiteral("failed");
    case VideoState::Ended: return QStringLiteral("ended");
    }
    return {};
}

QString videoFailureText(VideoFailure failure)
{
    switch (failure) {
    case VideoFailure::None: return {};
    case VideoFailure::NoUri: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "No stream address (no URI) for this camera"));
    case VideoFailure::UnknownHost: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Unknown host: the name does not resolve"));
    case VideoFailure::Refused: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Connection refused: nothing answers on that port"));
    case VideoFailure::Unreachable: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Host unreachable: no answer from the camera"));
    case VideoFailure::Timeout: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Timed out: connected but no picture"));
    case VideoFailure::NotFound: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Not found: wrong path or file name (404)"));
    case VideoFailure::Unauthorized: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Unauthorized (401): wrong or missing user name and password"));
    case VideoFailure::NoVideo: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "No video stream in this source"));
    case VideoFailure::UnsupportedCodec: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Unsupported video codec: no decoder installed"));
    case VideoFailure::NotMedia: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Not a media file"));
    case VideoFailure::WebPage: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "The address returned a web page, not video"));
    case VideoFailure::StreamEnded: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "The camera closed the stream"));
    case VideoFailure::DecodeError: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "The video data could not be decoded"));
    case VideoFailure::Other: return translated(QT_TRANSLATE_NOOP("tw::VideoSession", "Video error"));
    }
    return {};
}

bool isRetryable(VideoFailure failure, bool networkSource)
{
    switch (failure) {
    case VideoFailure::UnknownHost:
    case VideoFailure::Refused:
    case VideoFailure::Unreachable:
    case VideoFailure::Timeout:
    case VideoFailure::StreamEnded:
    case VideoFailure::DecodeError:
    case VideoFailure::Other:
        return networkSource;
    case VideoFailure::NotFound:
        return networkSource; // a camera's mount point comes back when the camera restarts
    default:
        return false;
    }
}

bool isNetworkUri(const QUrl &uri)
{
    const QString scheme = uri.scheme();
    return !scheme.isEmpty() && scheme != QLatin1String("file");
}

VideoFailure classifyPipelineError(const PipelineError &error, const QUrl &uri, bool *needsDiagnosis)
{
    *needsDiagnosis = false;
    const QString text = error.message + QLatin1Char('\n') + error.debug;
    if (text.contains(QLatin1String("text/html")) || text.contains(QLatin1String("text/plain"))
        || text.contains(QLatin1String("application/xhtml"))) {
        return isNetworkUri(uri) ? VideoFailure::WebPage : VideoFailure::NotMedia;
    }
    if (isDomain(error.domain, GST_RESOURCE_ERROR)) {
        switch (error.code) {
        case GST_RESOURCE_ERROR_NOT_FOUND:
            return VideoFailure::NotFound;
        case GST_RESOURCE_ERROR_NOT_AUTHORIZED:
            return VideoFailure::Unauthorized;
        case GST_RESOURCE_ERROR_OPEN_READ:
        case GST_RESOURCE_ERROR_OPEN_READ_WRITE:
        case GST_RESOURCE_ERROR_READ:
        case GST_RESOURCE_ERROR_FAILED:
        case GST_RESOURCE_ERROR_BUSY:
            if (text.contains(QLatin1String("Could not receive any UDP packets"))) {
                return VideoFailure::Timeout;
            }
            if (text.contains(QLatin1String("(401)")) || text.contains(QLatin1String("Unauthorized"))) {
                return VideoFailure::Unauthorized;
            }
            if (text.contains(QLatin1String("(404)")) || text.contains(QLatin1String("Not Found"), Qt::CaseInsensitive)) {
                return VideoFailure::NotFound;
            }
            *needsDiagnosis = isNetworkUri(uri);
            return VideoFailure::Other;
        default:
            break;
        }
    }
    if (isDomain(error.domain, GST_STREAM_ERROR)) {
        switch (error.code) {
        case GST_STREAM_ERROR_TYPE_NOT_FOUND:
        case GST_STREAM_ERROR_WRONG_TYPE:
            return VideoFailure::NotMedia;
        case GST_STREAM_ERROR_CODEC_NOT_FOUND:
            return VideoFailure::UnsupportedCodec;
        case GST_STREAM_ERROR_DECODE:
        case GST_STREAM_ERROR_DEMUX:
        case GST_STREAM_ERROR_FORMAT:
            return VideoFailure::DecodeError;
        case GST_STREAM_ERROR_FAILED:
            // "Internal data stream error" from a network source that never got going.
            *needsDiagnosis = isNetworkUri(uri) && error.sourceFactory.contains(QLatin1String("src"));
            return VideoFailure::Other;
        default:
            break;
        }
    }
    if (isDomain(error.domain, GST_CORE_ERROR) && error.code == GST_CORE_ERROR_MISSING_PLUGIN) {
        return VideoFailure::UnsupportedCodec;
    }
    return VideoFailure::Other;
}

VideoFailure diagnoseConnection(const QUrl &uri, int timeoutMs)
{
    const QByteArray host = uri.host().toUtf8();
    if (host.isEmpty()) {
        return VideoFailure::UnknownHost;
    }
    const QByteArray port = QByteArray::number(networkPort(uri));
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    if (getaddrinfo(host.constData(), port.constData(), &hints, &addresses) != 0 || !addresses) {
        return VideoFailure::UnknownHost;
    }
    VideoFailure result = VideoFailure::Unreachable;
    for (addrinfo *a = addresses; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            continue;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        int error = 0;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                pollfd p{fd, POLLOUT, 0};
                if (::poll(&p, 1, timeoutMs) == 1) {
                    socklen_t length = sizeof(error);
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                } else {
                    error = ETIMEDOUT;
                }
            }
        }
        ::close(fd);
        if (error == 0) {
            result = VideoFailure::None;
            break;
        }
        if (error == ECONNREFUSED) {
            result = VideoFailure::Refused;
        }
    }
    freeaddrinfo(addresses);
    return result;
}

} // namespace tw
