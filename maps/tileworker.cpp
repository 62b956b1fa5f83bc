#include "tileworker.h"

#include "logging.h"
#include "mbtiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace tw {

QImage decodeTile(const QByteArray &data)
{
    // Named by its first bytes: the reader then goes straight to the right decoder instead of
    // asking every image plugin whether it can read the data.
    const char *format = nullptr;
    if (data.startsWith("\xff\xd8")) {
        format = "jpeg";
    } else if (data.startsWith("\x89PNG")) {
        format = "png";
    } else if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        format = "webp";
    }
    QImage image;
    if (data.isEmpty() || !image.loadFromData(data, format)) {
        return {};
    }
    // Opaque tiles (JPEG, most PNG) stay RGB32: drawing them is a copy as well, and converting
    // would cost a second pass over every pixel.
    if (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied) {
        return image;
    }
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
}

TileWorker::TileWorker(const QString &diskCachePath, QObject *parent)
    : QObject(parent), m_diskCachePath(diskCachePath)
{
    m_decodePool.setObjectName(QStringLiteral("tw-tile-decode"));
    m_decodePool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_decodePool.setExpiryTimeout(60000);
}

TileWorker::~TileWorker()
{
    m_decodePool.waitForDone(); // decode jobs emit this object's signals
    m_files.clear();
    if (!m_diskConnection.isEmpty()) {
        QSqlDatabase::database(m_diskConnection, false).close();
        QSqlDatabase::removeDatabase(m_diskConnection);
    }
}

MbTiles *TileWorker::mbtiles(const QString &path)
{
    auto it = m_files.find(path);
    if (it == m_files.end()) {
        auto file = std::make_shared<MbTiles>();
        if (Status status = file->open(path); !status) {
            qCWarning(lcMaps) << status.errorString();
            file.reset();
        }
        it = m_files.insert(path, file);
    }
    return it->get();
}

void TileWorker::prepareLocal(const QString &path)
{
    mbtiles(path);
}

void TileWorker::loadLocal(const TileKey &key, const QString &path)
{
    MbTiles *file = mbtiles(path);
    if (!file) {
        Q_EMIT failed(key, tr("cannot open %1").arg(path));
        return;
    }
    Result<QByteArray> data = file->tile(key.tile);
    if (!data) {
        Q_EMIT failed(key, data.errorString());
        return;
    }
    if (data->isEmpty()) {
        Q_EMIT missing(key, false);
        return;
    }
    const QImage image = decodeTile(*data);
    if (image.isNull()) {
        Q_EMIT failed(key, tr("tile %1 of %2 is not a readable image").arg(key.tile.toString(), path));
        return;
    }
    Q_EMIT loaded(key, image, false);
}

void TileWorker::loadLocalBatch(const QList<TileKey> &keys, const QString &path)
{
    MbTiles *file = mbtiles(path);
    if (!file) {
        for (const TileKey &key : keys) {
            Q_EMIT failed(key, tr("cannot open %1").arg(path));
        }
        return;
    }
    QList<TileId> ids;
    ids.reserve(keys.size());
    for (const TileKey &key : keys) {
        ids << key.tile;
    }
    const Result<QHash<TileId, QByteArray>> data = file->tiles(ids);
    if (!data) {
        for (const TileKey &key : keys) {
            Q_EMIT failed(key, data.errorString());
        }
        return;
    }
    // Decoding dominates a cold screen: spread it over the cores, and send each tile as soon as
    // it is ready so the first ones show while the rest decode.
    for (const TileKey &key : keys) {
        const QByteArray bytes = data->value(key.tile);
        if (bytes.isEmpty()) {
            Q_EMIT missing(key, false);
            continue;
        }
        m_decodePool.start([this, key, bytes, path] {
            const QImage image = decodeTile(bytes);
            if (image.isNull()) {
                Q_EMIT failed(key, tr("tile %1 of %2 is not a readable image").arg(key.tile.toString(), path));
            } else {
                Q_EMIT loaded(key, image, false);
            }
        });
    }
}

bool TileWorker::openDiskCache()
{
    if (!m_diskConnection.isEmpty()) {
        return true;
    }
    if (m_diskCachePath.isEmpty() || m_diskCacheBroken) {
        return false;
    }
    QDir().mkpath(QFileInfo(m_diskCachePath).absolutePath());
    const QString name = QStringLiteral("tw-tilecache-%1").arg(quintptr(this), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_diskCachePath);
    QSqlQuery query(db);
    if (!db.open() || !query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tiles (source TEXT, z INTEGER, x INTEGER, y INTEGER,"
                                      " data BLOB, fetched_at_ms INTEGER, expires_at_ms INTEGER,"
                                      " PRIMARY KEY (source, z, x, y))"))) {
        qCWarning(lcMaps) << "tile disk cache unusable, continuing without it:" << m_diskCachePath
                          << db.lastError().text() << query.lastError().text();
        query = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        m_diskCacheBroken = true;
        return false;
    }
    m_diskConnection = name;
    return true;
}

void TileWorker::lookup(const TileKey &key)
{
    if (!openDiskCache()) {
        Q_EMIT missing(key, true);
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_diskConnection));
    query.prepare(QStringLiteral("SELECT data, expires_at_ms FROM tiles WHERE source = ? AND z = ? AND x = ? AND y = ?"));
    query.addBindValue(key.sourceId);
    query.addBindValue(key.tile.z);
    query.addBindValue(key.tile.x);
    query.addBindValue(key.tile.y);
    if (!query.exec() || !query.next()) {
        Q_EMIT missing(key, true);
        return;
    }
    const QImage image = decodeTile(query.value(0).toByteArray());
    if (image.isNull()) {
        Q_EMIT missing(key, true); // a damaged cache entry: download it again
        return;
    }
    const bool stale = query.value(1).toLongLong() < QDateTime::currentMSecsSinceEpoch();
    Q_EMIT loaded(key, image, stale);
}

void TileWorker::storeDownloaded(const TileKey &key, const QByteArray &data, qint64 expiresAtMs)
{
    const QImage image = decodeTile(data);
    if (image.isNull()) {
        Q_EMIT failed(key, tr("tile %1 from %2 is not a readable image").arg(key.tile.toString(), key.sourceId));
        return;
    }
    if (openDiskCache()) {
        QSqlQuery query(QSqlDatabase::database(m_diskConnection));
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO tiles (source, z, x, y, data, fetched_at_ms, expires_at_ms)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(key.sourceId);
        query.addBindValue(key.tile.z);
        query.addBindValue(key.tile.x);
        query.addBindValue(key.tile.y);
        query.addBindValue(data);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(expiresAtMs);
        if (!query.exec()) {
            qCWarning(lcMaps) << "cannot store tile in the disk cache:" << query.lastError().text();
        }
    }
    Q_EMIT loaded(key, image, false);
}

void TileWorker::trimDiskCache(qint64 keepBytes)
{
    if (!openDiskCache()) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_diskConnection));
    query.prepare(QStringLiteral("DELETE FROM tiles WHERE rowid IN (SELECT rowid FROM tiles WHERE expires_at_ms < ? AND"
                                 " (SELECT sum(length(data)) FROM tiles) > ? ORDER BY fetched_at_ms LIMIT 1000)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(keepBytes);
    query.exec();
}

} // namespace tw
