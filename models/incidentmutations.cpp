// Incident mutations with rules of their own (grading, status, casualties, acknowledgement,
// merging); timeline notes are in timelinenote.cpp. Each one appends a timeline event with its actor
// and time.

#include "incidentstatus.h"
#include "storeengine.h"
#include "timelineevent.h"

#include <QJsonDocument>

namespace tw::Internal {

// plan.tickStep lives in planmutations.cpp; it is registered with the incident mutations because a
// tick is an incident timeline event.
Result<QString> tickPlanStep(StoreEngine &e, MutationContext &c);
// timeline.note (notes and attachments) lives in timelinenote.cpp.
Result<QString> timelineNote(StoreEngine &e, MutationContext &c);

namespace {

const QString kId = QStringLiteral("id");

const KindDef &incidents()
{
    return kindDef(ResourceKind::Incidents);
}

// Reads the incident named by the "id" argument after checking the allowed arguments.
Result<Record> targetIncident(StoreEngine &e, const QJsonObject &args, const QStringList &allowed)
{
    if (Status ok = allowOnly(args, allowed); !ok) {
        return ok.error();
    }
    Result<QString> id = requireText(args, kId);
    if (!id) {
        return id.error();
    }
    return e.readRecord(incidents(), id.value());
}

Status writeIncident(StoreEngine &e, MutationContext &c, const QString &id, const QVariantMap &values)
{
    if (Status updated = e.updateColumns(incidents(), id, values, std::nullopt, c.nowMs); !updated) {
        return updated;
    }
    e.noteRecord(ResourceKind::Incidents, id);
    return {};
}

Result<QString> setLevel(StoreEngine &e, MutationContext &c)
{
    const QString key = QStringLiteral("event_level");
    Result<Record> incident = targetIncident(e, c.args, {kId, key, QStringLiteral("reason")});
    if (!incident) {
        return incident.error();
    }
    Result<QVariant> level = convertFieldValue(*incidents().field(key), c.args.value(key).toVariant());
    if (!level) {
        return level.error();
    }
    if (!level->isValid()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    Result<QString> reason = optionalText(c.args, QStringLiteral("reason"));
    if (!reason) {
        return reason.error();
    }
    if (incident->text(QStringLiteral("category")).isEmpty()) {
        return fieldError(QStringLiteral("category"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "set the incident's category before grading it")));
    }
    const QString from = incident->text(key);
    const QString to = level->toString();
    if (from == to) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "the incident is already at level %1")).arg(to));
    }
    if (Status written = writeIncident(e, c, incident->id, {{key, to}}); !written) {
        return written.error();
    }
    const QString text = from.isEmpty() ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Graded level %1")).arg(to)
                                        : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Level changed from %1 to %2")).arg(from, to);
    QJsonObject payload{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!reason->isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason.value());
    }
    if (Status logged = e.appendTimeline(c, incident->id, TimelineKind::LevelChange, text, payload); !logged) {
        return logged.error();
    }
    return incident->id;
}

