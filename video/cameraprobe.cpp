#include "cameraprobe.h"

#include "videofailure.h"

#include <QMutex>
#include <QSocketNotifier>
#include <QThreadPool>

#include <netdb.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace tw {

namespace {

constexpr int kMaxResponseBytes = 16 * 1024;

// Host name lookups of probes: a pool of their own, so a slow DNS server never holds up the
// global pool's workers (map rendering, connection diagnosis).
QThreadPool *resolverPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QString errnoText(int error)
{
    if (error == ECONNREFUSED) {
        return QStringLiteral("connection refused");
    }
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// What a host name lookup on a worker shares with its probe: the probe lets go in its destructor.
struct CameraProbe::Link {
    QMutex mutex;
    CameraProbe *owner = nullptr; // guarded by mutex
    std::atomic<bool> resolving{false};
};

CameraProbe::CameraProbe(QObject *parent) : QObject(parent), m_link(std::make_shared<Link>())
{
    m_link->owner = this;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false, QStringLiteral("timed out")); });
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &CameraProbe::release);
}

CameraProbe::~CameraProbe()
{
    {
        QMutexLocker lock(&m_link->mutex);
        m_link->owner = nullptr;
    }
    closeSocket();
    release();
}

bool CameraProbe::isResolving() const
{
    return m_link->resolving;
}

bool CameraProbe::isServingStatus(int status)
{
    switch (status) {
    case 401: // there, and decides by the credentials the pipeline has
    case 403:
    case 405: // there, and does not know the probe's method
    case 501:
        return true;
    default:
        return status >= 200 && status < 400; // 3xx: the pipeline follows redirects
    }
}

void CameraProbe::start(const QUrl &uri, int timeoutMs, int holdMs)
{
    cancel();
    release();
    m_holdMs = holdMs;
    m_uri = uri;
    m_running = true;
    m_addresses.clear();
    m_nextAddress = 0;
    m_lastErrno = 0;
    m_response.clear();
    // rtsps and https are TLS: a connect is as far as a cheap probe goes there.
    const QString scheme = uri.scheme();
    m_protocol = scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtspt") ? QByteArrayLiteral("RTSP")
        : scheme == QLatin1String("http")                                           ? QByteArrayLiteral("HTTP")
                                                                                    : QByteArray();
    m_timeout.start(qMax(1, timeoutMs));

    const QByteArray host = uri.host().toUtf8();
    if (host.isEmpty()) {
        finish(false, QStringLiteral("no host"));
        return;
    }
    const int port = networkPort(uri);
    std::vector<Address> numeric = lookUp(host, port, true);
    if (!numeric.empty()) {
        resolved(m_generation, std::move(numeric));
        return;
    }
    if (isResolving()) {
        return; // the earlier lookup still hangs; this probe ends by its timeout
    }
    m_link->resolving = true;
    const quint64 generation = m_generation;
    resolverPool()->start([link = m_link, generation, host, port] {
        std::vector<Address> found = lookUp(host, port, false);
        link->resolving = false;
        QMutexLocker lock(&link->mutex);
        if (link->owner) {
            // Queued to the probe itself: dropped by Qt if the probe is destroyed before it runs.
            QMetaObject::invokeMethod(
                link->owner,
                [owner = link->owner, generation, found = std::move(found)]() mutable {
                    owner->resolved(generation, std::move(found));
                },
                Qt::QueuedConnection);
        }
    });
}

void CameraProbe::cancel()
{
    closeSocket();
    m_timeout.stop();
    m_running = false;
    ++m_generation; // a lookup still under way is ignored when it returns
}

void CameraProbe::release()
{
    m_hold.stop();
    if (m_heldFd >= 0) {
        ::close(m_heldFd);
        m_heldFd = -1;
    }
}

std::vector<CameraProbe::Address> CameraProbe::lookUp(const QByteArray &host, int port, bool numericOnly)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV | (numericOnly ? AI_NUMERICHOST : 0);
    addrinfo *list = nullptr;
    std::vector<Address> addresses;
    if (getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &list) != 0) {
        return addresses;
    }
    for (addrinfo *a = list; a; a = a->ai_next) {
        if (a->ai_addrlen <= sizeof(sockaddr_storage)) {
            Address address;
            std::memcpy(&address.storage, a->ai_addr, a->ai_addrlen);
            address.length = a->ai_addrlen;
            addresses.push_back(address);
        }
    }
    freeaddrinfo(list);
    return addresses;
}

