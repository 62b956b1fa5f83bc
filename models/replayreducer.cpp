// Folding half of replay: applies decoded steps (replaydecode.cpp) to a ReplayState with the
// effects the store's handlers had on its tables (recordmutations, incidentmutations,
// resourcemutations, stockmutations, dispatchmutations, drawingmutations); stock and orders are in
// replayfoldorders.cpp. The property test in tests/models/tst_replay.cpp compares the result with
// the live store after random sequences.

#include "replayreducer.h"

#include "incidentstatus.h"
#include "replayfold.h"

#include <QVarLengthArray>

namespace tw {

namespace ReplayFolding {

// A value as StoreEngine::updateColumns writes it: canonical, and a cleared field is removed.
void setCanonical(Record &record, const QString &key, const QVariant &value)
{
    if (value.isValid()) {
        record.values.insert(key, value);
    } else {
        record.values.remove(key);
    }
}

void setValue(Record &record, const QString &key, const QVariant &value)
{
    const FieldDef *field = kindDef(record.kind).field(key);
    setCanonical(record, key, field ? canonicalFieldValue(*field, value) : value);
}

namespace {

// A field map's node, for the estimate of what a checkpoint costs.
constexpr qint64 kMapNodeBytes = 96;

// An entity's stamps for changing them.
ReplayStamps &stampsOf(Fold &f, const QString &entityId)
{
    ReplayStamps *entry = f.state.lww.findForWrite(entityId);
    if (!entry) {
        return f.state.lww.insert(ReplayStamps { entityId, {} });
    }
    if (!entry->stamps.isDetached()) {
        f.state.copiedValueBytes += qint64(entry->stamps.size() * sizeof(entry->stamps.first()));
    }
    return *entry;
}

} // namespace

// The record for changing it; stamps the update time as StoreEngine::updateColumns does.
Record *touch(Fold &f, ResourceKind kind, const QString &id)
{
    Record *record = f.state.recordsOf(kind).findForWrite(id);
    if (record) {
        record->updatedAtMs = f.nowMs();
        if (!record->values.isDetached()) { // the first change copies the map it shares
            f.state.copiedValueBytes += record->values.size() * kMapNodeBytes;
        }
    }
    return record;
}

// Stamps the field of an entity with the mutation's HLC.
void setStamp(Fold &f, const QString &entityId, const QString &field)
{
    ReplayStamps &entry = stampsOf(f, entityId);
    const Hlc hlc = f.hlc();
    for (auto &[key, stamp] : entry.stamps) {
        if (ReplayTable<ReplayStamps>::sameId(key, field)) {
            stamp = hlc;
            return;
        }
    }
    entry.stamps.append({ field, hlc });
}

void update(Fold &f, ResourceKind kind, const QString &id, const QVariantMap &canonicalValues)
{
    if (Record *record = touch(f, kind, id)) {
        for (auto it = canonicalValues.cbegin(); it != canonicalValues.cend(); ++it) {
            setCanonical(*record, it.key(), it.value());
        }
    }
}

// Last writer wins: true (and stamps) when the mutation is newer than the field's last change.
bool lwwWins(Fold &f, const QString &entityId, const QString &field)
{
    const Hlc hlc = f.hlc();
    if (const ReplayStamps *entry = f.state.lww.find(entityId)) {
        for (const auto &[key, stamp] : entry->stamps) {
            if (ReplayTable<ReplayStamps>::sameId(key, field) && !stamp.isNull() && !(stamp < hlc)) {
                return false;
            }
        }
    }
    setStamp(f, entityId, field);
    return true;
}

} // namespace ReplayFolding

namespace {

using namespace ReplayFolding;
using Op = ReplayStep::Op;

std::optional<LonLat> pointOf(const ReplayStep &step, std::optional<LonLat> fallback)
{
    const bool hasLon = step.flags & ReplayStep::HasLon;
    const bool hasLat = step.flags & ReplayStep::HasLat;
    if (!hasLon && !hasLat) {
        return std::nullopt;
    }
    return LonLat(hasLon ? step.a : (fallback ? fallback->lon : 0.0),
        hasLat ? step.b : (fallback ? fallback->lat : 0.0));
}

void updateRecord(Fold &f, ResourceKind kind)
{
    const Record *existing = f.state.record(kind, f.id());
    if (!existing) {
        return;
    }
    std::optional<LonLat> point = pointOf(f.step, existing->point);
    const QVariantMap &values = f.log.mapPayload(f.step);
    QVarLengthArray<QVariantMap::const_iterator, 8> applied;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (lwwWins(f, f.id(), it.key())) {
            applied.append(it);
        }
    }
    if (point && !lwwWins(f, f.id(), kPosition)) {
        point.reset();
    }
    if (applied.isEmpty() && !point) {
        return;
    }
    Record *record = touch(f, kind, f.id());
    for (const auto &it : applied) {
        setCanonical(*record, it.key(), it.value());
    }
    if (point) {
        record->point = point;
    }
}

// The merged incident becomes a false alarm and its orders move to the surviving incident; the
// copied timeline events are not part of the replayed state.
void mergeIncident(Fold &f)
{
    const QString &intoId = f.log.string(f.step.text);
    update(f, ResourceKind::Incidents, f.id(), { { kStatus, IncidentStatus::FalseAlarm } });
    const QString &mergedId = f.id();
    f.state.orders.updateWhere(
        [&mergedId](const DispatchOrder &order) { return order.incidentId == mergedId; },
        [&intoId](DispatchOrder &order) { order.incidentId = intoId; });
}

void teamSetPosition(Fold &f)
{
    if (!f.state.record(ResourceKind::Teams, f.id()) || !lwwWins(f, f.id(), kPosition)) {
        return;
    }
    Record *team = touch(f, ResourceKind::Teams, f.id());
    const ReplayStep &step = f.step;
    setCanonical(*team, QStringLiteral("position_at_ms"),
        step.flags & ReplayStep::HasAt ? QVariant(step.atMs) : QVariant());
    if (step.flags & ReplayStep::HasHeading) {
        setCanonical(*team, QStringLiteral("heading_deg"),
            step.flags & ReplayStep::HeadingCleared ? QVariant() : QVariant(step.c));
    }
    if (const std::optional<LonLat> point = pointOf(step, std::nullopt)) {
        team->point = point;
    }
}

void shelterSetOccupancy(Fold &f)
{
    const Record *shelter = f.state.record(ResourceKind::Shelters, f.id());
    if (!shelter) {
        return;
    }
    const qint64 occupancy = f.step.atMs;
    const qint64 capacity = shelter->integer(QStringLiteral("capacity"));
    const QString status = shelter->text(kStatus);
    Record *record = touch(f, ResourceKind::Shelters, f.id());
    setValue(*record, QStringLiteral("occupancy"), occupancy);
    if (status == QLatin1String("open") && occupancy >= capacity) {
        setValue(*record, kStatus, QStringLiteral("full"));
    } else if (status == QLatin1String("full") && occupancy < capacity) {
        setValue(*record, kStatus, QStringLiteral("open"));
    }
}

void sensorReading(Fold &f)
{
    const Record *sensor = f.state.record(ResourceKind::Sensors, f.id());
    if (!sensor) {
        return;
    }
    const double value = f.step.a;
    const qint64 atMs = f.step.atMs;
    const QVariant lastAt = sensor->value(QStringLiteral("last_reading_at_ms"));
    if (lastAt.isValid() && atMs < lastAt.toLongLong()) {
        return; // a late reading: history only
    }
    const QVariant alarm = sensor->value(QStringLiteral("alarm_threshold"));
    const QVariant warning = sensor->value(QStringLiteral("warning_threshold"));
    QString alarmState = QStringLiteral("normal");
    if (alarm.isValid() && value >= alarm.toDouble()) {
        alarmState = QStringLiteral("alarm");
    } else if (warning.isValid() && value >= warning.toDouble()) {
        alarmState = QStringLiteral("warning");
    }
    Record *record = touch(f, ResourceKind::Sensors, f.id());
    setValue(*record, QStringLiteral("last_value"), value);
    setValue(*record, QStringLiteral("last_reading_at_ms"), atMs);
    setValue(*record, QStringLiteral("alarm_state"), alarmState);
}

// Last writer wins per group (geometry, label, colour), as drawing.update does.
void updateDrawing(Fold &f)
{
    const Drawing *stored = f.state.drawings.find(f.id());
    if (!stored) {
        return;
    }
    const Drawing &change = f.log.drawingPayload(f.step);
    const quint8 flags = f.step.flags;
    const QList<LonLat> points = flags & ReplayStep::DrawingPoints ? change.points : stored->points;
    const double radius = flags & ReplayStep::DrawingRadius ? change.radiusMeters : stored->radiusMeters;
    const bool geometry = (flags & (ReplayStep::DrawingPoints | ReplayStep::DrawingRadius))
        && lwwWins(f, f.id(), QStringLiteral("geometry"));
    const bool label = (flags & ReplayStep::DrawingLabel) && lwwWins(f, f.id(), QStringLiteral("label"));
    const bool color = (flags & ReplayStep::DrawingColor) && !change.color.isEmpty()
        && lwwWins(f, f.id(), QStringLiteral("color"));
    if ((flags & ReplayStep::DrawingColor) && change.color.isEmpty()) {
        lwwWins(f, f.id(), QStringLiteral("color")); // claimed with the colour it already has
    }
    Drawing &drawing = *f.state.drawings.findForWrite(f.id());
    if (geometry) {
        drawing.points = checkDrawingGeometry(drawing.shape, points, radius).valueOr(points);
        drawing.radiusMeters = radius;
    }
    if (label) {
        drawing.label = change.label;
    }
    if (color) {
        drawing.color = change.color;
    }
    drawing.updatedAtMs = f.nowMs();
}

} // namespace

