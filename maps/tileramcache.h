#pragma once

#include "tileid.h"

#include <QCache>
#include <QImage>
#include <QMutex>

namespace tw {

/// Decoded tiles, least recently used first out, bounded in bytes. Thread-safe: the GUI thread
/// draws from it while workers insert.
class TileRamCache {
public:
    explicit TileRamCache(qint64 maxBytes = 256ll * 1024 * 1024);

    /// The tile, or a null image; `stale` is set when it is an expired copy being refreshed.
    /// `serial` (0 when absent) changes whenever the entry is replaced: what was drawn from it is
    /// up to date while the serial is the same. Serials are unique across all caches.
    QImage find(const TileKey &key, bool *stale = nullptr, quint64 *serial = nullptr) const;
    bool contains(const TileKey &key) const;
    void insert(const TileKey &key, const QImage &image, bool stale = false);
    void remove(const TileKey &key);
    void clear();
    qint64 bytes() const;
    qint64 maxBytes() const { return m_maxBytes; }
    int count() const;

private:
    struct Entry {
        QImage image;
        bool stale = false;
        quint64 serial = 0;
    };
    mutable QMutex m_mutex;
    mutable QCache<TileKey, Entry> m_cache; // cost in KiB
    qint64 m_maxBytes;
};

} // namespace tw
