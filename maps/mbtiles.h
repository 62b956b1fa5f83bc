#pragma once

#include "result.h"
#include "tileid.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <array>
#include <memory>

class QSqlQuery;

namespace tw {

/// An MBTiles 1.3 raster file: reads and writes tiles (TMS rows inside, XYZ ids outside) and
/// metadata. Holds one SQLite connection, usable only from the thread that opened it, and keeps
/// its tile statements prepared.
class MbTiles {
public:
    enum class Mode { ReadOnly, ReadWrite };

    MbTiles();
    ~MbTiles();
    MbTiles(const MbTiles &) = delete;
    MbTiles &operator=(const MbTiles &) = delete;

    /// Opens an existing file. Errors: not found, not SQLite, no `tiles`/`metadata` tables.
    Status open(const QString &path, Mode mode = Mode::ReadOnly);
    /// Opens or creates a file for writing: creates the tables and unique index when missing.
    Status create(const QString &path);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }

    /// The tile's encoded image; an empty array when the file has no such tile.
    Result<QByteArray> tile(TileId tile) const;
    /// Several tiles with one query per zoom level (a screenful at once); tiles the file lacks are
    /// absent from the result.
    Result<QHash<TileId, QByteArray>> tiles(const QList<TileId> &tiles) const;
    bool hasTile(TileId tile) const;
    Status writeTile(TileId tile, const QByteArray &data);
    qint64 tileCount() const;
    /// The mean size of the stored tiles in bytes; 0 when the file has none.
    qint64 averageTileBytes() const;

    QMap<QString, QString> metadata() const;
    Status setMetadata(const QString &name, const QString &value);
    /// minzoom/maxzoom from metadata, or from the tiles when metadata lacks them.
    int minZoom() const;
    int maxZoom() const;
    /// "png" or "jpg" (metadata `format`).
    QString format() const;
    /// Writes `bounds`, `center`, `minzoom`, `maxzoom` computed from the tiles present.
    Status updateBoundsFromTiles();

    Status beginTransaction();
    Status commit();

private:
    enum class Statement { Tile, Range, Has, Write, Count };
    Status checkSchema();
    /// The prepared statement, prepared on first use.
    QSqlQuery &statement(Statement which, const char *sql) const;

    QString m_connection;
    QString m_path;
    mutable std::array<std::unique_ptr<QSqlQuery>, std::size_t(Statement::Count)> m_statements;
};

} // namespace tw
