#pragma once

#include "tileid.h"
#include "tileramcache.h"
#include "tilesource.h"

#include <QImage>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QThread;

namespace tw {

class TileFetcher;
class TileWorker;

/// The stack of tile sources (bottom first) and everything that gets their tiles into RAM:
/// MBTiles and the disk cache read on one worker thread, HTTP through the fetcher, decoded tiles
/// in a byte-bounded LRU. Arrivals are coalesced into one `tilesChanged` per burst.
class TileManager : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString diskCachePath;               ///< empty: no disk cache
        qint64 ramCacheBytes = 256ll << 20;
        int repaintCoalesceMs = 16;
        int maxPerHost = 4;
        int timeoutMs = 10000;
        int firstBackoffMs = 500;
    };

    explicit TileManager(QObject *parent = nullptr);
    TileManager(const Options &options, QObject *parent = nullptr);
    ~TileManager() override;

    void setSources(const QList<TileSourceSpec> &sources);
    QList<TileSourceSpec> sources() const { return m_sources; }
    void addSource(const TileSourceSpec &source);
    void removeSource(const QString &sourceId);
    void setSourceVisible(const QString &sourceId, bool visible);
    void setSourceOpacity(const QString &sourceId, double opacity);
    /// The datum overlays must be shifted to: that of the bottom visible source.
    Datum displayDatum() const;

    /// A decoded tile from RAM; null when not there (yet). `known` tells a tile that is known to be
    /// blank (404, corrupt) from one still loading; `serial` identifies this copy of it (see
    /// TileRamCache::find).
    QImage tile(const TileKey &key, bool *known = nullptr, quint64 *serial = nullptr) const;
    /// Asks for a tile; it arrives later through `tilesChanged`. Cheap when already loaded.
    void request(const TileSourceSpec &source, TileId tile);
    /// Drops queued downloads the view no longer needs.
    void cancelQueued();
    int pendingCount() const { return int(m_pending.size()); }
    const TileRamCache &ramCache() const { return m_ram; }
    /// Unique among all managers of the process (renderers keep per-manager caches).
    quint64 instanceId() const { return m_instanceId; }
    /// The last error (a file that cannot be opened, a server that fails), for the status bar.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// Tiles arrived since the last emission; at most one per coalescing interval.
    void tilesChanged();
    /// Every requested tile has arrived or failed.
    void idle();
    void sourcesChanged();
    void errorOccurred(const QString &message);

private:
    void onLoaded(const TileKey &key, const QImage &image, bool stale);
    void onMissing(const TileKey &key, bool remote);
    void onFailed(const TileKey &key, const QString &message);
    void settle(const TileKey &key);
    void prepare(const TileSourceSpec &source);
    void flushLocal();
    const TileSourceSpec *sourceById(const QString &id) const;

    Options m_options;
    quint64 m_instanceId;
    QList<TileSourceSpec> m_sources;
    TileRamCache m_ram;
    QSet<TileKey> m_pending;
    QSet<TileKey> m_refreshing; // stale copies in RAM, download under way
    QHash<QString, QList<TileKey>> m_localBatch; // by file: sent to the worker as one read
    bool m_flushScheduled = false;
    QThread *m_thread;
    TileWorker *m_worker;
    TileFetcher *m_fetcher;
    QTimer m_coalesce;
    QString m_lastError;
};

} // namespace tw