Result<QString> setWarningLevel(StoreEngine &e, MutationContext &c)
{
    const QString key = QStringLiteral("warning_level");
    Result<Record> incident = targetIncident(e, c.args, {kId, key});
    if (!incident) {
        return incident.error();
    }
    if (!c.args.contains(key)) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required (null lifts the warning)")));
    }
    // null or "" lifts the warning.
    Result<QVariant> level = convertFieldValue(*incidents().field(key), c.args.value(key).toVariant());
    if (!level) {
        return level.error();
    }
    const QString from = incident->text(key);
    const QString to = level->toString();
    if (from == to) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "the warning level is already \"%1\"")).arg(to));
    }
    if (Status written = writeIncident(e, c, incident->id, {{key, level.value()}}); !written) {
        return written.error();
    }
    const QString text = to.isEmpty() ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Warning lifted")) : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Warning level set to %1")).arg(to);
    if (Status logged = e.appendTimeline(c, incident->id, TimelineKind::WarningChange, text,
                                         {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        !logged) {
        return logged.error();
    }
    return incident->id;
}

Result<QString> setStatus(StoreEngine &e, MutationContext &c)
{
    const QString key = QStringLiteral("status");
    Result<Record> incident = targetIncident(e, c.args, {kId, key, QStringLiteral("reason")});
    if (!incident) {
        return incident.error();
    }
    Result<QString> to = requireText(c.args, key);
    if (!to) {
        return to.error();
    }
    Result<QString> reason = optionalText(c.args, QStringLiteral("reason"));
    if (!reason) {
        return reason.error();
    }
    const QString from = incident->text(key);
    if (!incidentTransitionAllowed(from, to.value())) {
        const QStringList allowed = allowedIncidentTransitions(from);
        return fieldError(key, allowed.isEmpty()
                                   ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "a %1 incident cannot change status")).arg(from)
                                   : storeTr(QT_TRANSLATE_NOOP("tw::Store", "cannot go from %1 to %2 (allowed: %3)"))
                                         .arg(from, to.value(), allowed.join(QStringLiteral(", "))));
    }
    if (reason->isEmpty() && incidentTransitionNeedsReason(from, to.value())) {
        return fieldError(QStringLiteral("reason"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required to go from %1 to %2")).arg(from, to.value()));
    }
    if (Status written = writeIncident(e, c, incident->id, {{key, to.value()}}); !written) {
        return written.error();
    }
    const bool verification = to.value() == IncidentStatus::Verified;
    const QString text = verification ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Verified"))
                                      : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Status changed from %1 to %2")).arg(from, to.value());
    QJsonObject payload{{QStringLiteral("from"), from}, {QStringLiteral("to"), to.value()}};
    if (!reason->isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason.value());
    }
    if (Status logged = e.appendTimeline(c, incident->id,
                                         verification ? TimelineKind::Verification : TimelineKind::StatusChange,
                                         text, payload);
        !logged) {
        return logged.error();
    }
    return incident->id;
}

Result<QString> setCasualties(StoreEngine &e, MutationContext &c)
{
    static const QStringList counts{QStringLiteral("deaths"), QStringLiteral("serious_injuries"),
                                    QStringLiteral("missing"), QStringLiteral("trapped")};
    const QString loss = QStringLiteral("direct_loss_cny");
    Result<Record> incident = targetIncident(e, c.args, QStringList{kId, loss} + counts);
    if (!incident) {
        return incident.error();
    }
    QVariantMap values;
    QJsonObject payload;
    for (const QString &key : counts) {
        Result<std::optional<qint64>> n = optionalInteger(c.args, key, 0);
        if (!n) {
            return n.error();
        }
        if (n->has_value()) {
            values.insert(key, n->value());
            payload.insert(key, QJsonObject{{QStringLiteral("from"), incident->integer(key)},
                                            {QStringLiteral("to"), n->value()}});
        }
    }
    Result<std::optional<double>> lossValue = optionalNumber(c.args, loss);
    if (!lossValue) {
        return lossValue.error();
    }
    if (lossValue->has_value()) {
        if (lossValue->value() < 0.0) {
            return fieldError(loss, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must not be negative")));
        }
        values.insert(loss, lossValue->value());
        payload.insert(loss, QJsonObject{{QStringLiteral("from"), incident->real(loss)},
                                         {QStringLiteral("to"), lossValue->value()}});
    }
    if (values.isEmpty()) {
        return fieldError(QStringLiteral("deaths"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "give at least one of deaths, serious_injuries, missing, "
                                                            "trapped, direct_loss_cny")));
    }
    if (Status written = writeIncident(e, c, incident->id, values); !written) {
        return written.error();
    }
    const Record &r = incident.value();
    auto now = [&](const QString &key) { return values.value(key, r.integer(key)).toLongLong(); };
    const QString text = storeTr(QT_TRANSLATE_NOOP("tw::Store", "Casualties: %1 dead, %2 seriously injured, %3 missing, %4 trapped"))
                             .arg(now(counts[0]))
                             .arg(now(counts[1]))
                             .arg(now(counts[2]))
                             .arg(now(counts[3]));
    if (Status logged = e.appendTimeline(c, r.id, TimelineKind::CasualtyUpdate, text, payload); !logged) {
        return logged.error();
    }
    return r.id;
}

