#include "mbtiles.h"

#include "logging.h"
#include "webmercator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace tw {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tw-mbtiles-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(16);
    return file.size() == 0 || header.startsWith("SQLite format 3");
}

} // namespace

MbTiles::MbTiles() = default;

MbTiles::~MbTiles()
{
    close();
}

QSqlQuery &MbTiles::statement(Statement which, const char *sql) const
{
    std::unique_ptr<QSqlQuery> &slot = m_statements[std::size_t(which)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        slot->setForwardOnly(true);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

void MbTiles::close()
{
    for (std::unique_ptr<QSqlQuery> &statement : m_statements) {
        statement.reset();
    }
    if (m_connection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Status MbTiles::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "file not found"), {}, path};
    }
    if (!looksLikeSqlite(path) || info.size() == 0) {
        return Error{QCoreApplication::translate("tw::MbTiles", "not an MBTiles file (not an SQLite database)"), {}, path};
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{QCoreApplication::translate("tw::MbTiles", "cannot open: %1").arg(message), {}, path};
        }
    }
    m_connection = name;
    Status schema = checkSchema();
    if (!schema) {
        close();
    }
    return schema;
}

Status MbTiles::checkSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','view')"))) {
        return Error{QCoreApplication::translate("tw::MbTiles", "not an MBTiles file: %1").arg(query.lastError().text()), {}, m_path};
    }
    bool hasTiles = false;
    bool hasMetadata = false;
    while (query.next()) {
        hasTiles |= query.value(0).toString() == QLatin1String("tiles");
        hasMetadata |= query.value(0).toString() == QLatin1String("metadata");
    }
    if (!hasTiles || !hasMetadata) {
        return Error{QCoreApplication::translate("tw::MbTiles", "not an MBTiles file: the \"tiles\" and \"metadata\" tables are missing"), {}, m_path};
    }
    return {};
}

Status MbTiles::create(const QString &path)
{
    close();
    m_path = path;
    if (QFileInfo::exists(path) && !looksLikeSqlite(path)) {
        return Error{QCoreApplication::translate("tw::MbTiles", "exists and is not an SQLite database; not overwriting it"), {}, path};
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{QCoreApplication::translate("tw::MbTiles", "cannot create: %1").arg(message), {}, path};
        }
    }
    m_connection = name;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT)",
        "CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)",
        "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)",
        "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)",
    };
    for (const char *sql : statements) {
        if (!query.exec(QString::fromLatin1(sql))) {
            const QString message = query.lastError().text();
            close();
            return Error{QCoreApplication::translate("tw::MbTiles", "cannot create the MBTiles tables: %1").arg(message), {}, path};
        }
    }
    return {};
}

Result<QByteArray> MbTiles::tile(TileId tile) const
{
    if (!isOpen()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "the file is not open"), {}, m_path};
    }
    QSqlQuery &query = statement(Statement::Tile, "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    query.bindValue(0, tile.z);
    query.bindValue(1, tile.x);
    query.bindValue(2, tile.tmsRow());
    if (!query.exec()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot read tile %1: %2").arg(tile.toString(), query.lastError().text()), {}, m_path};
    }
    const QByteArray data = query.next() ? query.value(0).toByteArray() : QByteArray();
    query.finish();
    return data;
}

Result<QHash<TileId, QByteArray>> MbTiles::tiles(const QList<TileId> &tiles) const
{
    if (!isOpen()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "the file is not open"), {}, m_path};
    }
    QHash<int, QList<TileId>> byZoom;
    for (const TileId &tile : tiles) {
        if (tile.isValid()) {
            byZoom[tile.z] << tile;
        }
    }
    QHash<TileId, QByteArray> found;
    QSqlQuery &query = statement(Statement::Range, "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ?"
                                                   " AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?");
    for (auto it = byZoom.cbegin(); it != byZoom.cend(); ++it) {
        // The bounding range of the wanted tiles: a screenful is a near-full rectangle, so this
        // reads few tiles that were not asked for, and those are dropped below. A view across the
        // antimeridian wants columns at both ends of the world: one range per run of columns.
        QSet<TileId> wanted;
        QList<int> columns;
        int row0 = INT_MAX, row1 = INT_MIN;
        for (const TileId &tile : it.value()) {
            row0 = std::min(row0, tile.tmsRow());
            row1 = std::max(row1, tile.tmsRow());
            wanted.insert(tile);
            columns << tile.x;
        }
        std::sort(columns.begin(), columns.end());
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= columns.size(); ++i) {
            if (i < columns.size() && columns[i] - columns[i - 1] <= 2) {
                continue;
            }
            query.bindValue(0, it.key());
            query.bindValue(1, columns[runStart]);
            query.bindValue(2, columns[i - 1]);
            query.bindValue(3, row0);
            query.bindValue(4, row1);
            if (!query.exec()) {
                return Error{QCoreApplication::translate("tw::MbTiles", "cannot read tiles at zoom %1: %2").arg(it.key()).arg(query.lastError().text()), {}, m_path};
            }
            while (query.next()) {
                const TileId tile = TileId::fromTms(it.key(), query.value(0).toInt(), query.value(1).toInt());
                if (wanted.contains(tile)) {
                    found.insert(tile, query.value(2).toByteArray());
                }
            }
            query.finish();
            runStart = i;
        }
    }
    return found;
}

