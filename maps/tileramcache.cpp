#include "tileramcache.h"

#include <algorithm>
#include <atomic>

namespace tw {

namespace {

std::atomic<quint64> s_nextSerial{1};

qsizetype costKiB(const QImage &image)
{
    return std::max<qsizetype>(1, image.sizeInBytes() / 1024);
}

} // namespace

TileRamCache::TileRamCache(qint64 maxBytes) : m_maxBytes(maxBytes)
{
    m_cache.setMaxCost(std::max<qint64>(1, maxBytes / 1024));
}

QImage TileRamCache::find(const TileKey &key, bool *stale, quint64 *serial) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *entry = m_cache.object(key);
    if (stale) {
        *stale = entry && entry->stale;
    }
    if (serial) {
        *serial = entry ? entry->serial : 0;
    }
    return entry ? entry->image : QImage();
}

bool TileRamCache::contains(const TileKey &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.contains(key);
}

void TileRamCache::insert(const TileKey &key, const QImage &image, bool stale)
{
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new Entry{image, stale, s_nextSerial.fetch_add(1, std::memory_order_relaxed)}, costKiB(image));
}

void TileRamCache::remove(const TileKey &key)
{
    QMutexLocker lock(&m_mutex);
    m_cache.remove(key);
}

void TileRamCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

qint64 TileRamCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_cache.totalCost()) * 1024;
}

int TileRamCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cache.count());
}

} // namespace tw
