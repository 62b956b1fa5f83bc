// The generic mutations of every resource kind: <prefix>.create, <prefix>.update, <prefix>.delete.

#include "dispatchorder.h"
#include "drawing.h"
#include "storeengine.h"
#include "timelineevent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tw::Internal {

namespace {

const QString kId = QStringLiteral("id");
const QString kLon = QStringLiteral("lon");
const QString kLat = QStringLiteral("lat");

// Incident fields with their own mutation, because changing them has rules and a timeline entry.
const QStringList &guardedIncidentFields()
{
    static const QStringList fields{QStringLiteral("status"), QStringLiteral("event_level"),
                                    QStringLiteral("acknowledged_by"), QStringLiteral("acknowledged_at_ms")};
    return fields;
}

// The point from "lon"/"lat" arguments; `fallback` fills a missing half on update.
Result<std::optional<LonLat>> pointArgument(const KindDef &kind, const QJsonObject &args,
                                            std::optional<LonLat> fallback)
{
    Result<std::optional<double>> lon = optionalNumber(args, kLon);
    if (!lon) {
        return lon.error();
    }
    Result<std::optional<double>> lat = optionalNumber(args, kLat);
    if (!lat) {
        return lat.error();
    }
    if (!lon->has_value() && !lat->has_value()) {
        return std::optional<LonLat>();
    }
    if (!kind.hasPoint) {
        return fieldError(kLon, storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 have no position")).arg(kind.translatedLabel()));
    }
    if (!fallback && (!lon->has_value() || !lat->has_value())) {
        return fieldError(lon->has_value() ? kLat : kLon, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    const LonLat point(lon->value_or(fallback ? fallback->lon : 0.0), lat->value_or(fallback ? fallback->lat : 0.0));
    if (Status valid = validatePoint(kind, point); !valid) {
        return valid.error();
    }
    return std::optional<LonLat>(point);
}

QVariantMap fieldArguments(const QJsonObject &args)
{
    QVariantMap values = args.toVariantMap();
    values.remove(kId);
    values.remove(kLon);
    values.remove(kLat);
    return values;
}

// An incident's area: unset, or a GeoJSON Polygon whose outer ring is a valid polygon.
Status checkIncidentArea(const QString &areaJson)
{
    const QString key = QStringLiteral("area");
    if (areaJson.trimmed().isEmpty()) {
        return {};
    }
    const QJsonObject geometry = QJsonDocument::fromJson(areaJson.toUtf8()).object();
    const QJsonArray rings = geometry.value(QStringLiteral("coordinates")).toArray();
    if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("Polygon") || rings.isEmpty()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be a GeoJSON Polygon ({\"type\": \"Polygon\", \"coordinates\": [[[lon, lat], ...]]})")));
    }
    Result<QList<LonLat>> ring = lonLatListFromJson(rings.at(0), key);
    if (!ring) {
        return ring.error();
    }
    if (Result<QList<LonLat>> checked = checkDrawingGeometry(Drawing::Shape::Polygon, ring.value(), 0.0, key); !checked) {
        return checked.error();
    }
    return {};
}


// Reference fields must name existing records; a stock line is unique per warehouse and item.
Status checkReferences(StoreEngine &e, const KindDef &kind, const QString &id, const QVariantMap &changed,
                       const QVariantMap &merged)
{
    for (const FieldDef &field : kind.fields) {
        if (field.type != FieldType::Reference || !changed.contains(field.key)) {
            continue;
        }
        const QString target = changed.value(field.key).toString();
        if (!target.isEmpty()) {
            if (Status found = e.requireExists(kindDef(field.referenceKind), target, field.key); !found) {
                return found;
            }
        }
    }
    if (kind.kind == ResourceKind::Stock
        && (changed.contains(QStringLiteral("warehouse_id")) || changed.contains(QStringLiteral("item_id")))) {
        Result<qint64> others = e.countWhere(
            QStringLiteral("SELECT count(*) FROM stock WHERE warehouse_id = ? AND item_id = ? AND id <> ?"),
            {merged.value(QStringLiteral("warehouse_id")), merged.value(QStringLiteral("item_id")), id});
        if (!others) {
            return others.error();
        }
        if (*others > 0) {
            return fieldError(QStringLiteral("item_id"),
                              storeTr(QT_TRANSLATE_NOOP("tw::Store", "the warehouse already has a stock line for this item; adjust that one")));
        }
    }
    return {};
}

} // namespace

Status checkRecordRules(const KindDef &kind, const QVariantMap &values)
{
    if (kind.kind == ResourceKind::Shelters) {
        const qint64 occupancy = values.value(QStringLiteral("occupancy")).toLongLong();
        const qint64 capacity = values.value(QStringLiteral("capacity")).toLongLong();
        if (occupancy > capacity) {
            return fieldError(QStringLiteral("occupancy"),
                              storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 is more than the capacity of %2")).arg(occupancy).arg(capacity));
        }
    }
    if (kind.kind == ResourceKind::Incidents) {
        if (Status area = checkIncidentArea(values.value(QStringLiteral("area")).toString()); !area) {
            return area;
        }
    }
    if (kind.kind == ResourceKind::Stock) {
        const double quantity = values.value(QStringLiteral("quantity")).toDouble();
        const double reserved = values.value(QStringLiteral("reserved")).toDouble();
        if (reserved > quantity) {
            return fieldError(QStringLiteral("reserved"),
                              storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 reserved is more than the quantity of %2")).arg(reserved).arg(quantity));
        }
    }
    return {};
}

// The part of a create that needs no database: id, point, values, rules between fields.
Result<Record> prepareRecordCreate(const KindDef &kind, QJsonObject &args)
{
    Result<QString> givenId = optionalText(args, kId);
    if (!givenId) {
        return givenId.error();
    }
    const QString id = givenId->isEmpty() ? newId() : givenId.value();
    args.insert(kId, id);
    Result<std::optional<LonLat>> point = pointArgument(kind, args, std::nullopt);
    if (!point) {
        return point.error();
    }
    if (Status valid = validatePoint(kind, point.value()); !valid) {
        return valid.error();
    }
    Result<QVariantMap> values = validateValues(kind, fieldArguments(args), false);
    if (!values) {
        return values.error();
    }
    if (Status rules = checkRecordRules(kind, values.value()); !rules) {
        return rules.error();
    }
    return Record{kind.kind, id, point.value(), values.value(), 0, 0};
}

namespace {

Result<QString> createRecord(const KindDef &kind, StoreEngine &e, MutationContext &c)
{
    Result<Record> prepared = c.prepared ? Result<Record>(c.prepared->record) : prepareRecordCreate(kind, c.args);
    if (!prepared) {
        return prepared.error();
    }
    Record record = std::move(prepared.value());
    record.createdAtMs = c.nowMs;
    record.updatedAtMs = c.nowMs;
    const QString &id = record.id;
    if (kind.kind == ResourceKind::Incidents && !record.values.value(QStringLiteral("reported_at_ms")).isValid()) {
        record.values.insert(QStringLiteral("reported_at_ms"), c.nowMs);
    }
    if (Status references = checkReferences(e, kind, id, record.values, record.values); !references) {
        return references.error();
    }
    if (Status inserted = e.insertRecord(kind, record); !inserted) {
        return inserted.error();
    }
    e.noteRecord(kind.kind, id);
    if (kind.kind == ResourceKind::Incidents) {
        // The title is the incident's own search entry; repeating it here would double every hit.
        const QString reporter = record.text(QStringLiteral("reporter"));
        const QString text = reporter.isEmpty() ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Reported")) : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Reported by %1")).arg(reporter);
        QJsonObject payload{{QStringLiteral("status"), record.text(QStringLiteral("status"))},
                            {QStringLiteral("category"), record.text(QStringLiteral("category"))}};
        if (Status logged = e.appendTimeline(c, id, TimelineKind::Report, text, payload); !logged) {
            return logged.error();
        }
    }
    return id;
}

Result<QString> updateRecord(const KindDef &kind, StoreEngine &e, MutationContext &c)
{
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<Record> existing = e.readRecord(kind, id.value());
    if (!existing) {
        return existing.error();
    }
    Result<std::optional<LonLat>> point = pointArgument(kind, c.args, existing->point);
    if (!point) {
        return point.error();
    }
    Result<QVariantMap> values = validateValues(kind, fieldArguments(c.args), true);
    if (!values) {
        return values.error();
    }
    if (kind.kind == ResourceKind::Incidents) {
        for (const QString &guarded : guardedIncidentFields()) {
            if (values->contains(guarded)) {
                return fieldError(guarded, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is changed with its own action (incident.setStatus, "
                                                   "incident.setLevel, incident.acknowledge), not incident.update")));
            }
        }
    }
    QVariantMap merged = existing->values;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        merged.insert(it.key(), it.value());
    }
    if (Status rules = checkRecordRules(kind, merged); !rules) {
        return rules.error();
    }
    if (Status references = checkReferences(e, kind, id.value(), values.value(), merged); !references) {
        return references.error();
    }
    // Last writer wins per field: a change pulled from the server that is older than the last
    // applied change of a field leaves that field alone (it is still logged).
    QVariantMap applied;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        Result<bool> wins = e.lwwClaim(id.value(), it.key(), c.hlc);
        if (!wins) {
            return wins.error();
        }
        if (*wins) {
            applied.insert(it.key(), it.value());
        }
    }
    std::optional<LonLat> newPoint = point.value();
    if (newPoint) {
        Result<bool> wins = e.lwwClaim(id.value(), QStringLiteral("position"), c.hlc);
        if (!wins) {
            return wins.error();
        }
        if (!*wins) {
            newPoint.reset();
        }
    }
    if (applied.isEmpty() && !newPoint) {
        return id.value();
    }
    if (Status updated = e.updateColumns(kind, id.value(), applied, newPoint, c.nowMs); !updated) {
        return updated.error();
    }
    e.noteRecord(kind.kind, id.value());
    if (kind.kind == ResourceKind::Incidents) {
        QJsonArray fields;
        for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
            fields.append(it.key());
        }
        if (newPoint) {
            fields.append(QStringLiteral("position"));
        }
        QJsonObject payload{{QStringLiteral("fields"), fields}};
        if (Status logged = e.appendTimeline(c, id.value(), TimelineKind::Update, storeTr(QT_TRANSLATE_NOOP("tw::Store", "Details updated")), payload);
            !logged) {
            return logged.error();
        }
    }
    return id.value();
}

