// The replay's copy of each mutation's effects. Every function mirrors one handler of the store
// (recordmutations, incidentmutations, resourcemutations, stockmutations, dispatchmutations);
// the property test in tests/models/tst_replay.cpp compares the two after random sequences.

#include "replayreducer.h"

#include "incidentstatus.h"
#include "mutationcontext.h"

#include <QJsonArray>

namespace tw {

namespace {

const QString kId = QStringLiteral("id");

struct Fold {
    ReplayState &state;
    const LoggedMutation &logged;
    Internal::MutationContext context; // for derived ids, shared with the store

    const QJsonObject &args() const { return logged.mutation.args; }
    qint64 nowMs() const { return logged.mutation.hlc.wallMs; }
    QString id() const { return args().value(kId).toString().trimmed(); }
};

void setValue(Record &record, const QString &key, const QVariant &value)
{
    const FieldDef *field = kindDef(record.kind).field(key);
    const QVariant canonical = field ? canonicalFieldValue(*field, value) : value;
    if (canonical.isValid()) {
        record.values.insert(key, canonical);
    } else {
        record.values.remove(key);
    }
}

// Writes values (and the point) and stamps the update time, as StoreEngine::updateColumns does.
void update(Fold &f, ResourceKind kind, const QString &id, const QVariantMap &values,
            std::optional<LonLat> point = std::nullopt)
{
    QHash<QString, Record> &all = f.state.recordsOf(kind);
    const auto it = all.find(id);
    if (it == all.end()) {
        return;
    }
    for (auto v = values.cbegin(); v != values.cend(); ++v) {
        setValue(*it, v.key(), v.value());
    }
    if (point) {
        it->point = point;
    }
    it->updatedAtMs = f.nowMs();
}

// Last writer wins: true (and stamps) when the mutation is newer than the field's last change.
bool lwwWins(Fold &f, const QString &entityId, const QString &field)
{
    Hlc &stamp = f.state.lww[entityId][field];
    if (!stamp.isNull() && !(stamp < f.logged.mutation.hlc)) {
        return false;
    }
    stamp = f.logged.mutation.hlc;
    return true;
}

QVariantMap fieldArguments(const QJsonObject &args)
{
    QVariantMap values = args.toVariantMap();
    values.remove(kId);
    values.remove(QStringLiteral("lon"));
    values.remove(QStringLiteral("lat"));
    return values;
}

std::optional<LonLat> pointArgument(const QJsonObject &args, std::optional<LonLat> fallback)
{
    const QJsonValue lon = args.value(QStringLiteral("lon"));
    const QJsonValue lat = args.value(QStringLiteral("lat"));
    const bool hasLon = !lon.isUndefined() && !lon.isNull();
    const bool hasLat = !lat.isUndefined() && !lat.isNull();
    if (!hasLon && !hasLat) {
        return std::nullopt;
    }
    auto number = [](const QJsonValue &v) { return v.isString() ? v.toString().trimmed().toDouble() : v.toDouble(); };
    return LonLat(hasLon ? number(lon) : (fallback ? fallback->lon : 0.0),
                  hasLat ? number(lat) : (fallback ? fallback->lat : 0.0));
}

void createRecord(Fold &f, const KindDef &kind)
{
    Result<QVariantMap> values = validateValues(kind, fieldArguments(f.args()), false);
    Record record{kind.kind, f.id(), pointArgument(f.args(), std::nullopt), values.valueOr({}), f.nowMs(), f.nowMs()};
    if (kind.kind == ResourceKind::Incidents && !record.values.value(QStringLiteral("reported_at_ms")).isValid()) {
        record.values.insert(QStringLiteral("reported_at_ms"), f.nowMs());
    }
    QVariantMap canonical = record.values;
    record.values.clear();
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        setValue(record, it.key(), it.value());
    }
    f.state.recordsOf(kind.kind).insert(record.id, record);
}

void updateRecord(Fold &f, const KindDef &kind)
{
    const Record *existing = f.state.record(kind.kind, f.id());
    if (!existing) {
        return;
    }
    const QVariantMap values = validateValues(kind, fieldArguments(f.args()), true).valueOr({});
    std::optional<LonLat> point = pointArgument(f.args(), existing->point);
    QVariantMap applied;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (lwwWins(f, f.id(), it.key())) {
            applied.insert(it.key(), it.value());
        }
    }
    if (point && !lwwWins(f, f.id(), QStringLiteral("position"))) {
        point.reset();
    }
    if (applied.isEmpty() && !point) {
        return;
    }
    update(f, kind.kind, f.id(), applied, point);
}

