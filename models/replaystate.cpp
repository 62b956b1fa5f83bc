#include "replaystate.h"

#include "store.h"

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

} // namespace

QVariant canonicalFieldValue(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant();
    }
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
    const QString text = value.toString();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const Record *ReplayState::record(ResourceKind kind, const QString &id) const
{
    const QHash<QString, Record> &all = recordsOf(kind);
    const auto it = all.constFind(id);
    return it == all.constEnd() ? nullptr : &it.value();
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
    qsizetype n = orders.size();
    for (const auto &kind : records) {
        n += kind.size();
    }
    return n;
}

ReplayState ReplayState::fromStore(const Store &store)
{
    ReplayState state;
    for (const KindDef &kind : allKinds()) {
        QHash<QString, Record> &into = state.recordsOf(kind.kind);
        for (const Record &record : store.records(kind.kind)) {
            into.insert(record.id, record);
        }
    }
    for (const DispatchOrder &order : store.dispatchOrders()) {
        state.orders.insert(order.id, order);
    }
    return state;
}

QString ReplayState::difference(const ReplayState &a, const ReplayState &b)
{
    for (const KindDef &kind : allKinds()) {
        const QHash<QString, Record> &left = a.recordsOf(kind.kind);
        const QHash<QString, Record> &right = b.recordsOf(kind.kind);
        for (auto it = left.cbegin(); it != left.cend(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.cend()) {
                return QStringLiteral("%1 %2 only in the first state: %3").arg(kind.name, it.key(), describe(*it));
            }
            if (!sameRecord(*it, *other)) {
                return QStringLiteral("%1 %2 differs:\n  %3\n  %4").arg(kind.name, it.key(), describe(*it),
                                                                          describe(*other));
            }
        }
        for (auto it = right.cbegin(); it != right.cend(); ++it) {
            if (!left.contains(it.key())) {
                return QStringLiteral("%1 %2 only in the second state: %3").arg(kind.name, it.key(), describe(*it));
            }
        }
    }
    for (auto it = a.orders.cbegin(); it != a.orders.cend(); ++it) {
        const auto other = b.orders.constFind(it.key());
        if (other == b.orders.cend()) {
            return QStringLiteral("only in the first state: %1").arg(describe(*it));
        }
        const QString left = describe(*it);
        const QString right = describe(*other);
        if (left != right) {
            return QStringLiteral("orders differ:\n  %1\n  %2").arg(left, right);
        }
    }
    for (auto it = b.orders.cbegin(); it != b.orders.cend(); ++it) {
        if (!a.orders.contains(it.key())) {
            return QStringLiteral("only in the second state: %1").arg(describe(*it));
        }
    }
    return {};
}

} // namespace tw
