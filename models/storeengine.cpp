// The store engine: per-kind statements, transactions and record reads.

#include "storeengine.h"

#include "logging.h"
#include "storeschema.h"

namespace tw::Internal {

QVariant fromSqlValue(const FieldDef &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::TimeMs:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Json:
    case FieldType::Reference:
        break;
    }
    return value.toString();
}

// The per-kind statements, built once: building SQL text costs more than running a small insert.
const KindSql &kindSql(const KindDef &kind)
{
    static const QHash<int, KindSql> all = [] {
        QHash<int, KindSql> sql;
        for (const KindDef &k : allKinds()) {
            QStringList columns{QStringLiteral("id")};
            if (k.hasPoint) {
                columns << QStringLiteral("lon") << QStringLiteral("lat");
            }
            columns << QStringLiteral("created_at_ms") << QStringLiteral("updated_at_ms");
            for (const FieldDef &field : k.fields) {
                columns << field.key;
            }
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            QStringList selected{QStringLiteral("rid"), QStringLiteral("id")};
            selected << (k.hasPoint ? QStringList{QStringLiteral("lon"), QStringLiteral("lat")}
                                    : QStringList{QStringLiteral("NULL"), QStringLiteral("NULL")});
            selected << QStringLiteral("created_at_ms") << QStringLiteral("updated_at_ms");
            for (const FieldDef &field : k.fields) {
                selected << field.key;
            }
            sql.insert(int(k.kind),
                       KindSql{QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selected.join(QStringLiteral(", ")), k.table),
                               QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(k.table),
                               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(k.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                               QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(k.table),
                               QStringLiteral("SELECT rid FROM %1 WHERE id = ?").arg(k.table),
                               QStringLiteral("INSERT INTO %1(rid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)")
                                   .arg(StoreSchema::rtreeTable(k)),
                               QStringLiteral("UPDATE %1 SET min_lon = ?, max_lon = ?, min_lat = ?, max_lat = ? WHERE rid = ?")
                                   .arg(StoreSchema::rtreeTable(k)),
                               QStringLiteral("DELETE FROM %1 WHERE rid = ?").arg(StoreSchema::rtreeTable(k)),
                               k.kind == ResourceKind::Incidents
                                   ? QStringLiteral("INSERT INTO %1(rowid, incident_id, event_id, text) VALUES (?, ?, NULL, ?)")
                                         .arg(QLatin1String(StoreSchema::kIncidentFts))
                                   : QStringLiteral("INSERT INTO %1(rowid, kind, id, text) VALUES (?, %2, ?, ?)")
                                         .arg(QLatin1String(StoreSchema::kResourceFts), sqlLiteral(k.name)),
                               QStringLiteral("DELETE FROM %1 WHERE rowid = ?")
                                   .arg(QLatin1String(k.kind == ResourceKind::Incidents ? StoreSchema::kIncidentFts
                                                                                        : StoreSchema::kResourceFts))});
        }
        return sql;
    }();
    return *all.constFind(int(kind.kind)); // every kind is in the table
}

int StoreEngine::kindSqlSlot(QString KindSql::*which)
{
    static const std::array<QString KindSql::*, kKindSlots> members{
        &KindSql::selectById,  &KindSql::exists,      &KindSql::insert,      &KindSql::remove,    &KindSql::ridById,
        &KindSql::rtreeInsert, &KindSql::rtreeUpdate, &KindSql::rtreeDelete, &KindSql::ftsInsert, &KindSql::ftsDelete};
    for (int i = 0; i < kKindSlots; ++i) {
        if (members[i] == which) {
            return i;
        }
    }
    Q_UNREACHABLE();
}

Result<QSqlQuery *> StoreEngine::kindStatement(const KindDef &kind, QString KindSql::*which)
{
    const int kindIndex = int(kind.kind);
    const int slot = kindSqlSlot(which);
    QSqlQuery *&cached = m_kindStatements[kindIndex][slot];
    if (!cached) {
        Result<QSqlQuery *> prepared = statement(kindSql(kind).*which);
        if (!prepared) {
            return prepared.error();
        }
        cached = prepared.value();
    }
    return cached;
}

Result<SqliteStatement *> StoreEngine::nativeKindStatement(const KindDef &kind, QString KindSql::*which)
{
    SqliteStatement *&cached = m_nativeKindStatements[int(kind.kind)][kindSqlSlot(which)];
    if (!cached) {
        Result<SqliteStatement *> prepared = nativeStatement(kindSql(kind).*which);
        if (!prepared) {
            return prepared.error();
        }
        cached = prepared.value();
    }
    return cached;
}

const QString &StoreEngine::hlcText(const Hlc &hlc)
{
    if (!(hlc == m_hlcTextOf) || m_hlcText.isEmpty()) {
        m_hlcTextOf = hlc;
        m_hlcText = hlc.toString();
    }
    return m_hlcText;
}

QVariant toSqlValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant();
    }
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? 1 : 0;
    }
    return value;
}

StoreEngine::StoreEngine() = default;

StoreEngine::~StoreEngine()
{
    if (m_inTransaction) {
        rollback();
    }
    // Before the connection closes, so that it is the last one and removes the log.
    m_checkpointer.reset();
    // Every statement goes before the connection: SQLite does not close a connection with
    // unfinalized statements, and Qt warns when a connection is removed while queries use it.
    m_kindStatements = {};
    m_nativeKindStatements = {};
    m_logInsertLocal = nullptr;
    m_logInsertRemote = nullptr;
    m_begin = nullptr;
    m_commit = nullptr;
    m_dataVersionQuery = nullptr;
    m_insertStatements.clear();
    m_updateStatements.clear();
    m_native.reset();
    m_statements.reset();
    if (db.isValid()) {
        db.close();
    }
    db = QSqlDatabase();
    if (!connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(connectionName);
    }
}