void deleteRecord(Fold &f, const KindDef &kind)
{
    f.state.recordsOf(kind.kind).remove(f.id());
    f.state.lww.remove(f.id());
}

void setIncidentField(Fold &f, const QString &key)
{
    update(f, ResourceKind::Incidents, f.id(), {{key, f.args().value(key).toVariant()}});
}

void setCasualties(Fold &f)
{
    QVariantMap values;
    for (const char *key : {"deaths", "serious_injuries", "missing", "trapped", "direct_loss_cny"}) {
        const QJsonValue value = f.args().value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            values.insert(QLatin1String(key), value.toVariant());
        }
    }
    update(f, ResourceKind::Incidents, f.id(), values);
}

void acknowledge(Fold &f)
{
    update(f, ResourceKind::Incidents, f.id(),
           {{QStringLiteral("acknowledged_by"), f.logged.mutation.actor},
            {QStringLiteral("acknowledged_at_ms"), f.nowMs()}});
}

// The merged incident becomes a false alarm and its orders move to the surviving incident; the
// copied timeline events are not part of the replayed state.
void mergeIncident(Fold &f)
{
    const QString intoId = f.args().value(QStringLiteral("into_id")).toString().trimmed();
    update(f, ResourceKind::Incidents, f.id(), {{QStringLiteral("status"), IncidentStatus::FalseAlarm}});
    for (DispatchOrder &order : f.state.orders) {
        if (order.incidentId == f.id()) {
            order.incidentId = intoId;
        }
    }
}

void teamSetStatus(Fold &f)
{
    if (lwwWins(f, f.id(), QStringLiteral("status"))) {
        update(f, ResourceKind::Teams, f.id(), {{QStringLiteral("status"), f.args().value(QStringLiteral("status")).toVariant()}});
    }
}

void teamSetPosition(Fold &f)
{
    if (!f.state.record(ResourceKind::Teams, f.id()) || !lwwWins(f, f.id(), QStringLiteral("position"))) {
        return;
    }
    QVariantMap values{{QStringLiteral("position_at_ms"), f.args().value(QStringLiteral("at_ms")).toVariant()}};
    const QJsonValue heading = f.args().value(QStringLiteral("heading_deg"));
    if (!heading.isUndefined() && !heading.isNull()) {
        values.insert(QStringLiteral("heading_deg"), heading.toVariant());
    }
    update(f, ResourceKind::Teams, f.id(), values, pointArgument(f.args(), std::nullopt));
}

void shelterSetOccupancy(Fold &f)
{
    const Record *shelter = f.state.record(ResourceKind::Shelters, f.id());
    if (!shelter) {
        return;
    }
    const qint64 occupancy = f.args().value(QStringLiteral("occupancy")).toVariant().toLongLong();
    const qint64 capacity = shelter->integer(QStringLiteral("capacity"));
    QVariantMap values{{QStringLiteral("occupancy"), occupancy}};
    const QString status = shelter->text(QStringLiteral("status"));
    if (status == QLatin1String("open") && occupancy >= capacity) {
        values.insert(QStringLiteral("status"), QStringLiteral("full"));
    } else if (status == QLatin1String("full") && occupancy < capacity) {
        values.insert(QStringLiteral("status"), QStringLiteral("open"));
    }
    update(f, ResourceKind::Shelters, f.id(), values);
}

void sensorReading(Fold &f)
{
    const Record *sensor = f.state.record(ResourceKind::Sensors, f.id());
    if (!sensor) {
        return;
    }
    const double value = f.args().value(QStringLiteral("value")).toVariant().toDouble();
    const qint64 atMs = f.args().value(QStringLiteral("at_ms")).toVariant().toLongLong();
    const QVariant lastAt = sensor->value(QStringLiteral("last_reading_at_ms"));
    if (lastAt.isValid() && atMs < lastAt.toLongLong()) {
        return; // a late reading: history only
    }
    const QVariant alarm = sensor->value(QStringLiteral("alarm_threshold"));
    const QVariant warning = sensor->value(QStringLiteral("warning_threshold"));
    QString state = QStringLiteral("normal");
    if (alarm.isValid() && value >= alarm.toDouble()) {
        state = QStringLiteral("alarm");
    } else if (warning.isValid() && value >= warning.toDouble()) {
        state = QStringLiteral("warning");
    }
    update(f, ResourceKind::Sensors, f.id(),
           {{QStringLiteral("last_value"), value},
            {QStringLiteral("last_reading_at_ms"), atMs},
            {QStringLiteral("alarm_state"), state}});
}

