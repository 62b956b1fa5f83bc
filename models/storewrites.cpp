// Row writes of the store engine: records with their R*Tree and full-text rows.

#include "storeengine.h"

#include "storeschema.h"

#include <algorithm>

namespace tw::Internal {

Status StoreEngine::insertRecord(const KindDef &kind, const Record &record)
{
    // Only the fields that have a value are bound (absent ones default to NULL): binding through
    // QtSql costs more per value than SQLite's insert does.
    quint64 present = 0;
    QVariantList fieldValues;
    fieldValues.reserve(kind.fields.size());
    for (int f = 0; f < kind.fields.size() && f < 64; ++f) {
        const QVariant value = toSqlValue(record.values.value(kind.fields[f].key));
        if (value.isValid()) {
            present |= quint64(1) << f;
            fieldValues.append(value);
        }
    }
    QSqlQuery *&cached = m_insertStatements[{int(kind.kind), present}];
    if (!cached) {
        QStringList columns{QStringLiteral("id")};
        if (kind.hasPoint) {
            columns << QStringLiteral("lon") << QStringLiteral("lat");
        }
        columns << QStringLiteral("created_at_ms") << QStringLiteral("updated_at_ms");
        for (int f = 0; f < kind.fields.size() && f < 64; ++f) {
            if (present & (quint64(1) << f)) {
                columns << kind.fields[f].key;
            }
        }
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        Result<QSqlQuery *> prepared = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                     .arg(kind.table, columns.join(QStringLiteral(", ")),
                                                          marks.join(QStringLiteral(", "))));
        if (!prepared) {
            m_insertStatements.remove({int(kind.kind), present});
            return prepared.error();
        }
        cached = prepared.value();
    }
    QSqlQuery &q = *cached;
    int i = 0;
    q.bindValue(i++, record.id);
    if (kind.hasPoint) {
        q.bindValue(i++, record.point ? record.point->lon : 0.0);
        q.bindValue(i++, record.point ? record.point->lat : 0.0);
    }
    q.bindValue(i++, record.createdAtMs);
    q.bindValue(i++, record.updatedAtMs);
    for (const QVariant &value : std::as_const(fieldValues)) {
        q.bindValue(i++, value);
    }
    if (!q.exec()) {
        Result<bool> duplicate = exists(kind, record.id);
        if (duplicate && *duplicate) {
            return fieldError(QStringLiteral("id"), storeTr("a %1 with id \"%2\" already exists")
                                                        .arg(kind.translatedSingularLabel().toLower(), record.id));
        }
        return sqlFailure(q, {});
    }
    const qint64 rid = q.lastInsertId().toLongLong();
    if (kind.hasPoint) {
        if (Status indexed = writeRtree(kind, rid, *record.point, true); !indexed) {
            return indexed;
        }
    }
    return writeFts(kind, rid, record.id, record.values, false);
}

