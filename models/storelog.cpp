// The store engine's log side: last-writer-wins stamps, timeline events and the mutation log.

#include "storeengine.h"

#include "storeschema.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tw::Internal {

namespace {

QString stateName(MutationState state)
{
    switch (state) {
    case MutationState::Pending:
        return QStringLiteral("pending");
    case MutationState::Confirmed:
        return QStringLiteral("confirmed");
    case MutationState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

MutationState stateFromName(const QString &name)
{
    if (name == QLatin1String("confirmed")) {
        return MutationState::Confirmed;
    }
    if (name == QLatin1String("rejected")) {
        return MutationState::Rejected;
    }
    return MutationState::Pending;
}

} // namespace

Result<bool> StoreEngine::lwwWins(const QString &entityId, const QString &field, const Hlc &hlc)
{
    Result<SqliteStatement *> query =
        nativeStatement(QStringLiteral("SELECT hlc FROM lww WHERE entity_id = ? AND field = ?"));
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    q.bindText(0, entityId);
    q.bindText(1, field);
    if (!q.exec()) {
        return q.failure();
    }
    bool wins = true;
    if (q.next()) {
        wins = hlc > Hlc::fromString(q.text(0));
    }
    q.finish();
    return wins;
}

Status StoreEngine::lwwStamp(const QString &entityId, const QString &field, const Hlc &hlc)
{
    Result<bool> claimed = lwwClaim(entityId, field, hlc);
    if (!claimed) {
        return claimed.error();
    }
    return {};
}

Result<bool> StoreEngine::lwwClaim(const QString &entityId, const QString &field, const Hlc &hlc)
{
    // HLC text sorts as the HLC does, so SQLite can compare the stamps itself: one statement
    // instead of a read and a write for every last-writer-wins field.
    Result<SqliteStatement *> query = nativeStatement(QStringLiteral(
        "INSERT INTO lww(entity_id, field, hlc) VALUES (?, ?, ?) "
        "ON CONFLICT(entity_id, field) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > lww.hlc"));
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    q.bindText(0, entityId);
    q.bindText(1, field);
    q.bindText(2, hlcText(hlc));
    if (!q.exec()) {
        return q.failure();
    }
    return q.rowsAffected() > 0;
}

Status StoreEngine::appendTimeline(MutationContext &context, const QString &incidentId, const QString &kind,
                                   const QString &text, const QJsonObject &payload, const QString &attachment,
                                   qint64 atMs)
{
    Result<SqliteStatement *> query = nativeStatement(QStringLiteral(
        "INSERT INTO timeline_events(id, incident_id, at_ms, kind, actor, text, payload, attachment, mutation_seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    SqliteStatement &q = **query;
    const QString eventId = context.derivedId();
    q.bindText(0, eventId);
    q.bindText(1, incidentId);
    q.bindInteger(2, atMs > 0 ? atMs : context.nowMs);
    q.bindText(3, kind);
    q.bindText(4, context.actor);
    q.bindText(5, text);
    if (payload.isEmpty()) {
        q.bindNull(6);
    } else {
        q.bindText(6, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    }
    if (attachment.isEmpty()) {
        q.bindNull(7);
    } else {
        q.bindText(7, attachment);
    }
    q.bindInteger(8, context.localSeq);
    if (!q.exec()) {
        return q.failure();
    }
    const qint64 seq = q.lastInsertId();
    Result<SqliteStatement *> fts =
        nativeStatement(QStringLiteral("INSERT INTO %1(rowid, incident_id, event_id, text) VALUES (?, ?, ?, ?)")
                            .arg(QLatin1String(StoreSchema::kIncidentFts)));
    if (!fts) {
        return fts.error();
    }
    (*fts)->bindInteger(0, seq);
    (*fts)->bindText(1, incidentId);
    (*fts)->bindText(2, eventId);
    (*fts)->bindText(3, text);
    if (!(*fts)->exec()) {
        return (*fts)->failure();
    }
    noteTimeline(incidentId);
    return {};
}

QString StoreEngine::logColumns()
{
    return QStringLiteral("local_seq, name, args, hlc, actor, client_id, client_seq, origin, state, reason, "
                          "server_seq, applied_at_ms");
}

Result<LoggedMutation> StoreEngine::appendLog(Mutation mutation, qint64 localSeq, bool local, MutationState state,
                                              qint64 serverSeq, const QByteArray *argsJson)
{
    if (mutation.clientSeq == 0) {
        mutation.clientSeq = localSeq;
    }
    LoggedMutation logged;
    logged.localSeq = localSeq;
    logged.local = local;
    logged.state = state;
    logged.serverSeq = serverSeq;
    logged.appliedAtMs = QDateTime::currentMSecsSinceEpoch();
    // Local rows: origin, state and client id are the same for every row, so they are part of the
    // statement rather than bound.
    SqliteStatement *&query = local ? m_logInsertLocal : m_logInsertRemote;
    if (!query) {
        const QString sql = local
            ? QStringLiteral("INSERT INTO mutation_log(local_seq, name, args, hlc, actor, client_seq, applied_at_ms, "
                             "client_id, origin, state) VALUES (?, ?, ?, ?, ?, ?, ?, %1, 'local', 'pending')")
                  .arg(sqlLiteral(clientId))
            : QStringLiteral("INSERT INTO mutation_log(local_seq, name, args, hlc, actor, client_seq, applied_at_ms, "
                             "client_id, origin, state, server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'remote', ?, ?)");
        Result<SqliteStatement *> prepared = nativeStatement(sql);
        if (!prepared) {
            return prepared.error();
        }
        query = prepared.value();
    }
    SqliteStatement &q = *query;
    q.bindInteger(0, localSeq);
    q.bindText(1, mutation.name);
    if (argsJson) {
        q.bindUtf8(2, *argsJson);
    } else {
        q.bindUtf8(2, QJsonDocument(mutation.args).toJson(QJsonDocument::Compact));
    }
    q.bindText(3, hlcText(mutation.hlc));
    q.bindText(4, mutation.actor);
    q.bindInteger(5, mutation.clientSeq);
    q.bindInteger(6, logged.appliedAtMs);
    if (!local) {
        q.bindText(7, mutation.clientId);
        q.bindText(8, stateName(state));
        if (serverSeq > 0) {
            q.bindInteger(9, serverSeq);
        } else {
            q.bindNull(9);
        }
    }
    if (!q.exec()) {
        return q.failure();
    }
    logged.mutation = std::move(mutation);
    return logged;
}

LoggedMutation StoreEngine::loggedFromRow(const QSqlQuery &query, int first)
{
    LoggedMutation logged;
    logged.localSeq = query.value(first).toLongLong();
    logged.mutation.name = query.value(first + 1).toString();
    logged.mutation.args = QJsonDocument::fromJson(query.value(first + 2).toString().toUtf8()).object();
    logged.mutation.hlc = Hlc::fromString(query.value(first + 3).toString());
    logged.mutation.actor = query.value(first + 4).toString();
    logged.mutation.clientId = query.value(first + 5).toString();
    logged.mutation.clientSeq = query.value(first + 6).toLongLong();
    logged.local = query.value(first + 7).toString() == QLatin1String("local");
    logged.state = stateFromName(query.value(first + 8).toString());
    logged.reason = query.value(first + 9).toString();
    logged.serverSeq = query.value(first + 10).toLongLong();
    logged.appliedAtMs = query.value(first + 11).toLongLong();
    return logged;
}

} // namespace tw::Internal
