#include "tilefetcher.h"

#include "logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace tw {

TileFetcher::TileFetcher(QObject *parent) : TileFetcher(Options{}, parent)
{
}

TileFetcher::TileFetcher(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TileFetcher::~TileFetcher() = default;

void TileFetcher::fetch(const TileKey &key, const QUrl &url, const QMap<QByteArray, QByteArray> &headers)
{
    if (m_pending.contains(key) || !url.isValid()) {
        return;
    }
    m_pending.insert(key, true);
    m_queues[url.host()].append(Job{key, url, headers, 0});
    pump();
}

void TileFetcher::clearQueue()
{
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        for (const Job &job : std::as_const(it.value())) {
            m_pending.remove(job.key);
        }
        it->clear();
    }
}

void TileFetcher::pump()
{
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        int &running = m_running[it.key()];
        // Newest requests first: they are what the user is looking at now.
        while (running < m_options.maxPerHost && !it->isEmpty()) {
            ++running;
            start(it->takeLast());
        }
    }
}

void TileFetcher::start(Job job)
{
    QNetworkRequest request(job.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (auto h = job.headers.cbegin(); h != job.headers.cend(); ++h) {
        request.setRawHeader(h.key(), h.value());
    }
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] { finished(reply, job); });
}

qint64 TileFetcher::expiryOf(QNetworkReply *reply) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    static const QRegularExpression maxAge(QStringLiteral("max-age=(\\d+)"));
    const QRegularExpressionMatch match = maxAge.match(QString::fromLatin1(reply->rawHeader("Cache-Control")));
    if (match.hasMatch()) {
        return now + match.captured(1).toLongLong() * 1000;
    }
    const QDateTime expires = QDateTime::fromString(QString::fromLatin1(reply->rawHeader("Expires")), Qt::RFC2822Date);
    if (expires.isValid()) {
        return expires.toMSecsSinceEpoch();
    }
    return now + m_options.defaultLifetimeMs;
}

void TileFetcher::finished(QNetworkReply *reply, Job job)
{
    reply->deleteLater();
    const QString host = job.url.host();
    --m_running[host];
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        m_pending.remove(job.key);
        Q_EMIT fetched(job.key, reply->readAll(), expiryOf(reply));
    } else if (status >= 400 && status < 500) {
        m_pending.remove(job.key);
        qCDebug(lcMaps) << "no tile at" << job.url.toDisplayString() << status;
        Q_EMIT notFound(job.key);
    } else if (job.attempt + 1 < m_options.maxAttempts) {
        ++job.attempt;
        const int delay = m_options.firstBackoffMs << (job.attempt - 1);
        qCDebug(lcMaps) << "retrying" << job.url.toDisplayString() << "in" << delay << "ms:" << reply->errorString();
        QTimer::singleShot(delay, this, [this, job] {
            m_queues[job.url.host()].prepend(job); // behind what is wanted now
            pump();
        });
    } else {
        m_pending.remove(job.key);
        // A transfer timeout aborts the reply: it surfaces as "operation canceled".
        const QString reason = status ? QStringLiteral("HTTP %1").arg(status)
            : reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0)
            : reply->errorString();
        Q_EMIT failed(job.key, tr("cannot download %1: %2").arg(job.url.toDisplayString(), reason));
    }
    pump();
}

} // namespace tw
