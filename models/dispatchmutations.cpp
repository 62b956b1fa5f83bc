// Dispatch orders: proposed -> issued -> acknowledged -> en_route -> on_scene -> completed, or
// cancelled/rejected. Issuing holds the team (one active order per team) and takes the supply
// lines out of stock, all or nothing; cancelling before arrival puts the stock back. The team's
// status follows its order, and every step is stamped and written to the incident's timeline.

#include "incidentstatus.h"
#include "storeengine.h"
#include "timelineevent.h"

#include <QJsonArray>

namespace tw::Internal {

namespace {

const QString kId = QStringLiteral("id");
const QString kIncident = QStringLiteral("incident_id");
const QString kTeam = QStringLiteral("team_id");
const QString kLines = QStringLiteral("lines");

QString lineField(int index, const char *key)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(key));
}

Result<QList<DispatchLine>> lineArguments(StoreEngine &e, const QJsonObject &args)
{
    QList<DispatchLine> lines;
    const QJsonValue value = args.value(kLines);
    if (value.isUndefined() || value.isNull()) {
        return lines;
    }
    if (!value.isArray()) {
        return fieldError(kLines, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be a list of {warehouse_id, item_id, quantity}")));
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            return fieldError(QStringLiteral("lines[%1]").arg(i), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be {warehouse_id, item_id, quantity}")));
        }
        const QJsonObject line = array[i].toObject();
        const QStringList keys{QStringLiteral("warehouse_id"), QStringLiteral("item_id"), QStringLiteral("quantity")};
        Status fields = allowOnly(line, keys);
        Result<QString> warehouseId = requireText(line, keys[0]);
        Result<QString> itemId = requireText(line, keys[1]);
        Result<double> quantity = requireNumber(line, keys[2]);
        for (const Error *error : {fields ? nullptr : &fields.error(), warehouseId ? nullptr : &warehouseId.error(),
                                   itemId ? nullptr : &itemId.error(), quantity ? nullptr : &quantity.error()}) {
            if (error) {
                return fieldError(QStringLiteral("lines[%1].%2").arg(i).arg(error->field), error->message);
            }
        }
        if (quantity.value() <= 0.0) {
            return fieldError(lineField(i, "quantity"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be more than zero")));
        }
        if (Status found = e.requireExists(kindDef(ResourceKind::Warehouses), warehouseId.value(),
                                           lineField(i, "warehouse_id"));
            !found) {
            return found.error();
        }
        if (Status found = e.requireExists(kindDef(ResourceKind::Supplies), itemId.value(), lineField(i, "item_id"));
            !found) {
            return found.error();
        }
        lines.append(DispatchLine{warehouseId.value(), itemId.value(), quantity.value()});
    }
    return lines;
}

QString teamName(StoreEngine &e, const QString &teamId)
{
    if (teamId.isEmpty()) {
        return storeTr(QT_TRANSLATE_NOOP("tw::Store", "supplies"));
    }
    Result<Record> team = e.readRecord(kindDef(ResourceKind::Teams), teamId);
    return team ? team->displayName() : teamId;
}

Result<QString> propose(StoreEngine &e, MutationContext &c)
{
    if (Status ok = allowOnly(c.args, {kId, kIncident, kTeam, kLines}); !ok) {
        return ok.error();
    }
    Result<QString> givenId = optionalText(c.args, kId);
    Result<QString> incidentId = requireText(c.args, kIncident);
    Result<QString> teamId = optionalText(c.args, kTeam);
    for (const Result<QString> *arg : {&givenId, &incidentId, &teamId}) {
        if (!*arg) {
            return arg->error();
        }
    }
    Result<Record> incident = e.readRecord(kindDef(ResourceKind::Incidents), incidentId.value());
    if (!incident) {
        return fieldError(kIncident, incident.error().message);
    }
    if (!isIncidentOpen(incident->text(QStringLiteral("status")))) {
        return fieldError(kIncident, storeTr(QT_TRANSLATE_NOOP("tw::Store", "the incident is %1; nothing can be dispatched to it"))
                                         .arg(incident->text(QStringLiteral("status"))));
    }
    if (!teamId->isEmpty()) {
        if (Status found = e.requireExists(kindDef(ResourceKind::Teams), teamId.value(), kTeam); !found) {
            return found.error();
        }
    }
    Result<QList<DispatchLine>> lines = lineArguments(e, c.args);
    if (!lines) {
        return lines.error();
    }
    if (teamId->isEmpty() && lines->isEmpty()) {
        return fieldError(kTeam, storeTr(QT_TRANSLATE_NOOP("tw::Store", "an order needs a team or supply lines")));
    }
    const QString id = givenId->isEmpty() ? newId() : givenId.value();
    c.args.insert(kId, id);
    const QString exerciseId = incident->text(QStringLiteral("exercise_id"));
    Result<QSqlQuery *> insert = e.statement(QStringLiteral(
        "INSERT INTO dispatch_orders(id, incident_id, team_id, status, created_at_ms, exercise_id, updated_at_ms) "
        "VALUES (?, ?, ?, 'proposed', ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    QSqlQuery &q = **insert;
    q.bindValue(0, id);
    q.bindValue(1, incidentId.value());
    q.bindValue(2, teamId->isEmpty() ? QVariant() : QVariant(teamId.value()));
    q.bindValue(3, c.nowMs);
    q.bindValue(4, exerciseId.isEmpty() ? QVariant() : QVariant(exerciseId));
    q.bindValue(5, c.nowMs);
    if (!q.exec()) {
        Result<qint64> taken = e.countWhere(QStringLiteral("SELECT count(*) FROM dispatch_orders WHERE id = ?"), {id});
        if (taken && *taken > 0) {
            return fieldError(kId, storeTr(QT_TRANSLATE_NOOP("tw::Store", "a dispatch order with id \"%1\" already exists")).arg(id));
        }
        return sqlFailure(q, {});
    }
    Result<QSqlQuery *> insertLine = e.statement(QStringLiteral(
        "INSERT INTO dispatch_lines(order_id, line_no, warehouse_id, item_id, quantity) VALUES (?, ?, ?, ?, ?)"));
    if (!insertLine) {
        return insertLine.error();
    }
    for (int i = 0; i < lines->size(); ++i) {
        QSqlQuery &l = **insertLine;
        l.bindValue(0, id);
        l.bindValue(1, i + 1);
        l.bindValue(2, lines->at(i).warehouseId);
        l.bindValue(3, lines->at(i).itemId);
        l.bindValue(4, lines->at(i).quantity);
        if (!l.exec()) {
            return sqlFailure(l, {});
        }
    }
    e.noteOrder(id, incidentId.value());
    const QJsonObject payload{{QStringLiteral("order_id"), id},
                              {QStringLiteral("team_id"), teamId.value()},
                              {QStringLiteral("to"), DispatchStatus::Proposed},
                              {QStringLiteral("lines"), int(lines->size())}};
    if (Status logged = e.appendTimeline(c, incidentId.value(), TimelineKind::Dispatch,
                                         storeTr(QT_TRANSLATE_NOOP("tw::Store", "Dispatch proposed: %1")).arg(teamName(e, teamId.value())), payload);
        !logged) {
        return logged.error();
    }
    return id;
}

// The team may hold no other active order.
Status checkTeamFree(StoreEngine &e, const DispatchOrder &order)
{
    if (order.teamId.isEmpty()) {
        return {};
    }
    if (Status found = e.requireExists(kindDef(ResourceKind::Teams), order.teamId, kTeam); !found) {
        return found;
    }
    const QList<DispatchOrder> active = e.readDispatchOrders(
        QStringLiteral("team_id = ? AND id <> ? AND status IN ('issued', 'acknowledged', 'en_route', 'on_scene')"),
        {order.teamId, order.id});
    if (!active.isEmpty()) {
        return fieldError(kTeam, storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 is already on order %2 (%3); finish or cancel it first"))
                                     .arg(teamName(e, order.teamId), active.first().id,
                                          dispatchStatusLabel(active.first().status)));
    }
    return {};
}

Status moveLines(StoreEngine &e, MutationContext &c, const DispatchOrder &order, double sign)
{
    for (int i = 0; i < order.lines.size(); ++i) {
        const DispatchLine &line = order.lines[i];
        if (Status moved = changeStock(e, c, line.warehouseId, line.itemId, sign * line.quantity,
                                       lineField(i, "quantity"));
            !moved) {
            return moved;
        }
    }
    return {};
}

QString timeColumn(const QString &status)
{
    using namespace DispatchStatus;
    if (status == Issued) {
        return QStringLiteral("issued_at_ms");
    }
    if (status == Acknowledged) {
        return QStringLiteral("acknowledged_at_ms");
    }
    if (status == EnRoute) {
        return QStringLiteral("en_route_at_ms");
    }
    if (status == OnScene) {
        return QStringLiteral("on_scene_at_ms");
    }
    if (status == Completed) {
        return QStringLiteral("completed_at_ms");
    }
    return QStringLiteral("cancelled_at_ms");
}

QString timelineKindFor(const QString &status)
{
    if (status == DispatchStatus::Acknowledged) {
        return TimelineKind::Acknowledgement;
    }
    if (status == DispatchStatus::OnScene) {
        return TimelineKind::Arrival;
    }
    return TimelineKind::Dispatch;
}

Result<QString> transition(StoreEngine &e, MutationContext &c, const QString &to)
{
    const bool needsReason = to == DispatchStatus::Cancelled || to == DispatchStatus::Rejected;
    if (Status ok = allowOnly(c.args, needsReason ? QStringList{kId, QStringLiteral("reason")} : QStringList{kId});
        !ok) {
        return ok.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<QString> reason = needsReason ? requireText(c.args, QStringLiteral("reason")) : Result<QString>(QString());
    if (!reason) {
        return reason.error();
    }
    Result<DispatchOrder> order = e.readDispatchOrder(id.value());
    if (!order) {
        return order.error();
    }
    const QString from = order->status;
    if (!dispatchTransitionAllowed(from, to)) {
        return fieldError(QStringLiteral("status"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "the order is %1 and cannot become %2"))
                                                        .arg(dispatchStatusLabel(from), dispatchStatusLabel(to)));
    }
    if (to == DispatchStatus::Issued) {
        if (Status free = checkTeamFree(e, order.value()); !free) {
            return free.error();
        }
        if (Status taken = moveLines(e, c, order.value(), -1.0); !taken) {
            return taken.error();
        }
    } else if (needsReason && dispatchStockDeducted(from) && from != DispatchStatus::OnScene) {
        if (Status returned = moveLines(e, c, order.value(), 1.0); !returned) {
            return returned.error();
        }
    }
    Result<QSqlQuery *> update = e.statement(QStringLiteral(
        "UPDATE dispatch_orders SET status = ?, %1 = ?, reason = coalesce(?, reason), updated_at_ms = ? WHERE id = ?")
                                                 .arg(timeColumn(to)));
    if (!update) {
        return update.error();
    }
    QSqlQuery &q = **update;
    q.bindValue(0, to);
    q.bindValue(1, c.nowMs);
    q.bindValue(2, reason->isEmpty() ? QVariant() : QVariant(reason.value()));
    q.bindValue(3, c.nowMs);
    q.bindValue(4, order->id);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    const QString teamStatus = teamStatusForDispatch(to);
    if (!order->teamId.isEmpty() && !teamStatus.isEmpty()) {
        Result<bool> teamExists = e.exists(kindDef(ResourceKind::Teams), order->teamId);
        if (teamExists && *teamExists) {
            if (Status updated = e.updateColumns(kindDef(ResourceKind::Teams), order->teamId,
                                                 {{QStringLiteral("status"), teamStatus}}, std::nullopt, c.nowMs);
                !updated) {
                return updated.error();
            }
            if (Status stamped = e.lwwStamp(order->teamId, QStringLiteral("status"), c.hlc); !stamped) {
                return stamped.error();
            }
            e.noteRecord(ResourceKind::Teams, order->teamId);
        }
    }
    e.noteOrder(order->id, order->incidentId);
    QJsonObject payload{{QStringLiteral("order_id"), order->id},
                        {QStringLiteral("team_id"), order->teamId},
                        {QStringLiteral("from"), from},
                        {QStringLiteral("to"), to}};
    QString text = storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1: %2")).arg(teamName(e, order->teamId), dispatchStatusLabel(to));
    if (!reason->isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason.value());
        text += QStringLiteral(" (") + reason.value() + QLatin1Char(')');
    }
    if (Status logged = e.appendTimeline(c, order->incidentId, timelineKindFor(to), text, payload); !logged) {
        return logged.error();
    }
    return order->id;
}

} // namespace

void registerDispatchMutations(MutationHandlers &handlers)
{
    handlers.insert(QStringLiteral("dispatch.propose"), propose);
    const QList<QPair<const char *, QString>> steps{
        {"dispatch.issue", DispatchStatus::Issued},       {"dispatch.acknowledge", DispatchStatus::Acknowledged},
        {"dispatch.enRoute", DispatchStatus::EnRoute},    {"dispatch.onScene", DispatchStatus::OnScene},
        {"dispatch.complete", DispatchStatus::Completed}, {"dispatch.cancel", DispatchStatus::Cancelled},
        {"dispatch.reject", DispatchStatus::Rejected},
    };
    for (const auto &[name, status] : steps) {
        const QString to = status;
        handlers.insert(QLatin1String(name), [to](StoreEngine &e, MutationContext &c) { return transition(e, c, to); });
    }
}

} // namespace tw::Internal
