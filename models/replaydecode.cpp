// Decoding half of replay: turns a logged mutation's JSON arguments into a ReplayStep once, with
// the same parsing, validation and canonical values as the store's handlers (recordmutations,
// incidentmutations, resourcemutations, stockmutations, dispatchmutations). The folding half is
// replayreducer.cpp; tests/models/tst_replay.cpp compares the two halves with the live store.

#include "replaylog.h"
#include "replaystate.h"

#include <QJsonArray>

namespace tw {

namespace {

using Op = ReplayStep::Op;

const QString kId = QStringLiteral("id");
const QString kLon = QStringLiteral("lon");
const QString kLat = QStringLiteral("lat");

struct Special {
    Op op;
    quint8 detail = 0; ///< SetFields: which incident field; DispatchStep: the target status
};

enum IncidentField : quint8 { EventLevel, WarningLevel, Status, Casualties, Acknowledge };

const QHash<QString, Special> &specialMutations()
{
    static const QHash<QString, Special> all = [] {
        QHash<QString, Special> names {
            { QStringLiteral("incident.setLevel"), { Op::SetFields, EventLevel } },
            { QStringLiteral("incident.setWarningLevel"), { Op::SetFields, WarningLevel } },
            { QStringLiteral("incident.setStatus"), { Op::SetFields, Status } },
            { QStringLiteral("incident.setCasualties"), { Op::SetFields, Casualties } },
            { QStringLiteral("incident.acknowledge"), { Op::SetFields, Acknowledge } },
            { QStringLiteral("timeline.note"), { Op::Nothing } },
            { QStringLiteral("incident.merge"), { Op::MergeIncident } },
            { QStringLiteral("team.setStatus"), { Op::TeamStatus } },
            { QStringLiteral("team.setPosition"), { Op::TeamPosition } },
            { QStringLiteral("shelter.setOccupancy"), { Op::ShelterOccupancy } },
            { QStringLiteral("sensor.reading"), { Op::SensorReading } },
            { QStringLiteral("stock.adjust"), { Op::StockAdjust } },
            { QStringLiteral("stock.reserve"), { Op::StockReserve } },
            { QStringLiteral("stock.release"), { Op::StockRelease } },
            { QStringLiteral("dispatch.propose"), { Op::DispatchPropose } },
            { QStringLiteral("drawing.create"), { Op::CreateDrawing } },
            { QStringLiteral("drawing.update"), { Op::UpdateDrawing } },
            { QStringLiteral("drawing.delete"), { Op::DeleteDrawing } },
            // Plan ticks only write the timeline.
            { QStringLiteral("plan.tickStep"), { Op::Nothing } },
        };
        const QStringList verbs { QStringLiteral("issue"), QStringLiteral("acknowledge"),
            QStringLiteral("enRoute"), QStringLiteral("onScene"), QStringLiteral("complete"),
            QStringLiteral("cancel"), QStringLiteral("reject") };
        for (int i = 0; i < verbs.size(); ++i) {
            names.insert(QStringLiteral("dispatch.") + verbs.at(i), { Op::DispatchStep, quint8(i) });
        }
        return names;
    }();
    return all;
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// A number as the store reads it from JSON, or from text (CSV imports pass text).
double number(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed().toDouble() : value.toDouble();
}

// The value the store keeps for `key` of `kind` (invalid: the field is cleared).
QVariant canonical(ResourceKind kind, const QString &key, const QVariant &value)
{
    const FieldDef *field = kindDef(kind).field(key);
    return field ? canonicalFieldValue(*field, value) : value;
}

QVariantMap canonicalMap(ResourceKind kind, const QVariantMap &values)
{
    QVariantMap result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        result.insert(it.key(), canonical(kind, it.key(), it.value()));
    }
    return result;
}

QVariantMap fieldArguments(const QJsonObject &args)
{
    QVariantMap values = args.toVariantMap();
    values.remove(kId);
    values.remove(kLon);
    values.remove(kLat);
    return values;
}

void decodePointFlags(ReplayStep &step, const QJsonObject &args)
{
    const QJsonValue lon = args.value(kLon);
    const QJsonValue lat = args.value(kLat);
    if (present(lon)) {
        step.flags |= ReplayStep::HasLon;
        step.a = number(lon);
    }
    if (present(lat)) {
        step.flags |= ReplayStep::HasLat;
        step.b = number(lat);
    }
}

Record createdRecord(const KindDef &kind, const QString &id, const QJsonObject &args, qint64 nowMs)
{
    const Result<QVariantMap> values = validateValues(kind, fieldArguments(args), false);
    Record record { kind.kind, id, std::nullopt, values.valueOr({}), nowMs, nowMs };
    const QJsonValue lon = args.value(kLon);
    const QJsonValue lat = args.value(kLat);
    if (present(lon) || present(lat)) {
        record.point = LonLat(present(lon) ? number(lon) : 0.0, present(lat) ? number(lat) : 0.0);
    }
    if (kind.kind == ResourceKind::Incidents
        && !record.values.value(QStringLiteral("reported_at_ms")).isValid()) {
        record.values.insert(QStringLiteral("reported_at_ms"), nowMs);
    }
    QVariantMap kept;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        const QVariant value = canonical(kind.kind, it.key(), it.value());
        if (value.isValid()) {
            kept.insert(it.key(), value);
        }
    }
    record.values = kept;
    return record;
}

// Texts as drawingmutations reads them: trimmed, empty when absent.
QString drawingText(const QJsonObject &args, const char *key)
{
    const QJsonValue value = args.value(QLatin1String(key));
    return value.isString() ? value.toString().trimmed() : QString();
}

double drawingNumber(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed().toDouble() : value.toDouble();
}

QList<LonLat> drawingPoints(const QJsonObject &args)
{
    return lonLatListFromJson(args.value(QStringLiteral("points")), QStringLiteral("points")).valueOr({});
}

Drawing createdDrawing(const QString &id, const QJsonObject &args, const LoggedMutation &logged)
{
    Drawing drawing;
    drawing.id = id;
    drawing.shape = drawingShapeFromName(drawingText(args, "shape")).value_or(Drawing::Shape::Point);
    const QList<LonLat> points = drawingPoints(args);
    const double radius = drawingNumber(args.value(QStringLiteral("radius_m")));
    drawing.points = checkDrawingGeometry(drawing.shape, points, radius).valueOr(points);
    drawing.radiusMeters = drawing.shape == Drawing::Shape::Circle ? radius : 0.0;
    drawing.label = drawingText(args, "label");
    const QString color = drawingText(args, "color");
    drawing.color = color.isEmpty() ? Drawing().color : color.toLower();
    drawing.exerciseId = drawingText(args, "exercise_id");
    drawing.createdBy = logged.mutation.actor;
    drawing.createdAtMs = logged.mutation.hlc.wallMs;
    drawing.updatedAtMs = drawing.createdAtMs;
    return drawing;
}

// The parts a drawing.update gives, with flags saying which.
Drawing drawingChange(const QJsonObject &args, quint8 &flags)
{
    Drawing change;
    change.color.clear(); // empty: the colour stays
    if (args.contains(QStringLiteral("points"))) {
        flags |= ReplayStep::DrawingPoints;
        change.points = drawingPoints(args);
    }
    if (args.contains(QStringLiteral("radius_m"))) {
        flags |= ReplayStep::DrawingRadius;
        change.radiusMeters = drawingNumber(args.value(QStringLiteral("radius_m")));
    }
    if (args.contains(QStringLiteral("label"))) {
        flags |= ReplayStep::DrawingLabel;
        change.label = drawingText(args, "label");
    }
    if (args.contains(QStringLiteral("color"))) {
        flags |= ReplayStep::DrawingColor;
        change.color = drawingText(args, "color").toLower();
    }
    return change;
}

QVariantMap incidentFields(quint8 which, const QJsonObject &args, const LoggedMutation &logged)
{
    auto single = [&args](const QString &key) {
        return QVariantMap { { key, args.value(key).toVariant() } };
    };
    switch (which) {
    case EventLevel:
        return single(QStringLiteral("event_level"));
    case WarningLevel:
        return single(QStringLiteral("warning_level"));
    case Status:
        return single(QStringLiteral("status"));
    case Casualties: {
        QVariantMap values;
        for (const char *key : { "deaths", "serious_injuries", "missing", "trapped", "direct_loss_cny" }) {
            const QJsonValue value = args.value(QLatin1String(key));
            if (present(value)) {
                values.insert(QLatin1String(key), value.toVariant());
            }
        }
        return values;
    }
    default:
        return { { QStringLiteral("acknowledged_by"), logged.mutation.actor },
            { QStringLiteral("acknowledged_at_ms"), logged.mutation.hlc.wallMs } };
    }
}

} // namespace

