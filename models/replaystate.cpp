#include "replaystate.h"

#include "store.h"
#include "storeengine.h"

#include <QJsonDocument>

#include <algorithm>

namespace tw {

namespace {

QString describe(const Record &record)
{
    QJsonObject json = record.toJson();
    json.insert(QStringLiteral("created_at_ms"), record.createdAtMs);
    json.insert(QStringLiteral("updated_at_ms"), record.updatedAtMs);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// Records compare by their canonical field values, so 3 and 3.0 or "" and null agree.
bool sameRecord(const Record &a, const Record &b)
{
    if (a.id != b.id || a.createdAtMs != b.createdAtMs || a.updatedAtMs != b.updatedAtMs
        || a.point.has_value() != b.point.has_value()) {
        return false;
    }
    if (a.point && (a.point->lon != b.point->lon || a.point->lat != b.point->lat)) {
        return false;
    }
    for (const FieldDef &field : kindDef(a.kind).fields) {
        if (canonicalFieldValue(field, a.value(field.key)) != canonicalFieldValue(field, b.value(field.key))) {
            return false;
        }
    }
    return true;
}

QString describe(const DispatchOrder &o)
{
    QStringList lines;
    for (const DispatchLine &line : o.lines) {
        lines << QStringLiteral("%1/%2x%3").arg(line.warehouseId, line.itemId).arg(line.quantity);
    }
    return QStringLiteral("order %1 incident=%2 team=%3 status=%4 created=%5 issued=%6 ack=%7 enRoute=%8 "
                          "onScene=%9 completed=%10 cancelled=%11 reason=%12 exercise=%13 lines=[%14]")
        .arg(o.id, o.incidentId, o.teamId, o.status)
        .arg(o.createdAtMs)
        .arg(o.issuedAtMs)
        .arg(o.acknowledgedAtMs)
        .arg(o.enRouteAtMs)
        .arg(o.onSceneAtMs)
        .arg(o.completedAtMs)
        .arg(o.cancelledAtMs)
        .arg(o.reason, o.exerciseId, lines.join(QLatin1Char(',')));
}

QString describe(const Drawing &d)
{
    QJsonObject json = d.createArgs();
    json.insert(QStringLiteral("created_by"), d.createdBy);
    json.insert(QStringLiteral("created_at_ms"), d.createdAtMs);
    json.insert(QStringLiteral("updated_at_ms"), d.updatedAtMs);
    json.insert(QStringLiteral("radius_m"), d.radiusMeters);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

QVariant canonicalFieldValue(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant();
    }
    const QVariant typed = Internal::fromSqlValue(field, value);
    // Blank text is no value, as an absent field.
    return typed.typeId() == QMetaType::QString && typed.toString().isEmpty() ? QVariant() : typed;
}

const Record *ReplayState::record(ResourceKind kind, const QString &id) const
{
    return recordsOf(kind).find(id);
}

QList<Record> ReplayState::recordList(ResourceKind kind) const
{
    QList<Record> list = recordsOf(kind).values();
    std::sort(list.begin(), list.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return list;
}

QList<DispatchOrder> ReplayState::dispatchOrders(const QString &incidentId) const
{
    QList<DispatchOrder> result;
    for (const DispatchOrder &order : orders) {
        if (incidentId.isEmpty() || order.incidentId == incidentId) {
            result.append(order);
        }
    }
    std::sort(result.begin(), result.end(), [](const DispatchOrder &a, const DispatchOrder &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
    });
    return result;
}

qsizetype ReplayState::size() const
{
    qsizetype n = orders.size() + drawings.size();
    for (const auto &kind : records) {
        n += kind.size();
    }
    return n;
}

qint64 ReplayState::takeCopiedBytes()
{
    qint64 bytes = orders.takeCopiedBytes() + drawings.takeCopiedBytes() + lww.takeCopiedBytes() + copiedValueBytes;
    for (auto &kind : records) {
        bytes += kind.takeCopiedBytes();
    }
    copiedValueBytes = 0;
    return bytes;
}

ReplayState ReplayState::fromStore(const Store &store)
{
    ReplayState state;
    for (const KindDef &kind : allKinds()) {
        ReplayTable<Record> &into = state.recordsOf(kind.kind);
        for (const Record &record : store.records(kind.kind)) {
            into.insert(record);
        }
    }
    for (const DispatchOrder &order : store.dispatchOrders()) {
        state.orders.insert(order);
    }
    for (const Drawing &drawing : readDrawings(store)) {
        state.drawings.insert(drawing);
    }
    return state;
}

QString ReplayState::difference(const ReplayState &a, const ReplayState &b)
{
    for (const KindDef &kind : allKinds()) {
        const ReplayTable<Record> &left = a.recordsOf(kind.kind);
        const ReplayTable<Record> &right = b.recordsOf(kind.kind);
        for (const Record &record : left) {
            const Record *other = right.find(record.id);
            if (!other) {
                return QStringLiteral("%1 %2 only in the first state: %3").arg(kind.name, record.id, describe(record));
            }
            if (!sameRecord(record, *other)) {
                return QStringLiteral("%1 %2 differs:\n  %3\n  %4").arg(kind.name, record.id, describe(record),
                                                                          describe(*other));
            }
        }
        for (const Record &record : right) {
            if (!left.contains(record.id)) {
                return QStringLiteral("%1 %2 only in the second state: %3").arg(kind.name, record.id, describe(record));
            }
        }
    }
    for (const DispatchOrder &order : a.orders) {
        const DispatchOrder *other = b.orders.find(order.id);
        if (!other) {
            return QStringLiteral("only in the first state: %1").arg(describe(order));
        }
        const QString left = describe(order);
        const QString right = describe(*other);
        if (left != right) {
            return QStringLiteral("orders differ:\n  %1\n  %2").arg(left, right);
        }
    }
    for (const DispatchOrder &order : b.orders) {
        if (!a.orders.contains(order.id)) {
            return QStringLiteral("only in the second state: %1").arg(describe(order));
        }
    }
    for (const Drawing &drawing : a.drawings) {
        const Drawing *other = b.drawings.find(drawing.id);
        if (!other || describe(drawing) != describe(*other)) {
            return QStringLiteral("drawings differ:\n  %1\n  %2").arg(describe(drawing), other ? describe(*other) : QString());
        }
    }
    for (const Drawing &drawing : b.drawings) {
        if (!a.drawings.contains(drawing.id)) {
            return QStringLiteral("drawing only in the second state: %1").arg(describe(drawing));
        }
    }
    return {};
}

} // namespace tw
