// Row writes of the store engine: records with their R*Tree and full-text rows.

#include "storeengine.h"

#include "storeschema.h"

#include <algorithm>
#include <array>

namespace tw::Internal {

Status StoreEngine::insertRecord(const KindDef &kind, const Record &record)
{
    // Only the fields that have a value are bound (absent ones default to NULL), one statement per
    // set of present fields.
    quint64 present = 0;
    std::array<const QVariant *, 64> fieldValues{};
    int fieldCount = 0;
    for (int f = 0; f < kind.fields.size() && f < 64; ++f) {
        const auto found = record.values.constFind(kind.fields[f].key);
        if (found != record.values.cend() && found->isValid() && !found->isNull()) {
            present |= quint64(1) << f;
            fieldValues[fieldCount++] = &*found;
        }
    }
    SqliteStatement *&cached = m_insertStatements[{int(kind.kind), present}];
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
        Result<SqliteStatement *> prepared = nativeStatement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                                 .arg(kind.table, columns.join(QStringLiteral(", ")),
                                                                      marks.join(QStringLiteral(", "))));
        if (!prepared) {
            m_insertStatements.remove({int(kind.kind), present});
            return prepared.error();
        }
        cached = prepared.value();
    }
    if (Status floor = noteDeferredFloor(kind); !floor) {
        return floor;
    }
    SqliteStatement &q = *cached;
    int i = 0;
    q.bindText(i++, record.id);
    if (kind.hasPoint) {
        q.bindReal(i++, record.point ? record.point->lon : 0.0);
        q.bindReal(i++, record.point ? record.point->lat : 0.0);
    }
    q.bindInteger(i++, record.createdAtMs);
    q.bindInteger(i++, record.updatedAtMs);
    for (int f = 0; f < fieldCount; ++f) {
        q.bindValue(i++, *fieldValues[f]);
    }
    if (!q.exec()) {
        Result<bool> duplicate = exists(kind, record.id);
        if (duplicate && *duplicate) {
            return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "a %1 with id \"%2\" already exists"))
                                                        .arg(kind.translatedSingularLabel().toLower(), record.id));
        }
        return q.failure();
    }
    const qint64 rid = q.lastInsertId();
    if (kind.hasPoint) {
        if (Status indexed = writeRtree(kind, rid, *record.point, true); !indexed) {
            return indexed;
        }
    }
    return writeFts(kind, rid, record.id, record.values, false);
}

Result<qint64> StoreEngine::ridOf(const KindDef &kind, const QString &id)
{
    Result<SqliteStatement *> query = nativeKindStatement(kind, &KindSql::ridById);
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    q.bindText(0, id);
    if (!q.exec()) {
        return q.failure();
    }
    if (!q.next()) {
        return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no %1 with id \"%2\""))
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    const qint64 rid = q.integer(0);
    q.finish();
    return rid;
}

Status StoreEngine::writeRtree(const KindDef &kind, qint64 rid, LonLat point, bool insert)
{
    if (indexDeferred(kind, rid)) {
        return {};
    }
    Result<SqliteStatement *> query = nativeKindStatement(kind, insert ? &KindSql::rtreeInsert : &KindSql::rtreeUpdate);
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    int i = 0;
    if (insert) {
        q.bindInteger(i++, rid);
    }
    q.bindReal(i++, point.lon);
    q.bindReal(i++, point.lon);
    q.bindReal(i++, point.lat);
    q.bindReal(i++, point.lat);
    if (!insert) {
        q.bindInteger(i++, rid);
    }
    if (!q.exec()) {
        return q.failure();
    }
    return {};
}

Status StoreEngine::writeFts(const KindDef &kind, qint64 rid, const QString &id, const QVariantMap &values,
                             bool replace)
{
    if (StoreSchema::searchableColumns(kind).isEmpty() || indexDeferred(kind, rid)) {
        return {};
    }
    const qint64 rowid = StoreSchema::ftsRowid(kind, rid);
    if (replace) {
        Result<SqliteStatement *> remove = nativeKindStatement(kind, &KindSql::ftsDelete);
        if (!remove) {
            return remove.error();
        }
        (*remove)->bindInteger(0, rowid);
        if (!(*remove)->exec()) {
            return (*remove)->failure();
        }
    }
    Result<SqliteStatement *> insert = nativeKindStatement(kind, &KindSql::ftsInsert);
    if (!insert) {
        return insert.error();
    }
    SqliteStatement &q = **insert;
    q.bindInteger(0, rowid);
    q.bindText(1, id);
    q.bindText(2, StoreSchema::ftsText(kind, values));
    if (!q.exec()) {
        return q.failure();
    }
    return {};
}

Status StoreEngine::updateColumns(const KindDef &kind, const QString &id, const QVariantMap &values,
                                  std::optional<LonLat> point, qint64 nowMs)
{
    const QStringList searchable = StoreSchema::searchableColumns(kind);
    const bool textChanged = std::any_of(searchable.cbegin(), searchable.cend(),
                                         [&](const QString &key) { return values.contains(key); });
    // The rid comes back from the update itself when the R*Tree or the search index follow.
    const bool wantRid = point.has_value() || textChanged;
    QString key = QString::number(int(kind.kind)) + QLatin1Char('|');
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        key += it.key() + QLatin1Char(',');
    }
    key += point ? QLatin1Char('p') : QLatin1Char('-');
    SqliteStatement *&cached = m_updateStatements[key];
    if (!cached) {
        QStringList assignments;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            assignments << it.key() + QStringLiteral(" = ?");
        }
        if (point) {
            assignments << QStringLiteral("lon = ?") << QStringLiteral("lat = ?");
        }
        assignments << QStringLiteral("updated_at_ms = ?");
        Result<SqliteStatement *> prepared =
            nativeStatement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                                .arg(kind.table, assignments.join(QStringLiteral(", ")),
                                     wantRid ? QStringLiteral(" RETURNING rid") : QString()));
        if (!prepared) {
            m_updateStatements.remove(key);
            return prepared.error();
        }
        cached = prepared.value();
    }
    SqliteStatement &q = *cached;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bindValue(i++, toSqlValue(it.value()));
    }
    if (point) {
        q.bindReal(i++, point->lon);
        q.bindReal(i++, point->lat);
    }
    q.bindInteger(i++, nowMs);
    q.bindText(i++, id);
    if (!q.exec()) {
        return q.failure();
    }
    const auto missing = [&] {
        return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no %1 with id \"%2\""))
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    };
    if (!wantRid) {
        if (q.rowsAffected() == 0) {
            return missing();
        }
        return {};
    }
    if (!q.next()) {
        return missing();
    }
    const qint64 rid = q.integer(0);
    // RETURNING rows come out after the change is made; stepping to the end completes the statement.
    while (q.next()) {
    }
    if (point) {
        if (Status indexed = writeRtree(kind, rid, *point, false); !indexed) {
            return indexed;
        }
    }
    if (textChanged && !indexDeferred(kind, rid)) {
        Result<Record> updated = readRecord(kind, id);
        if (!updated) {
            return updated.error();
        }
        return writeFts(kind, rid, id, updated->values, true);
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
        return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no %1 with id \"%2\""))
                                                    .arg(kind.translatedSingularLabel().toLower(), id));
    }
    return {};
}

} // namespace tw::Internal