bool ReplayReducer::apply(ReplayState &state, const ReplayLog &log, const ReplayStep &step)
{
    Fold fold { state, log, step, std::nullopt };
    state.lastLocalSeq = step.localSeq;
    ++state.mutationCount;
    const auto kind = ResourceKind(step.kind);
    switch (step.op) {
    case Op::Nothing:
        break;
    case Op::Unknown:
        ++state.unknownMutations[log.string(step.text)];
        return false;
    case Op::CreateRecord:
        state.recordsOf(kind).insert(log.recordPayload(step));
        break;
    case Op::UpdateRecord:
        updateRecord(fold, kind);
        break;
    case Op::DeleteRecord:
        state.recordsOf(kind).remove(fold.id());
        state.lww.remove(fold.id());
        break;
    case Op::SetFields:
        update(fold, kind, fold.id(), log.mapPayload(step));
        break;
    case Op::MergeIncident:
        mergeIncident(fold);
        break;
    case Op::TeamStatus:
        if (lwwWins(fold, fold.id(), kStatus)) {
            update(fold, ResourceKind::Teams, fold.id(), log.mapPayload(step));
        }
        break;
    case Op::TeamPosition:
        teamSetPosition(fold);
        break;
    case Op::ShelterOccupancy:
        shelterSetOccupancy(fold);
        break;
    case Op::SensorReading:
        sensorReading(fold);
        break;
    case Op::StockAdjust:
    case Op::StockReserve:
    case Op::StockRelease:
        stockMutation(fold);
        break;
    case Op::DispatchPropose:
        dispatchPropose(fold);
        break;
    case Op::DispatchStep:
        dispatchStep(fold);
        break;
    case Op::CreateDrawing:
        state.drawings.insert(log.drawingPayload(step));
        break;
    case Op::UpdateDrawing:
        updateDrawing(fold);
        break;
    case Op::DeleteDrawing:
        state.drawings.remove(fold.id());
        state.lww.remove(fold.id());
        break;
    }
    return true;
}

bool ReplayReducer::apply(ReplayState &state, const LoggedMutation &logged)
{
    ReplayLog log;
    log.append(logged);
    return apply(state, log, log.at(0));
}

QStringList ReplayReducer::knownMutations()
{
    return ReplayLog::knownMutations();
}

} // namespace tw