// Refuses to delete a record that others still need.
Status checkNotInUse(StoreEngine &e, const KindDef &kind, const QString &id)
{
    struct Use {
        ResourceKind kind;
        QString sql;
        const char *message;
    };
    static const QList<Use> uses{
        {ResourceKind::Warehouses, QStringLiteral("SELECT count(*) FROM stock WHERE warehouse_id = ?"),
         QT_TRANSLATE_NOOP("tw::Store", "the warehouse still holds %1 stock lines; delete or move them first")},
        {ResourceKind::Supplies, QStringLiteral("SELECT count(*) FROM stock WHERE item_id = ?"),
         QT_TRANSLATE_NOOP("tw::Store", "the item is still stocked in %1 stock lines; delete them first")},
        {ResourceKind::Supplies,
         QStringLiteral("SELECT count(*) FROM dispatch_lines l JOIN dispatch_orders o ON o.id = l.order_id "
                        "WHERE l.item_id = ? AND o.status NOT IN ('completed', 'cancelled', 'rejected')"),
         QT_TRANSLATE_NOOP("tw::Store", "the item is on %1 open dispatch orders")},
        {ResourceKind::Teams,
         QStringLiteral("SELECT count(*) FROM dispatch_orders WHERE team_id = ? "
                        "AND status IN ('issued', 'acknowledged', 'en_route', 'on_scene')"),
         QT_TRANSLATE_NOOP("tw::Store", "the team is on %1 active dispatch orders; complete or cancel them first")},
        {ResourceKind::Incidents, QStringLiteral("SELECT count(*) FROM dispatch_orders WHERE incident_id = ?"),
         QT_TRANSLATE_NOOP("tw::Store", "the incident has %1 dispatch orders; close it instead of deleting it")},
    };
    for (const Use &use : uses) {
        if (use.kind != kind.kind) {
            continue;
        }
        Result<qint64> n = e.countWhere(use.sql, {id});
        if (!n) {
            return n.error();
        }
        if (*n > 0) {
            return fieldError(kId, storeTr(use.message).arg(*n));
        }
    }
    return {};
}