bool MbTiles::hasTile(TileId tile) const
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery &query = statement(Statement::Has, "SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    query.bindValue(0, tile.z);
    query.bindValue(1, tile.x);
    query.bindValue(2, tile.tmsRow());
    const bool has = query.exec() && query.next();
    query.finish();
    return has;
}

Status MbTiles::writeTile(TileId tile, const QByteArray &data)
{
    if (!tile.isValid()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "invalid tile %1").arg(tile.toString()), {}, m_path};
    }
    QSqlQuery &query = statement(Statement::Write, "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)");
    query.bindValue(0, tile.z);
    query.bindValue(1, tile.x);
    query.bindValue(2, tile.tmsRow());
    query.bindValue(3, data);
    if (!query.exec()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot write tile %1: %2").arg(tile.toString(), query.lastError().text()), {}, m_path};
    }
    query.finish();
    return {};
}

qint64 MbTiles::tileCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(QStringLiteral("SELECT count(*) FROM tiles")) && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 MbTiles::averageTileBytes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(QStringLiteral("SELECT avg(length(tile_data)) FROM tiles")) && query.next() ? qint64(query.value(0).toDouble()) : 0;
}

QMap<QString, QString> MbTiles::metadata() const
{
    QMap<QString, QString> values;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        while (query.next()) {
            values.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    return values;
}

Status MbTiles::setMetadata(const QString &name, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM metadata WHERE name = ?"));
    query.addBindValue(name);
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO metadata (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot write metadata %1: %2").arg(name, query.lastError().text()), {}, m_path};
    }
    return {};
}

int MbTiles::minZoom() const
{
    bool ok = false;
    const int z = metadata().value(QStringLiteral("minzoom")).toInt(&ok);
    if (ok) {
        return z;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(QStringLiteral("SELECT min(zoom_level) FROM tiles")) && query.next() ? query.value(0).toInt() : 0;
}

int MbTiles::maxZoom() const
{
    bool ok = false;
    const int z = metadata().value(QStringLiteral("maxzoom")).toInt(&ok);
    if (ok) {
        return z;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(QStringLiteral("SELECT max(zoom_level) FROM tiles")) && query.next() ? query.value(0).toInt() : 0;
}

QString MbTiles::format() const
{
    const QString f = metadata().value(QStringLiteral("format")).toLower();
    return f == QLatin1String("jpeg") ? QStringLiteral("jpg") : f;
}

Status MbTiles::updateBoundsFromTiles()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("SELECT min(zoom_level), max(zoom_level) FROM tiles")) || !query.next()
        || query.value(0).isNull()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "the file has no tiles"), {}, m_path};
    }
    const int minZ = query.value(0).toInt();
    const int maxZ = query.value(1).toInt();
    query.prepare(QStringLiteral("SELECT min(tile_column), max(tile_column), min(tile_row), max(tile_row) FROM tiles WHERE zoom_level = ?"));
    query.addBindValue(maxZ);
    if (!query.exec() || !query.next()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot read the tile range: %1").arg(query.lastError().text()), {}, m_path};
    }
    const QRectF first = WebMercator::tileBounds(TileId::fromTms(maxZ, query.value(0).toInt(), query.value(3).toInt()));
    const QRectF last = WebMercator::tileBounds(TileId::fromTms(maxZ, query.value(1).toInt(), query.value(2).toInt()));
    const QRectF bounds = first.united(last);
    auto number = [](double v) { return QString::number(v, 'f', 6); };
    Status status = setMetadata(QStringLiteral("bounds"), QStringList{number(bounds.left()), number(bounds.top()),
                                                                       number(bounds.right()), number(bounds.bottom())}
                                                              .join(QLatin1Char(',')));
    if (status) {
        status = setMetadata(QStringLiteral("center"), QStringList{number(bounds.center().x()), number(bounds.center().y()),
                                                                    QString::number(minZ)}
                                                           .join(QLatin1Char(',')));
    }
    if (status) {
        status = setMetadata(QStringLiteral("minzoom"), QString::number(minZ));
    }
    if (status) {
        status = setMetadata(QStringLiteral("maxzoom"), QString::number(maxZ));
    }
    return status;
}

Status MbTiles::beginTransaction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot start a transaction: %1").arg(db.lastError().text()), {}, m_path};
    }
    return {};
}

Status MbTiles::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.commit()) {
        return Error{QCoreApplication::translate("tw::MbTiles", "cannot commit: %1").arg(db.lastError().text()), {}, m_path};
    }
    return {};
}

} // namespace tw