void CameraProbe::resolved(quint64 generation, std::vector<Address> addresses)
{
    if (generation != m_generation || !m_running) {
        return;
    }
    if (addresses.empty()) {
        finish(false, QStringLiteral("unknown host"));
        return;
    }
    m_addresses = std::move(addresses);
    connectNext();
}

void CameraProbe::connectNext()
{
    closeSocket();
    while (m_nextAddress < m_addresses.size()) {
        const Address &address = m_addresses[m_nextAddress++];
        const int fd = ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            m_lastErrno = errno;
            continue;
        }
        m_fd = fd;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address.storage), address.length) == 0) {
            connectionReady();
            return;
        }
        if (errno == EINPROGRESS) {
            connect(watch(QSocketNotifier::Write), &QSocketNotifier::activated, this, [this] {
                int error = 0;
                socklen_t length = sizeof(error);
                ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0) {
                    m_lastErrno = error;
                    connectNext();
                } else {
                    connectionReady();
                }
            });
            return;
        }
        m_lastErrno = errno;
        closeSocket();
    }
    finish(false, errnoText(m_lastErrno));
}

void CameraProbe::connectionReady()
{
    if (m_protocol.isEmpty()) {
        finish(true, QStringLiteral("TCP connect"));
        return;
    }
    sendRequest();
}

void CameraProbe::sendRequest()
{
    // RTSP: DESCRIBE, not OPTIONS: servers answer OPTIONS for any path, DESCRIBE says whether
    // this stream exists now. No session is created, so nothing needs tearing down.
    // HTTP: HEAD of the stream's path, which sends no body.
    QByteArray request;
    if (m_protocol == "RTSP") {
        request = "DESCRIBE " + m_uri.toEncoded(QUrl::RemoveUserInfo)
            + " RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\nUser-Agent: Tidewatch\r\n\r\n";
    } else {
        const QByteArray path = m_uri.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        QUrl hostOnly = m_uri;
        hostOnly.setUserInfo(QString());
        request = "HEAD " + (path.isEmpty() ? QByteArrayLiteral("/") : path) + " HTTP/1.1\r\nHost: "
            + hostOnly.authority(QUrl::FullyEncoded).toUtf8()
            + "\r\nUser-Agent: Tidewatch\r\nConnection: close\r\n\r\n";
    }
    const ssize_t sent = ::send(m_fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    if (sent != ssize_t(request.size())) {
        finish(false, sent < 0 ? errnoText(errno) : QStringLiteral("request not sent"));
        return;
    }
    connect(watch(QSocketNotifier::Read), &QSocketNotifier::activated, this, &CameraProbe::readResponse);
}

void CameraProbe::readResponse()
{
    char buffer[4096];
    const ssize_t got = ::recv(m_fd, buffer, sizeof(buffer), 0);
    if (got < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            finish(false, errnoText(errno));
        }
        return;
    }
    m_response.append(buffer, got);
    const int lineEnd = int(m_response.indexOf("\r\n"));
    if (lineEnd < 0 && got > 0 && m_response.size() < kMaxResponseBytes) {
        return; // the status line is not complete yet
    }
    // "RTSP/1.0 404 Not Found", "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = m_response.left(lineEnd < 0 ? m_response.size() : lineEnd).split(' ');
    bool numeric = false;
    const int status = parts.size() >= 2 && parts.first().startsWith(QByteArray(m_protocol + '/')) ? parts.at(1).toInt(&numeric) : 0;
    if (!numeric) {
        finish(false, got == 0 ? QStringLiteral("closed without an answer")
                               : QStringLiteral("not an %1 answer").arg(QString::fromLatin1(m_protocol)));
        return;
    }
    finish(isServingStatus(status), QStringLiteral("%1 %2").arg(QString::fromLatin1(m_protocol)).arg(status));
}

QSocketNotifier *CameraProbe::watch(int type)
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater(); // may be the one whose activation is being handled
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Type(type), this);
    return m_notifier;
}

void CameraProbe::closeSocket()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void CameraProbe::finish(bool serving, const QString &detail)
{
    if (!m_running) {
        return;
    }
    if (serving && m_holdMs > 0 && m_fd >= 0) {
        // Not read any more: whatever the server sends or closes waits in the kernel's buffer.
        std::swap(m_heldFd, m_fd);
        m_hold.start(m_holdMs);
    }
    cancel();
    Q_EMIT finished(serving, detail);
}

} // namespace tw