Record *stockLine(Fold &f, const QString &warehouseId, const QString &itemId)
{
    for (Record &line : f.state.recordsOf(ResourceKind::Stock)) {
        if (line.text(QStringLiteral("warehouse_id")) == warehouseId && line.text(QStringLiteral("item_id")) == itemId) {
            return &line;
        }
    }
    return nullptr;
}

void changeStock(Fold &f, const QString &warehouseId, const QString &itemId, double delta)
{
    if (Record *line = stockLine(f, warehouseId, itemId)) {
        update(f, ResourceKind::Stock, line->id,
               {{QStringLiteral("quantity"), line->real(QStringLiteral("quantity")) + delta}});
        return;
    }
    Record record{ResourceKind::Stock, f.context.derivedId(), std::nullopt,
                  {{QStringLiteral("warehouse_id"), warehouseId},
                   {QStringLiteral("item_id"), itemId},
                   {QStringLiteral("quantity"), delta},
                   {QStringLiteral("reserved"), 0.0}},
                  f.nowMs(), f.nowMs()};
    f.state.recordsOf(ResourceKind::Stock).insert(record.id, record);
}

void stockMutation(Fold &f, const QString &name)
{
    const QString warehouseId = f.args().value(QStringLiteral("warehouse_id")).toString().trimmed();
    const QString itemId = f.args().value(QStringLiteral("item_id")).toString().trimmed();
    if (name == QLatin1String("stock.adjust")) {
        changeStock(f, warehouseId, itemId, f.args().value(QStringLiteral("delta")).toVariant().toDouble());
        return;
    }
    Record *line = stockLine(f, warehouseId, itemId);
    if (!line) {
        return;
    }
    const double quantity = f.args().value(QStringLiteral("quantity")).toVariant().toDouble();
    const double sign = name == QLatin1String("stock.reserve") ? 1.0 : -1.0;
    update(f, ResourceKind::Stock, line->id,
           {{QStringLiteral("reserved"), line->real(QStringLiteral("reserved")) + sign * quantity}});
}

void dispatchPropose(Fold &f)
{
    DispatchOrder order;
    order.id = f.id();
    order.incidentId = f.args().value(QStringLiteral("incident_id")).toString().trimmed();
    order.teamId = f.args().value(QStringLiteral("team_id")).toString().trimmed();
    order.createdAtMs = f.nowMs();
    if (const Record *incident = f.state.record(ResourceKind::Incidents, order.incidentId)) {
        order.exerciseId = incident->text(QStringLiteral("exercise_id"));
    }
    const QJsonArray lines = f.args().value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        order.lines.append(DispatchLine{line.value(QStringLiteral("warehouse_id")).toString().trimmed(),
                                        line.value(QStringLiteral("item_id")).toString().trimmed(),
                                        line.value(QStringLiteral("quantity")).toVariant().toDouble()});
    }
    f.state.orders.insert(order.id, order);
}

void dispatchStep(Fold &f, const QString &to)
{
    const auto it = f.state.orders.find(f.id());
    if (it == f.state.orders.end()) {
        return;
    }
    DispatchOrder &order = *it;
    const QString from = order.status;
    const bool cancelling = to == DispatchStatus::Cancelled || to == DispatchStatus::Rejected;
    if (to == DispatchStatus::Issued) {
        for (const DispatchLine &line : std::as_const(order.lines)) {
            changeStock(f, line.warehouseId, line.itemId, -line.quantity);
        }
    } else if (cancelling && dispatchStockDeducted(from) && from != DispatchStatus::OnScene) {
        for (const DispatchLine &line : std::as_const(order.lines)) {
            changeStock(f, line.warehouseId, line.itemId, line.quantity);
        }
    }
    order.status = to;
    using namespace DispatchStatus;
    qint64 &stamp = to == Issued ? order.issuedAtMs
                    : to == Acknowledged ? order.acknowledgedAtMs
                    : to == EnRoute      ? order.enRouteAtMs
                    : to == OnScene      ? order.onSceneAtMs
                    : to == Completed    ? order.completedAtMs
                                         : order.cancelledAtMs;
    stamp = f.nowMs();
    const QString reason = f.args().value(QStringLiteral("reason")).toString().trimmed();
    if (!reason.isEmpty()) {
        order.reason = reason;
    }
    const QString teamStatus = teamStatusForDispatch(to);
    if (!order.teamId.isEmpty() && !teamStatus.isEmpty() && f.state.record(ResourceKind::Teams, order.teamId)) {
        f.state.lww[order.teamId][QStringLiteral("status")] = f.logged.mutation.hlc;
        update(f, ResourceKind::Teams, order.teamId, {{QStringLiteral("status"), teamStatus}});
    }
}