Result<qint64> StoreEngine::ridOf(const KindDef &kind, const QString &id)
{
    Result<QSqlQuery *> query = kindStatement(kind, &KindSql::ridById);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (!q.next()) {
        return fieldError(QStringLiteral("id"), storeTr("there is no %1 with id \"%2\"")
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    const qint64 rid = q.value(0).toLongLong();
    q.finish();
    return rid;
}

Status StoreEngine::writeRtree(const KindDef &kind, qint64 rid, LonLat point, bool insert)
{
    Result<QSqlQuery *> query = kindStatement(kind, insert ? &KindSql::rtreeInsert : &KindSql::rtreeUpdate);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    int i = 0;
    if (insert) {
        q.bindValue(i++, rid);
    }
    q.bindValue(i++, point.lon);
    q.bindValue(i++, point.lon);
    q.bindValue(i++, point.lat);
    q.bindValue(i++, point.lat);
    if (!insert) {
        q.bindValue(i++, rid);
    }
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    return {};
}

Status StoreEngine::writeFts(const KindDef &kind, qint64 rid, const QString &id, const QVariantMap &values,
                             bool replace)
{
    if (StoreSchema::searchableColumns(kind).isEmpty()) {
        return {};
    }
    const qint64 rowid = StoreSchema::ftsRowid(kind, rid);
    if (replace) {
        Result<QSqlQuery *> remove = kindStatement(kind, &KindSql::ftsDelete);
        if (!remove) {
            return remove.error();
        }
        (*remove)->bindValue(0, rowid);
        if (!(*remove)->exec()) {
            return sqlFailure(**remove, {});
        }
    }
    Result<QSqlQuery *> insert = kindStatement(kind, &KindSql::ftsInsert);
    if (!insert) {
        return insert.error();
    }
    QSqlQuery &q = **insert;
    q.bindValue(0, rowid);
    q.bindValue(1, id);
    q.bindValue(2, StoreSchema::ftsText(kind, values));
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    return {};
}

Status StoreEngine::updateColumns(const KindDef &kind, const QString &id, const QVariantMap &values,
                                  std::optional<LonLat> point, qint64 nowMs)
{
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        assignments << it.key() + QStringLiteral(" = ?");
    }
    if (point) {
        assignments << QStringLiteral("lon = ?") << QStringLiteral("lat = ?");
    }
    assignments << QStringLiteral("updated_at_ms = ?");
    Result<QSqlQuery *> query = statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(kind.table, assignments.join(QStringLiteral(", "))));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bindValue(i++, toSqlValue(it.value()));
    }
    if (point) {
        q.bindValue(i++, point->lon);
        q.bindValue(i++, point->lat);
    }
    q.bindValue(i++, nowMs);
    q.bindValue(i++, id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (q.numRowsAffected() == 0) {
        return fieldError(QStringLiteral("id"), storeTr("there is no %1 with id \"%2\"")
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    const QStringList searchable = StoreSchema::searchableColumns(kind);
    const bool textChanged = std::any_of(searchable.cbegin(), searchable.cend(),
                                         [&](const QString &key) { return values.contains(key); });
    if (!point && !textChanged) {
        return {};
    }
    Result<qint64> rid = ridOf(kind, id);
    if (!rid) {
        return rid.error();
    }
    if (point) {
        if (Status indexed = writeRtree(kind, *rid, *point, false); !indexed) {
            return indexed;
        }
    }
    if (textChanged) {
        Result<Record> updated = readRecord(kind, id);
        if (!updated) {
            return updated.error();
        }
        return writeFts(kind, *rid, id, updated->values, true);
    }
    return {};
}

Status StoreEngine::deleteRecord(const KindDef &kind, const QString &id)
{
    Result<qint64> rid = ridOf(kind, id);
    if (!rid) {
        return rid.error();
    }
    QList<QPair<QString KindSql::*, qint64>> derived;
    if (kind.hasPoint) {
        derived.append({&KindSql::rtreeDelete, *rid});
    }
    if (!StoreSchema::searchableColumns(kind).isEmpty()) {
        derived.append({&KindSql::ftsDelete, StoreSchema::ftsRowid(kind, *rid)});
    }
    for (const auto &[deleteSql, key] : derived) {
        Result<QSqlQuery *> remove = kindStatement(kind, deleteSql);
        if (!remove) {
            return remove.error();
        }
        (*remove)->bindValue(0, key);
        if (!(*remove)->exec()) {
            return sqlFailure(**remove, {});
        }
    }
    if (kind.kind == ResourceKind::Incidents) {
        // The timeline goes with the incident (ON DELETE CASCADE); its search rows are ours to remove.
        Result<QSqlQuery *> events = statement(QStringLiteral(
            "DELETE FROM %1 WHERE rowid IN (SELECT seq FROM timeline_events WHERE incident_id = ?)")
                                                   .arg(QLatin1String(StoreSchema::kIncidentFts)));
        if (!events) {
            return events.error();
        }
        (*events)->bindValue(0, id);
        if (!(*events)->exec()) {
            return sqlFailure(**events, {});
        }
    }
    Result<QSqlQuery *> query = kindStatement(kind, &KindSql::remove);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (q.numRowsAffected() == 0) {
        return fieldError(QStringLiteral("id"), storeTr("there is no %1 with id \"%2\"")
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    return {};
}

} // namespace tw::Internal
