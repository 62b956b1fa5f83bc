#include "tileramcache.h"

#include <algorithm>

namespace tw {

namespace {

qsizetype costKiB(const QImage &image)
{
    return std::max<qsizetype>(1, image.sizeInBytes() / 1024);
}

} // namespace

TileRamCache::TileRamCache(qint64 maxBytes) : m_maxBytes(maxBytes)
{
    m_cache.setMaxCost(std::max<qint64>(1, maxBytes / 1024));
}

QImage TileRamCache::find(const TileKey &key, bool *stale) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *entry = m_cache.object(key);
    if (stale) {
        *stale = entry && entry->stale;
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
    m_cache.insert(key, new Entry{image, stale}, costKiB(image));
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