Result<QString> deleteRecord(const KindDef &kind, StoreEngine &e, MutationContext &c)
{
    if (Status allowed = allowOnly(c.args, {kId}); !allowed) {
        return allowed.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    if (Status found = e.requireExists(kind, id.value(), kId); !found) {
        return found.error();
    }
    if (Status unused = checkNotInUse(e, kind, id.value()); !unused) {
        return unused.error();
    }
    if (Status deleted = e.deleteRecord(kind, id.value()); !deleted) {
        return deleted.error();
    }
    Result<QSqlQuery *> lww = e.statement(QStringLiteral("DELETE FROM lww WHERE entity_id = ?"));
    if (!lww) {
        return lww.error();
    }
    (*lww)->bindValue(0, id.value());
    if (!(*lww)->exec()) {
        return sqlFailure(**lww, {});
    }
    e.noteRecord(kind.kind, id.value());
    return id.value();
}

} // namespace

void registerRecordMutations(MutationHandlers &handlers)
{
    for (const KindDef &kind : allKinds()) {
        const ResourceKind k = kind.kind;
        handlers.insert(kind.mutationPrefix + QStringLiteral(".create"),
                        [k](StoreEngine &e, MutationContext &c) { return createRecord(kindDef(k), e, c); });
        handlers.insert(kind.mutationPrefix + QStringLiteral(".update"),
                        [k](StoreEngine &e, MutationContext &c) { return updateRecord(kindDef(k), e, c); });
        handlers.insert(kind.mutationPrefix + QStringLiteral(".delete"),
                        [k](StoreEngine &e, MutationContext &c) { return deleteRecord(kindDef(k), e, c); });
    }
}

} // namespace tw::Internal
