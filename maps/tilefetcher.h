#pragma once

#include "tileid.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tw {

/// Downloads tiles over HTTP: at most `maxPerHost` requests in flight per host, retries with
/// exponential backoff for timeouts, network errors and 5xx, no retry for 4xx. Lives in the
/// GUI thread (QNetworkAccessManager is asynchronous); never blocks.
class TileFetcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxPerHost = 4;
        int maxAttempts = 3;
        int timeoutMs = 10000;
        int firstBackoffMs = 500;
        qint64 defaultLifetimeMs = 7ll * 24 * 3600 * 1000;
        QByteArray userAgent = "Tidewatch/" TW_VERSION;
    };

    explicit TileFetcher(QObject *parent = nullptr);
    TileFetcher(const Options &options, QObject *parent = nullptr);
    ~TileFetcher() override;

    /// Queues a download; a second request for the same key while one is queued is ignored.
    void fetch(const tw::TileKey &key, const QUrl &url, const QMap<QByteArray, QByteArray> &headers = {});
    /// Forgets every queued (not yet started) request, e.g. after a big jump of the view.
    void clearQueue();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// Bytes as received (not decoded) and when they expire (Cache-Control/Expires, or a default).
    void fetched(const tw::TileKey &key, const QByteArray &data, qint64 expiresAtMs);
    /// The server has no such tile (404 and other 4xx): draw a blank, do not retry.
    void notFound(const tw::TileKey &key);
    /// Gave up after the retries; `message` names the URL and the reason.
    void failed(const tw::TileKey &key, const QString &message);

private:
    struct Job {
        TileKey key;
        QUrl url;
        QMap<QByteArray, QByteArray> headers;
        int attempt = 0;
    };
    void pump();
    void start(Job job);
    void finished(QNetworkReply *reply, Job job);
    qint64 expiryOf(QNetworkReply *reply) const;

    Options m_options;
    QNetworkAccessManager *m_network;
    QHash<QString, QList<Job>> m_queues;  // host -> waiting jobs (newest last)
    QHash<QString, int> m_running;        // host -> in flight
    QHash<TileKey, bool> m_pending;       // queued, running or waiting for a retry
};

} // namespace tw
