// Reads of the store that are not resource records: timelines, dispatch orders, sensor
// readings, the mutation log and outbox.

#include "store.h"

#include "logging.h"
#include "storeengine.h"

#include <QJsonDocument>

namespace tw {

using namespace Internal;

namespace {

const QString kOrderColumns = QStringLiteral(
    "id, incident_id, team_id, status, created_at_ms, issued_at_ms, acknowledged_at_ms, en_route_at_ms, "
    "on_scene_at_ms, completed_at_ms, cancelled_at_ms, reason, exercise_id");

DispatchOrder orderFromRow(const QSqlQuery &q)
{
    DispatchOrder order;
    order.id = q.value(0).toString();
    order.incidentId = q.value(1).toString();
    order.teamId = q.value(2).toString();
    order.status = q.value(3).toString();
    order.createdAtMs = q.value(4).toLongLong();
    order.issuedAtMs = q.value(5).toLongLong();
    order.acknowledgedAtMs = q.value(6).toLongLong();
    order.enRouteAtMs = q.value(7).toLongLong();
    order.onSceneAtMs = q.value(8).toLongLong();
    order.completedAtMs = q.value(9).toLongLong();
    order.cancelledAtMs = q.value(10).toLongLong();
    order.reason = q.value(11).toString();
    order.exerciseId = q.value(12).toString();
    return order;
}

} // namespace

namespace Internal {

QList<DispatchOrder> StoreEngine::readDispatchOrders(const QString &where, const QVariantList &values)
{
    QList<DispatchOrder> orders;
    const QString sql = QStringLiteral("SELECT %1 FROM dispatch_orders%2 ORDER BY created_at_ms, rid")
                            .arg(kOrderColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    Result<QSqlQuery *> query = statement(sql);
    if (!query) {
        return orders;
    }
    QSqlQuery &q = **query;
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    if (!q.exec()) {
        sqlFailure(q, {});
        return orders;
    }
    while (q.next()) {
        orders.append(orderFromRow(q));
    }
    q.finish();
    Result<QSqlQuery *> lines = statement(QStringLiteral(
        "SELECT warehouse_id, item_id, quantity FROM dispatch_lines WHERE order_id = ? ORDER BY line_no"));
    if (!lines) {
        return orders;
    }
    for (DispatchOrder &order : orders) {
        QSqlQuery &l = **lines;
        l.bindValue(0, order.id);
        if (!l.exec()) {
            sqlFailure(l, {});
            continue;
        }
        while (l.next()) {
            order.lines.append(DispatchLine{l.value(0).toString(), l.value(1).toString(), l.value(2).toDouble()});
        }
        l.finish();
    }
    return orders;
}

Result<DispatchOrder> StoreEngine::readDispatchOrder(const QString &id)
{
    const QList<DispatchOrder> orders = readDispatchOrders(QStringLiteral("id = ?"), {id});
    if (orders.isEmpty()) {
        return fieldError(QStringLiteral("id"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no dispatch order with id \"%1\"")).arg(id));
    }
    return orders.first();
}

} // namespace Internal

Result<DispatchOrder> Store::dispatchOrder(const QString &id) const
{
    return d->readDispatchOrder(id);
}

QList<DispatchOrder> Store::dispatchOrders(const QString &incidentId) const
{
    if (incidentId.isEmpty()) {
        return d->readDispatchOrders({}, {});
    }
    return d->readDispatchOrders(QStringLiteral("incident_id = ?"), {incidentId});
}

std::optional<DispatchOrder> Store::activeDispatchOrder(const QString &teamId) const
{
    const QList<DispatchOrder> orders = d->readDispatchOrders(
        QStringLiteral("team_id = ? AND status IN ('issued', 'acknowledged', 'en_route', 'on_scene')"), {teamId});
    if (orders.isEmpty()) {
        return std::nullopt;
    }
    return orders.first();
}

QList<TimelineEvent> Store::timeline(const QString &incidentId, int limit, qint64 beforeMs) const
{
    QList<TimelineEvent> events;
    // Two statements rather than "incident_id = ? OR ? = ''", which would keep SQLite from using
    // the (incident_id, at_ms) index for the common one-incident case.
    const bool allIncidents = incidentId.isEmpty();
    Result<QSqlQuery *> query = d->statement(allIncidents
            ? QStringLiteral("SELECT id, incident_id, at_ms, kind, actor, text, payload, attachment FROM timeline_events "
                             "WHERE at_ms < ? ORDER BY at_ms DESC, seq DESC LIMIT ?")
            : QStringLiteral("SELECT id, incident_id, at_ms, kind, actor, text, payload, attachment FROM timeline_events "
                             "WHERE incident_id = ? AND at_ms < ? ORDER BY at_ms DESC, seq DESC LIMIT ?"));
    if (!query) {
        return events;
    }
    QSqlQuery &q = **query;
    int bound = 0;
    if (!allIncidents) {
        q.bindValue(bound++, incidentId);
    }
    q.bindValue(bound++, beforeMs);
    q.bindValue(bound, limit < 0 ? -1 : limit);
    if (!q.exec()) {
        sqlFailure(q, {});
        return events;
    }
    while (q.next()) {
        TimelineEvent event;
        event.id = q.value(0).toString();
        event.incidentId = q.value(1).toString();
        event.atMs = q.value(2).toLongLong();
        event.kind = q.value(3).toString();
        event.actor = q.value(4).toString();
        event.text = q.value(5).toString();
        const QString payload = q.value(6).toString();
        if (!payload.isEmpty()) {
            event.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
        }
        event.attachment = q.value(7).toString();
        events.append(event);
    }
    q.finish();
    return events;
}

QList<SensorReading> Store::sensorReadings(const QString &sensorId, qint64 fromMs, qint64 toMs) const
{
    QList<SensorReading> readings;
    Result<QSqlQuery *> query = d->statement(QStringLiteral(
        "SELECT at_ms, value FROM sensor_readings WHERE sensor_id = ? AND at_ms BETWEEN ? AND ? ORDER BY at_ms"));
    if (!query) {
        return readings;
    }
    QSqlQuery &q = **query;
    q.bindValue(0, sensorId);
    q.bindValue(1, fromMs);
    q.bindValue(2, toMs);
    if (!q.exec()) {
        sqlFailure(q, {});
        return readings;
    }
    while (q.next()) {
        readings.append(SensorReading{q.value(0).toLongLong(), q.value(1).toDouble()});
    }
    q.finish();
    return readings;
}

QList<LoggedMutation> Store::mutationLog(qint64 afterLocalSeq, int limit) const
{
    QList<LoggedMutation> log;
    Result<QSqlQuery *> query = d->statement(QStringLiteral("SELECT %1 FROM mutation_log WHERE local_seq > ? "
                                                            "ORDER BY local_seq LIMIT ?")
                                                 .arg(StoreEngine::logColumns()));
    if (!query) {
        return log;
    }
    QSqlQuery &q = **query;
    q.bindValue(0, afterLocalSeq);
    q.bindValue(1, limit < 0 ? -1 : limit);
    if (!q.exec()) {
        sqlFailure(q, {});
        return log;
    }
    while (q.next()) {
        log.append(StoreEngine::loggedFromRow(q));
    }
    q.finish();
    return log;
}

QList<LoggedMutation> Store::outbox() const
{
    QList<LoggedMutation> pending;
    Result<QSqlQuery *> query = d->statement(QStringLiteral("SELECT %1 FROM mutation_log WHERE state = 'pending' "
                                                            "AND origin = 'local' ORDER BY local_seq")
                                                 .arg(StoreEngine::logColumns()));
    if (!query) {
        return pending;
    }
    QSqlQuery &q = **query;
    if (!q.exec()) {
        sqlFailure(q, {});
        return pending;
    }
    while (q.next()) {
        pending.append(StoreEngine::loggedFromRow(q));
    }
    q.finish();
    return pending;
}

namespace {

Status setState(StoreEngine &e, qint64 localSeq, const QString &state, const QString &reason, qint64 serverSeq)
{
    Result<QSqlQuery *> query = e.statement(QStringLiteral(
        "UPDATE mutation_log SET state = ?, reason = ?, server_seq = coalesce(?, server_seq) "
        "WHERE local_seq = ? AND origin = 'local'"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, state);
    q.bindValue(1, reason.isEmpty() ? QVariant() : QVariant(reason));
    q.bindValue(2, serverSeq > 0 ? QVariant(serverSeq) : QVariant());
    q.bindValue(3, localSeq);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    if (q.numRowsAffected() == 0) {
        return fieldError(QStringLiteral("local_seq"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "there is no local mutation %1")).arg(localSeq));
    }
    return {};
}

} // namespace

Status Store::markConfirmed(qint64 localSeq, qint64 serverSeq)
{
    return setState(*d, localSeq, QStringLiteral("confirmed"), {}, serverSeq);
}

Status Store::markRejected(qint64 localSeq, const QString &reason, qint64 serverSeq)
{
    return setState(*d, localSeq, QStringLiteral("rejected"), reason, serverSeq);
}

} // namespace tw