void ReplayLog::decode(ReplayStep &step, const LoggedMutation &logged)
{
    const QString &name = logged.mutation.name;
    const QJsonObject &args = logged.mutation.args;
    const qint64 nowMs = logged.mutation.hlc.wallMs;
    auto text = [&args](const char *key) { return args.value(QLatin1String(key)).toString().trimmed(); };
    step.id = intern(args.value(kId).toString().trimmed());

    const auto special = specialMutations().constFind(name);
    if (special == specialMutations().cend()) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        const KindDef *kind = dot > 0 ? kindByMutationPrefix(name.left(dot)) : nullptr;
        const QStringView verb = dot > 0 ? QStringView(name).mid(dot + 1) : QStringView();
        if (kind && verb == QLatin1String("create")) {
            step.op = Op::CreateRecord;
            step.payload = quint32(m_records.size());
            m_records.append(createdRecord(*kind, string(step.id), args, nowMs));
        } else if (kind && verb == QLatin1String("update")) {
            step.op = Op::UpdateRecord;
            const QVariantMap values = validateValues(*kind, fieldArguments(args), true).valueOr({});
            step.payload = addMap(canonicalMap(kind->kind, values));
            decodePointFlags(step, args);
        } else if (kind && verb == QLatin1String("delete")) {
            step.op = Op::DeleteRecord;
        } else {
            step.op = Op::Unknown;
            step.text = intern(name);
            return;
        }
        step.kind = quint8(kind->kind);
        return;
    }

    step.op = special->op;
    switch (step.op) {
    case Op::SetFields:
        step.kind = quint8(ResourceKind::Incidents);
        step.payload
            = addMap(canonicalMap(ResourceKind::Incidents, incidentFields(special->detail, args, logged)));
        break;
    case Op::MergeIncident:
        step.text = intern(text("into_id"));
        break;
    case Op::TeamStatus:
        step.payload = addMap(canonicalMap(ResourceKind::Teams,
            { { QStringLiteral("status"), args.value(QStringLiteral("status")).toVariant() } }));
        break;
    case Op::TeamPosition: {
        decodePointFlags(step, args);
        const QVariant at = canonical(ResourceKind::Teams, QStringLiteral("position_at_ms"),
            args.value(QStringLiteral("at_ms")).toVariant());
        if (at.isValid()) {
            step.flags |= ReplayStep::HasAt;
            step.atMs = at.toLongLong();
        }
        const QJsonValue heading = args.value(QStringLiteral("heading_deg"));
        if (present(heading)) {
            step.flags |= ReplayStep::HasHeading;
            const QVariant value
                = canonical(ResourceKind::Teams, QStringLiteral("heading_deg"), heading.toVariant());
            if (value.isValid()) {
                step.c = value.toDouble();
            } else {
                step.flags |= ReplayStep::HeadingCleared;
            }
        }
        break;
    }
    case Op::ShelterOccupancy:
        step.atMs = args.value(QStringLiteral("occupancy")).toVariant().toLongLong();
        break;
    case Op::SensorReading:
        step.a = args.value(QStringLiteral("value")).toVariant().toDouble();
        step.atMs = args.value(QStringLiteral("at_ms")).toVariant().toLongLong();
        break;
    case Op::StockAdjust:
    case Op::StockReserve:
    case Op::StockRelease:
        step.id = intern(text("warehouse_id"));
        step.text = intern(text("item_id"));
        step.a = args.value(QLatin1String(step.op == Op::StockAdjust ? "delta" : "quantity"))
                     .toVariant()
                     .toDouble();
        break;
    case Op::DispatchPropose: {
        DispatchOrder order;
        order.id = string(step.id);
        order.incidentId = string(intern(text("incident_id")));
        order.teamId = string(intern(text("team_id")));
        order.createdAtMs = nowMs;
        const QJsonArray lines = args.value(QStringLiteral("lines")).toArray();
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            order.lines.append(DispatchLine {
                string(intern(line.value(QStringLiteral("warehouse_id")).toString().trimmed())),
                string(intern(line.value(QStringLiteral("item_id")).toString().trimmed())),
                line.value(QStringLiteral("quantity")).toVariant().toDouble() });
        }
        step.payload = quint32(m_orders.size());
        m_orders.append(order);
        break;
    }
    case Op::DispatchStep:
        step.kind = special->detail;
        step.text = intern(text("reason"));
        break;
    case Op::CreateDrawing:
        step.payload = quint32(m_drawings.size());
        m_drawings.append(createdDrawing(string(step.id), args, logged));
        break;
    case Op::UpdateDrawing:
        step.payload = quint32(m_drawings.size());
        m_drawings.append(drawingChange(args, step.flags));
        break;
    default:
        break;
    }
}

QStringList ReplayLog::knownMutations()
{
    QStringList names = specialMutations().keys();
    for (const KindDef &kind : allKinds()) {
        for (const char *verb : { ".create", ".update", ".delete" }) {
            names << kind.mutationPrefix + QLatin1String(verb);
        }
    }
    names.sort();
    return names;
}

} // namespace tw
