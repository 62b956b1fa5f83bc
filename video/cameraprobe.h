#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace tw {

/// Asks a camera, cheaply and without blocking, whether it would serve its stream now: a TCP
/// connect to the URI's host and port and, for rtsp://, a DESCRIBE of the stream's path (for
/// http://, a HEAD): a server can stay up while one camera's path is gone, and a frozen server
/// accepts connections without answering. Non-blocking sockets on the calling thread's event loop; only the lookup
/// of a host name (not a numeric address) runs on a worker. One probe at a time per object.
///
/// A serving camera's connection can be held open for a while after the answer (start()'s
/// `holdMs`, release()): gst-rtsp-server based servers unprepare what a DESCRIBE prepared as soon
/// as that client leaves, and a DESCRIBE that arrives meanwhile (the real attempt's) gets
/// "503 Service Unavailable". Held, the stream stays prepared and the attempt simply shares it.
class CameraProbe : public QObject {
    Q_OBJECT
public:
    explicit CameraProbe(QObject *parent = nullptr);
    ~CameraProbe() override;

    /// Starts a probe (cancelling a running one, releasing a held connection); finished()
    /// follows within `timeoutMs`. When the camera serves, its connection is held `holdMs`.
    void start(const QUrl &uri, int timeoutMs, int holdMs = 0);
    /// Drops a running probe: no finished() for it. A held connection stays.
    void cancel();
    /// Closes a held connection.
    void release();
    bool isHolding() const { return m_heldFd >= 0; }
    bool isRunning() const { return m_running; }
    /// The host name lookup of an earlier probe is still running on a worker (slow DNS): a new
    /// probe of a host name would only queue behind it.
    bool isResolving() const;

    /// Whether an RTSP or HTTP status means the camera would serve: 2xx and 3xx, and the answers
    /// of a camera that is there but wants credentials (401, 403) or does not know the probe's
    /// method (405, 501). 404, 454, 503 and the like mean "not yet".
    static bool isServingStatus(int status);

Q_SIGNALS:
    /// `detail` says what was seen, for the log ("RTSP 404", "connection refused", "timed out").
    void finished(bool serving, const QString &detail);

private:
    struct Address {
        sockaddr_storage storage{};
        socklen_t length = 0;
    };

    void resolved(quint64 generation, std::vector<Address> addresses);
    void connectNext();
    void connectionReady();
    void sendRequest();
    void readResponse();
    void finish(bool serving, const QString &detail);
    void closeSocket();
    QSocketNotifier *watch(int type);

    static std::vector<Address> lookUp(const QByteArray &host, int port, bool numericOnly);

    QUrl m_uri;
    bool m_running = false;
    QByteArray m_protocol; // "RTSP", "HTTP", or empty for a TCP connect only
    quint64 m_generation = 0;
    std::vector<Address> m_addresses;
    size_t m_nextAddress = 0;
    int m_lastErrno = 0;
    int m_fd = -1;
    int m_heldFd = -1;
    int m_holdMs = 0;
    QTimer m_hold;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_response;
    QTimer m_timeout;
    struct Link;
    std::shared_ptr<Link> m_link;
};

} // namespace tw