void StoreEngine::checkpointInBackground(const QString &path)
{
    if (m_native.handle() && path != QLatin1String(":memory:")) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_native.handle(), path);
    }
}

Status StoreEngine::begin()
{
    if (m_inTransaction) {
        return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "a change is already being applied")), {}, {}};
    }
    if (!m_begin || !m_dataVersionQuery) {
        Result<SqliteStatement *> begin = nativeStatement(QStringLiteral("BEGIN IMMEDIATE"));
        Result<SqliteStatement *> version = nativeStatement(QStringLiteral("PRAGMA data_version"));
        if (!begin || !version) {
            return !begin ? begin.error() : version.error();
        }
        m_begin = begin.value();
        m_dataVersionQuery = version.value();
    }
    if (!m_begin->exec()) {
        Error error = m_begin->failure();
        error.message = storeTr(QT_TRANSLATE_NOOP("tw::Store", "the database is busy or read-only: %1")).arg(error.message);
        return error;
    }
    m_inTransaction = true;
    // Another connection to the same file may have written since our last transaction.
    qint64 dataVersion = -2;
    if (m_dataVersionQuery->exec() && m_dataVersionQuery->next()) {
        dataVersion = m_dataVersionQuery->integer(0);
        m_dataVersionQuery->finish();
    }
    if (dataVersion != m_dataVersion) {
        m_dataVersion = dataVersion;
        Result<QVariant> maxSeq = scalar(db, QStringLiteral("SELECT max(local_seq) FROM mutation_log"));
        Result<QVariant> maxHlc = scalar(db, QStringLiteral("SELECT max(hlc) FROM mutation_log"));
        if (!maxSeq || !maxHlc) {
            rollback();
            return !maxSeq ? maxSeq.error() : maxHlc.error();
        }
        m_nextLocalSeq = maxSeq->toLongLong() + 1;
        const Hlc stored = Hlc::fromString(maxHlc->toString());
        if (clock && stored > clock->last()) {
            clock->receive(stored);
        }
    }
    return {};
}

Status StoreEngine::commit()
{
    if (!m_commit) {
        Result<SqliteStatement *> commit = nativeStatement(QStringLiteral("COMMIT"));
        if (!commit) {
            rollback();
            return commit.error();
        }
        m_commit = commit.value();
    }
    if (Status indexed = writeDeferredIndexes(); !indexed) {
        rollback();
        return indexed;
    }
    if (!m_commit->exec()) {
        Error error = m_commit->failure();
        rollback();
        return error;
    }
    m_inTransaction = false;
    m_deferIndexes = false;
    return {};
}

void StoreEngine::rollback()
{
    if (!m_inTransaction) {
        return;
    }
    Result<QSqlQuery *> rollback = statement(QStringLiteral("ROLLBACK"));
    if (rollback && !(*rollback)->exec()) {
        sqlFailure(**rollback, {});
    }
    m_inTransaction = false;
    m_deferIndexes = false;
    m_dataVersion = -1; // re-read the sequence: the rolled-back numbers are free again
    m_effects = {};
}

QString StoreEngine::selectColumns(const KindDef &kind, const QString &alias) const
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns{p + QStringLiteral("rid"), p + QStringLiteral("id")};
    if (kind.hasPoint) {
        columns << p + QStringLiteral("lon") << p + QStringLiteral("lat");
    } else {
        columns << QStringLiteral("NULL") << QStringLiteral("NULL");
    }
    columns << p + QStringLiteral("created_at_ms") << p + QStringLiteral("updated_at_ms");
    for (const FieldDef &field : kind.fields) {
        columns << p + field.key;
    }
    return columns.join(QStringLiteral(", "));
}

Record StoreEngine::recordFromRow(const KindDef &kind, const QSqlQuery &query, int first) const
{
    Record record;
    record.kind = kind.kind;
    record.id = query.value(first + 1).toString();
    if (kind.hasPoint) {
        record.point = LonLat(query.value(first + 2).toDouble(), query.value(first + 3).toDouble());
    }
    record.createdAtMs = query.value(first + 4).toLongLong();
    record.updatedAtMs = query.value(first + 5).toLongLong();
    for (int i = 0; i < kind.fields.size(); ++i) {
        const QVariant value = query.value(first + 6 + i);
        if (!value.isNull()) {
            record.values.insert(kind.fields[i].key, fromSqlValue(kind.fields[i], value));
        }
    }
    return record;
}

Result<Record> StoreEngine::readRecord(const KindDef &kind, const QString &id)
{
    Result<QSqlQuery *> query =
        kindStatement(kind, &KindSql::selectById);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (!q.next()) {
        return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no %1 with id \"%2\""))
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    Record record = recordFromRow(kind, q);
    q.finish();
    return record;
}

Result<bool> StoreEngine::exists(const KindDef &kind, const QString &id)
{
    Result<SqliteStatement *> query = nativeKindStatement(kind, &KindSql::exists);
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    q.bindText(0, id);
    if (!q.exec() || !q.next()) {
        return q.failure();
    }
    const bool found = q.integer(0) > 0;
    q.finish();
    return found;
}

Status StoreEngine::requireExists(const KindDef &kind, const QString &id, const QString &field)
{
    Result<bool> found = exists(kind, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return fieldError(field, storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no %1 with id \"%2\""))
                                     .arg(kind.translatedSingularLabel().toLower(), id));
    }
    return {};
}

Result<qint64> StoreEngine::countWhere(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = statement(sql);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    if (!q.exec() || !q.next()) {
        return sqlFailure(q, {});
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace tw::Internal
