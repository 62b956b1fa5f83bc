#pragma once

#include "tileid.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace tw {

class MbTiles;

/// The one thread that touches tile databases: MBTiles files and the on-disk HTTP tile cache
/// (SQLite, with expiry). The tile manager calls its slots by queued invocation; results come
/// back as queued signals. Decoding happens off the GUI thread: here, and for batches of a local
/// file on a decode pool of its own (the global pool may be busy with layer builds), each tile
/// sent as soon as it is decoded.
class TileWorker : public QObject {
    Q_OBJECT
public:
    /// `diskCachePath` empty: no disk cache.
    explicit TileWorker(const QString &diskCachePath, QObject *parent = nullptr);
    ~TileWorker() override;

    /// Opens a local MBTiles file ahead of its first tiles, so the first screen does not wait for it.
    void prepareLocal(const QString &path);
    /// Reads and decodes a tile of a local MBTiles file.
    void loadLocal(const tw::TileKey &key, const QString &path);
    /// Reads several tiles of one MBTiles file with one query and decodes them in parallel: how a
    /// cold screen fills fast.
    void loadLocalBatch(const QList<tw::TileKey> &keys, const QString &path);
    /// Looks a remote tile up in the disk cache: emits loaded (maybe stale) or missing.
    void lookup(const tw::TileKey &key);
    /// Decodes downloaded bytes, stores them in the disk cache and emits loaded (or failed).
    void storeDownloaded(const tw::TileKey &key, const QByteArray &data, qint64 expiresAtMs);
    /// Deletes expired entries beyond `keepBytes` of cache, oldest first.
    void trimDiskCache(qint64 keepBytes);

Q_SIGNALS:
    void loaded(const tw::TileKey &key, const QImage &image, bool stale);
    /// Not in the file or the cache; `remote` tells the manager to download it.
    void missing(const tw::TileKey &key, bool remote);
    void failed(const tw::TileKey &key, const QString &message);

private:
    bool openDiskCache();
    MbTiles *mbtiles(const QString &path);

    QString m_diskCachePath;
    QString m_diskConnection;
    bool m_diskCacheBroken = false;
    QHash<QString, std::shared_ptr<MbTiles>> m_files;
    QThreadPool m_decodePool;
};

/// Decodes tile bytes into an ARGB32 premultiplied image; a null image when it is not an image.
QImage decodeTile(const QByteArray &data);

} // namespace tw