Result<QString> acknowledge(StoreEngine &e, MutationContext &c)
{
    Result<Record> incident = targetIncident(e, c.args, {kId});
    if (!incident) {
        return incident.error();
    }
    if (incident->value(QStringLiteral("acknowledged_at_ms")).isValid()) {
        return fieldError(kId, storeTr(QT_TRANSLATE_NOOP("tw::Store", "already acknowledged by %1")).arg(incident->text(QStringLiteral("acknowledged_by"))));
    }
    if (Status written = writeIncident(e, c, incident->id,
                                       {{QStringLiteral("acknowledged_by"), c.actor},
                                        {QStringLiteral("acknowledged_at_ms"), c.nowMs}});
        !written) {
        return written.error();
    }
    const QString text = c.actor.isEmpty() ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Acknowledged")) : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Acknowledged by %1")).arg(c.actor);
    if (Status logged = e.appendTimeline(c, incident->id, TimelineKind::Acknowledgement, text); !logged) {
        return logged.error();
    }
    return incident->id;
}

// The id of the incident `incidentId` was merged into, empty when it never was.
Result<QString> mergedInto(StoreEngine &e, const QString &incidentId)
{
    Result<QSqlQuery *> query = e.statement(QStringLiteral(
        "SELECT payload FROM timeline_events WHERE incident_id = ? AND kind = ? AND payload LIKE ? "
        "ORDER BY at_ms DESC, seq DESC"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, incidentId);
    q.bindValue(1, TimelineKind::StatusChange);
    q.bindValue(2, QStringLiteral("%\"merged_into\"%"));
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    while (q.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QString into = payload.value(QStringLiteral("merged_into")).toString();
        if (!into.isEmpty()) {
            return into;
        }
    }
    return QString();
}

// Copies every timeline event of `fromId` onto `intoId` at its original time and by its original
// actor, noting where it came from, so both timelines stay complete.
Status copyTimeline(StoreEngine &e, MutationContext &c, const QString &fromId, const QString &intoId)
{
    Result<QSqlQuery *> query = e.statement(QStringLiteral(
        "SELECT id, at_ms, kind, actor, text, payload, attachment FROM timeline_events "
        "WHERE incident_id = ? ORDER BY at_ms, seq"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, fromId);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    QList<TimelineEvent> events;
    while (q.next()) {
        TimelineEvent event;
        event.id = q.value(0).toString();
        event.atMs = q.value(1).toLongLong();
        event.kind = q.value(2).toString();
        event.actor = q.value(3).toString();
        event.text = q.value(4).toString();
        event.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        event.attachment = q.value(6).toString();
        events.append(event);
    }
    q.finish();
    const QString actor = c.actor;
    for (TimelineEvent &event : events) {
        event.payload.insert(QStringLiteral("merged_from"), fromId);
        event.payload.insert(QStringLiteral("merged_event_id"), event.id);
        c.actor = event.actor;
        const Status copied = e.appendTimeline(c, intoId, event.kind, event.text, event.payload, event.attachment,
                                               event.atMs);
        c.actor = actor;
        if (!copied) {
            return copied;
        }
    }
    return {};
}

// Moves the merged incident's dispatch orders to the surviving one: the teams and supplies now
// serve the incident that stays open. Their dispatch events stay on both timelines.
Status moveOrders(StoreEngine &e, MutationContext &c, const QString &fromId, const QString &intoId)
{
    const QList<DispatchOrder> orders = e.readDispatchOrders(QStringLiteral("incident_id = ?"), {fromId});
    if (orders.isEmpty()) {
        return {};
    }
    Result<QSqlQuery *> query = e.statement(
        QStringLiteral("UPDATE dispatch_orders SET incident_id = ?, updated_at_ms = ? WHERE incident_id = ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, intoId);
    q.bindValue(1, c.nowMs);
    q.bindValue(2, fromId);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    for (const DispatchOrder &order : orders) {
        e.noteOrder(order.id, intoId);
    }
    return {};
}

Result<QString> merge(StoreEngine &e, MutationContext &c)
{
    const QString intoKey = QStringLiteral("into_id");
    const QString status = QStringLiteral("status");
    Result<Record> merged = targetIncident(e, c.args, {kId, intoKey, QStringLiteral("reason")});
    if (!merged) {
        return merged.error();
    }
    Result<QString> intoId = requireText(c.args, intoKey);
    if (!intoId) {
        return intoId.error();
    }
    Result<QString> reason = optionalText(c.args, QStringLiteral("reason"));
    if (!reason) {
        return reason.error();
    }
    if (intoId.value() == merged->id) {
        return fieldError(intoKey, storeTr(QT_TRANSLATE_NOOP("tw::Store", "an incident cannot be merged into itself")));
    }
    Result<Record> into = e.readRecord(incidents(), intoId.value());
    if (!into) {
        return fieldError(intoKey, into.error().message);
    }
    Result<QString> earlier = mergedInto(e, merged->id);
    if (!earlier) {
        return earlier.error();
    }
    if (!earlier->isEmpty()) {
        return fieldError(kId, storeTr(QT_TRANSLATE_NOOP("tw::Store", "the incident was already merged into another one (%1)")).arg(earlier.value()));
    }
    const QString fromStatus = merged->text(status);
    if (!isIncidentOpen(fromStatus)) {
        return fieldError(kId, storeTr(QT_TRANSLATE_NOOP("tw::Store", "a %1 incident cannot be merged")).arg(fromStatus));
    }
    if (!isIncidentOpen(into->text(status))) {
        return fieldError(intoKey, storeTr(QT_TRANSLATE_NOOP("tw::Store", "cannot merge into a %1 incident")).arg(into->text(status)));
    }
    const QString exercise = QStringLiteral("exercise_id");
    if (merged->text(exercise) != into->text(exercise)) {
        return fieldError(intoKey, storeTr(QT_TRANSLATE_NOOP("tw::Store", "drill incidents and real incidents are never merged")));
    }

    const QString intoTitle = into->text(QStringLiteral("title"));
    const QString mergedTitle = merged->text(QStringLiteral("title"));
    if (Status copied = copyTimeline(e, c, merged->id, into->id); !copied) {
        return copied.error();
    }
    if (Status moved = moveOrders(e, c, merged->id, into->id); !moved) {
        return moved.error();
    }
    if (Status written = writeIncident(e, c, merged->id, {{status, IncidentStatus::FalseAlarm}}); !written) {
        return written.error();
    }
    QString because = storeTr(QT_TRANSLATE_NOOP("tw::Store", "merged into %1")).arg(intoTitle);
    if (!reason->isEmpty()) {
        because += QStringLiteral(": ") + reason.value();
    }
    const QJsonObject mergedPayload{{QStringLiteral("from"), fromStatus},
                                    {QStringLiteral("to"), IncidentStatus::FalseAlarm},
                                    {QStringLiteral("reason"), because},
                                    {QStringLiteral("merged_into"), into->id}};
    if (Status logged = e.appendTimeline(c, merged->id, TimelineKind::StatusChange,
                                         storeTr(QT_TRANSLATE_NOOP("tw::Store", "Merged into %1")).arg(intoTitle), mergedPayload);
        !logged) {
        return logged.error();
    }
    QJsonObject intoPayload{{QStringLiteral("from"), into->text(status)},
                            {QStringLiteral("to"), into->text(status)},
                            {QStringLiteral("merged_from"), merged->id}};
    if (!reason->isEmpty()) {
        intoPayload.insert(QStringLiteral("reason"), reason.value());
    }
    if (Status logged = e.appendTimeline(c, into->id, TimelineKind::StatusChange,
                                         storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 merged into this incident")).arg(mergedTitle), intoPayload);
        !logged) {
        return logged.error();
    }
    e.noteRecord(ResourceKind::Incidents, into->id);
    return into->id;
}

} // namespace

void registerIncidentMutations(MutationHandlers &handlers)
{
    handlers.insert(QStringLiteral("incident.setLevel"), setLevel);
    handlers.insert(QStringLiteral("incident.setWarningLevel"), setWarningLevel);
    handlers.insert(QStringLiteral("incident.setStatus"), setStatus);
    handlers.insert(QStringLiteral("incident.setCasualties"), setCasualties);
    handlers.insert(QStringLiteral("incident.acknowledge"), acknowledge);
    handlers.insert(QStringLiteral("timeline.note"), timelineNote);
    handlers.insert(QStringLiteral("incident.merge"), merge);
    handlers.insert(QStringLiteral("plan.tickStep"), tickPlanStep);
}

} // namespace tw::Internal
