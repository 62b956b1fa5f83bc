#include "tilemanager.h"

#include "logging.h"
#include "tilefetcher.h"
#include "tileworker.h"

#include <QThread>

#include <atomic>

namespace tw {

namespace {

quint64 nextInstanceId()
{
    static std::atomic<quint64> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

} // namespace

TileManager::TileManager(QObject *parent) : TileManager(Options{}, parent)
{
}

TileManager::TileManager(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_instanceId(nextInstanceId()), m_ram(options.ramCacheBytes), m_thread(new QThread(this)),
      m_worker(new TileWorker(options.diskCachePath))
{
    qRegisterMetaType<TileKey>();
    TileFetcher::Options fetchOptions;
    fetchOptions.maxPerHost = options.maxPerHost;
    fetchOptions.timeoutMs = options.timeoutMs;
    fetchOptions.firstBackoffMs = options.firstBackoffMs;
    m_fetcher = new TileFetcher(fetchOptions, this);

    m_thread->setObjectName(QStringLiteral("tw-tiles"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    connect(m_worker, &TileWorker::loaded, this, &TileManager::onLoaded);
    connect(m_worker, &TileWorker::missing, this, &TileManager::onMissing);
    connect(m_worker, &TileWorker::failed, this, &TileManager::onFailed);
    connect(m_fetcher, &TileFetcher::fetched, this, [this](const TileKey &key, const QByteArray &data, qint64 expiresAtMs) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, key, data, expiresAtMs] {
            worker->storeDownloaded(key, data, expiresAtMs);
        });
    });
    connect(m_fetcher, &TileFetcher::notFound, this, [this](const TileKey &key) { onMissing(key, false); });
    connect(m_fetcher, &TileFetcher::failed, this, &TileManager::onFailed);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(options.repaintCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TileManager::tilesChanged);
}

TileManager::~TileManager()
{
    m_thread->quit();
    m_thread->wait();
}

void TileManager::setSources(const QList<TileSourceSpec> &sources)
{
    m_sources = sources;
    for (const TileSourceSpec &source : sources) {
        prepare(source);
    }
    Q_EMIT sourcesChanged();
}

void TileManager::addSource(const TileSourceSpec &source)
{
    removeSource(source.id);
    m_sources.append(source);
    prepare(source);
    Q_EMIT sourcesChanged();
}

void TileManager::prepare(const TileSourceSpec &source)
{
    // Open local files now, while nothing waits: the first screen of tiles then only reads.
    if (!source.isRemote() && !source.path.isEmpty()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, path = source.path] { worker->prepareLocal(path); });
    }
}

void TileManager::removeSource(const QString &sourceId)
{
    m_sources.removeIf([&](const TileSourceSpec &s) { return s.id == sourceId; });
    Q_EMIT sourcesChanged();
}

void TileManager::setSourceVisible(const QString &sourceId, bool visible)
{
    for (TileSourceSpec &s : m_sources) {
        if (s.id == sourceId) {
            s.visible = visible;
        }
    }
    Q_EMIT sourcesChanged();
}

void TileManager::setSourceOpacity(const QString &sourceId, double opacity)
{
    for (TileSourceSpec &s : m_sources) {
        if (s.id == sourceId) {
            s.opacity = std::clamp(opacity, 0.0, 1.0);
        }
    }
    Q_EMIT sourcesChanged();
}

Datum TileManager::displayDatum() const
{
    for (const TileSourceSpec &s : m_sources) {
        if (s.visible && !s.overlay) {
            return s.datum;
        }
    }
    return Datum::Wgs84;
}

const TileSourceSpec *TileManager::sourceById(const QString &id) const
{
    for (const TileSourceSpec &s : m_sources) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

QImage TileManager::tile(const TileKey &key, bool *known, quint64 *serial) const
{
    quint64 entrySerial = 0;
    QImage image = m_ram.find(key, nullptr, &entrySerial);
    if (known) {
        *known = entrySerial != 0;
    }
    if (serial) {
        *serial = entrySerial;
    }
    return image;
}

void TileManager::request(const TileSourceSpec &source, TileId tile)
{
    const TileKey key{source.id, tile};
    if (m_pending.contains(key) || m_ram.contains(key) || !tile.isValid()) {
        return;
    }
    m_pending.insert(key);
    if (source.isRemote()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, key] { worker->lookup(key); });
    } else {
        // Requests of one paint come in a burst: gather them into one read of the file.
        m_localBatch[source.path] << key;
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QMetaObject::invokeMethod(this, &TileManager::flushLocal, Qt::QueuedConnection);
        }
    }
}

void TileManager::flushLocal()
{
    m_flushScheduled = false;
    const QHash<QString, QList<TileKey>> batch = std::exchange(m_localBatch, {});
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, keys = it.value(), path = it.key()] { worker->loadLocalBatch(keys, path); });
    }
}

void TileManager::cancelQueued()
{
    m_fetcher->clearQueue();
}

void TileManager::onLoaded(const TileKey &key, const QImage &image, bool stale)
{
    m_ram.insert(key, image, stale);
    const TileSourceSpec *source = sourceById(key.sourceId);
    if (stale && source && !m_refreshing.contains(key)) {
        // Show the expired copy now, download a fresh one behind it.
        m_refreshing.insert(key);
        m_fetcher->fetch(key, source->tileUrl(key.tile), source->headers);
        m_coalesce.start();
        return;
    }
    m_refreshing.remove(key);
    if (!m_coalesce.isActive()) {
        m_coalesce.start();
    }
    settle(key);
}

void TileManager::onMissing(const TileKey &key, bool remote)
{
    const TileSourceSpec *source = sourceById(key.sourceId);
    if (remote && source) {
        const QUrl url = source->tileUrl(key.tile);
        if (url.isValid() && !url.isEmpty()) {
            m_fetcher->fetch(key, url, source->headers);
            return;
        }
    }
    if (!m_refreshing.remove(key)) {
        m_ram.insert(key, QImage()); // known blank: the parent placeholder stays
    }
    settle(key);
}

void TileManager::onFailed(const TileKey &key, const QString &message)
{
    if (m_lastError != message) {
        qCWarning(lcMaps) << message;
    }
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    if (!m_refreshing.remove(key)) {
        m_ram.insert(key, QImage());
    }
    settle(key);
}

void TileManager::settle(const TileKey &key)
{
    if (m_pending.remove(key) && m_pending.isEmpty()) {
        if (m_coalesce.isActive()) {
            m_coalesce.stop();
            Q_EMIT tilesChanged();
        }
        Q_EMIT idle();
    }
}

} // namespace tw
