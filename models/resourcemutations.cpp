// Mutations of single resources beyond create/update/delete: team status and position, shelter
// occupancy, sensor readings.

#include "storeengine.h"

namespace tw::Internal {

namespace {

const QString kId = QStringLiteral("id");

// A value checked against the kind's field definition (enum values, ranges).
Result<QVariant> fieldArgument(const KindDef &kind, const QJsonObject &args, const QString &key)
{
    const FieldDef *field = kind.field(key);
    Result<QVariant> value = convertFieldValue(*field, args.value(key).toVariant());
    if (value && !value->isValid() && field->required) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    return value;
}

Result<QString> teamSetStatus(StoreEngine &e, MutationContext &c)
{
    const KindDef &teams = kindDef(ResourceKind::Teams);
    if (Status allowed = allowOnly(c.args, {kId, QStringLiteral("status")}); !allowed) {
        return allowed.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<QVariant> status = fieldArgument(teams, c.args, QStringLiteral("status"));
    if (!status) {
        return status.error();
    }
    if (Status found = e.requireExists(teams, id.value(), kId); !found) {
        return found.error();
    }
    Result<bool> wins = e.lwwClaim(id.value(), QStringLiteral("status"), c.hlc);
    if (!wins) {
        return wins.error();
    }
    if (!*wins) {
        return id.value(); // an older change from elsewhere: logged, not applied
    }
    if (Status updated = e.updateColumns(teams, id.value(), {{QStringLiteral("status"), status.value()}},
                                         std::nullopt, c.nowMs);
        !updated) {
        return updated.error();
    }
    e.noteRecord(ResourceKind::Teams, id.value());
    return id.value();
}

Result<QString> teamSetPosition(StoreEngine &e, MutationContext &c)
{
    const KindDef &teams = kindDef(ResourceKind::Teams);
    if (Status allowed = allowOnly(c.args, {kId, QStringLiteral("lon"), QStringLiteral("lat"),
                                            QStringLiteral("heading_deg"), QStringLiteral("at_ms")});
        !allowed) {
        return allowed.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<double> lon = requireNumber(c.args, QStringLiteral("lon"));
    if (!lon) {
        return lon.error();
    }
    Result<double> lat = requireNumber(c.args, QStringLiteral("lat"));
    if (!lat) {
        return lat.error();
    }
    const LonLat point(lon.value(), lat.value());
    if (Status valid = validatePoint(teams, point); !valid) {
        return valid.error();
    }
    Result<QVariant> heading = fieldArgument(teams, c.args, QStringLiteral("heading_deg"));
    if (!heading) {
        return heading.error();
    }
    Result<qint64> atMs = requireInteger(c.args, QStringLiteral("at_ms"), 0);
    if (!atMs) {
        return atMs.error();
    }
    if (Status found = e.requireExists(teams, id.value(), kId); !found) {
        return found.error();
    }
    Result<bool> wins = e.lwwClaim(id.value(), QStringLiteral("position"), c.hlc);
    if (!wins) {
        return wins.error();
    }
    if (!*wins) {
        return id.value();
    }
    QVariantMap values{{QStringLiteral("position_at_ms"), atMs.value()}};
    if (heading->isValid()) {
        values.insert(QStringLiteral("heading_deg"), heading.value());
    }
    if (Status updated = e.updateColumns(teams, id.value(), values, point, c.nowMs); !updated) {
        return updated.error();
    }
    e.noteRecord(ResourceKind::Teams, id.value());
    return id.value();
}

Result<QString> shelterSetOccupancy(StoreEngine &e, MutationContext &c)
{
    const KindDef &shelters = kindDef(ResourceKind::Shelters);
    if (Status allowed = allowOnly(c.args, {kId, QStringLiteral("occupancy")}); !allowed) {
        return allowed.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<qint64> occupancy = requireInteger(c.args, QStringLiteral("occupancy"), 0);
    if (!occupancy) {
        return occupancy.error();
    }
    Result<Record> shelter = e.readRecord(shelters, id.value());
    if (!shelter) {
        return shelter.error();
    }
    const qint64 capacity = shelter->integer(QStringLiteral("capacity"));
    if (occupancy.value() > capacity) {
        return fieldError(QStringLiteral("occupancy"),
                          storeTr(QT_TRANSLATE_NOOP("tw::Store", "%1 is more than the capacity of %2")).arg(occupancy.value()).arg(capacity));
    }
    QVariantMap values{{QStringLiteral("occupancy"), occupancy.value()}};
    // An open shelter that fills up shows as full, and opens again when people leave.
    const QString status = shelter->text(QStringLiteral("status"));
    if (status == QLatin1String("open") && occupancy.value() >= capacity) {
        values.insert(QStringLiteral("status"), QStringLiteral("full"));
    } else if (status == QLatin1String("full") && occupancy.value() < capacity) {
        values.insert(QStringLiteral("status"), QStringLiteral("open"));
    }
    if (Status updated = e.updateColumns(shelters, id.value(), values, std::nullopt, c.nowMs); !updated) {
        return updated.error();
    }
    e.noteRecord(ResourceKind::Shelters, id.value());
    return id.value();
}

QString alarmStateFor(const Record &sensor, double value)
{
    const QVariant alarm = sensor.value(QStringLiteral("alarm_threshold"));
    const QVariant warning = sensor.value(QStringLiteral("warning_threshold"));
    if (alarm.isValid() && value >= alarm.toDouble()) {
        return QStringLiteral("alarm");
    }
    if (warning.isValid() && value >= warning.toDouble()) {
        return QStringLiteral("warning");
    }
    return QStringLiteral("normal");
}

Result<QString> sensorReading(StoreEngine &e, MutationContext &c)
{
    const KindDef &sensors = kindDef(ResourceKind::Sensors);
    if (Status allowed = allowOnly(c.args, {kId, QStringLiteral("value"), QStringLiteral("at_ms")}); !allowed) {
        return allowed.error();
    }
    Result<QString> id = requireText(c.args, kId);
    if (!id) {
        return id.error();
    }
    Result<double> value = requireNumber(c.args, QStringLiteral("value"));
    if (!value) {
        return value.error();
    }
    Result<qint64> atMs = requireInteger(c.args, QStringLiteral("at_ms"), 0);
    if (!atMs) {
        return atMs.error();
    }
    Result<Record> sensor = e.readRecord(sensors, id.value());
    if (!sensor) {
        return sensor.error();
    }
    Result<QSqlQuery *> insert = e.statement(
        QStringLiteral("INSERT OR REPLACE INTO sensor_readings(sensor_id, at_ms, value) VALUES (?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    (*insert)->bindValue(0, id.value());
    (*insert)->bindValue(1, atMs.value());
    (*insert)->bindValue(2, value.value());
    if (!(*insert)->exec()) {
        return sqlFailure(**insert, {});
    }
    // A late reading goes into the history but does not replace a newer current value.
    const QVariant lastAt = sensor->value(QStringLiteral("last_reading_at_ms"));
    if (!lastAt.isValid() || atMs.value() >= lastAt.toLongLong()) {
        const QVariantMap values{{QStringLiteral("last_value"), value.value()},
                                 {QStringLiteral("last_reading_at_ms"), atMs.value()},
                                 {QStringLiteral("alarm_state"), alarmStateFor(sensor.value(), value.value())}};
        if (Status updated = e.updateColumns(sensors, id.value(), values, std::nullopt, c.nowMs); !updated) {
            return updated.error();
        }
    }
    e.noteRecord(ResourceKind::Sensors, id.value());
    return id.value();
}

} // namespace

void registerResourceMutations(MutationHandlers &handlers)
{
    handlers.insert(QStringLiteral("team.setStatus"), teamSetStatus);
    handlers.insert(QStringLiteral("team.setPosition"), teamSetPosition);
    handlers.insert(QStringLiteral("shelter.setOccupancy"), shelterSetOccupancy);
    handlers.insert(QStringLiteral("sensor.reading"), sensorReading);
}

} // namespace tw::Internal