using Folder = void (*)(Fold &);

const QHash<QString, Folder> &specialFolders()
{
    static const QHash<QString, Folder> folders{
        {QStringLiteral("incident.setLevel"), [](Fold &f) { setIncidentField(f, QStringLiteral("event_level")); }},
        {QStringLiteral("incident.setWarningLevel"), [](Fold &f) { setIncidentField(f, QStringLiteral("warning_level")); }},
        {QStringLiteral("incident.setStatus"), [](Fold &f) { setIncidentField(f, QStringLiteral("status")); }},
        {QStringLiteral("incident.setCasualties"), setCasualties},
        {QStringLiteral("incident.acknowledge"), acknowledge},
        {QStringLiteral("timeline.note"), [](Fold &) {}},
        {QStringLiteral("incident.merge"), mergeIncident},
        {QStringLiteral("team.setStatus"), teamSetStatus},
        {QStringLiteral("team.setPosition"), teamSetPosition},
        {QStringLiteral("shelter.setOccupancy"), shelterSetOccupancy},
        {QStringLiteral("sensor.reading"), sensorReading},
        {QStringLiteral("stock.adjust"), [](Fold &f) { stockMutation(f, QStringLiteral("stock.adjust")); }},
        {QStringLiteral("stock.reserve"), [](Fold &f) { stockMutation(f, QStringLiteral("stock.reserve")); }},
        {QStringLiteral("stock.release"), [](Fold &f) { stockMutation(f, QStringLiteral("stock.release")); }},
        {QStringLiteral("dispatch.propose"), dispatchPropose},
        {QStringLiteral("dispatch.issue"), [](Fold &f) { dispatchStep(f, DispatchStatus::Issued); }},
        {QStringLiteral("dispatch.acknowledge"), [](Fold &f) { dispatchStep(f, DispatchStatus::Acknowledged); }},
        {QStringLiteral("dispatch.enRoute"), [](Fold &f) { dispatchStep(f, DispatchStatus::EnRoute); }},
        {QStringLiteral("dispatch.onScene"), [](Fold &f) { dispatchStep(f, DispatchStatus::OnScene); }},
        {QStringLiteral("dispatch.complete"), [](Fold &f) { dispatchStep(f, DispatchStatus::Completed); }},
        {QStringLiteral("dispatch.cancel"), [](Fold &f) { dispatchStep(f, DispatchStatus::Cancelled); }},
        {QStringLiteral("dispatch.reject"), [](Fold &f) { dispatchStep(f, DispatchStatus::Rejected); }},
        // Plan ticks only write the timeline.
        {QStringLiteral("plan.tickStep"), [](Fold &) {}},
    };
    return folders;
}

} // namespace

bool ReplayReducer::apply(ReplayState &state, const LoggedMutation &logged)
{
    Fold fold{state, logged, {}};
    fold.context.hlc = logged.mutation.hlc;
    const QString &name = logged.mutation.name;
    state.lastLocalSeq = logged.localSeq;
    ++state.mutationCount;
    const auto special = specialFolders().constFind(name);
    if (special != specialFolders().constEnd()) {
        special.value()(fold);
        return true;
    }
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const KindDef *kind = dot > 0 ? kindByMutationPrefix(name.left(dot)) : nullptr;
    const QStringView verb = dot > 0 ? QStringView(name).mid(dot + 1) : QStringView();
    if (kind && verb == QLatin1String("create")) {
        createRecord(fold, *kind);
    } else if (kind && verb == QLatin1String("update")) {
        updateRecord(fold, *kind);
    } else if (kind && verb == QLatin1String("delete")) {
        deleteRecord(fold, *kind);
    } else {
        ++state.unknownMutations[name];
        return false;
    }
    return true;
}

QStringList ReplayReducer::knownMutations()
{
    QStringList names = specialFolders().keys();
    for (const KindDef &kind : allKinds()) {
        for (const char *verb : {".create", ".update", ".delete"}) {
            names << kind.mutationPrefix + QLatin1String(verb);
        }
    }
    names.sort();
    return names;
}

} // namespace tw
