#include "resources.h"

#include "geo.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace tw {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QString text(const Record &r, const char *k)
{
    return r.text(key(k));
}

int count(const Record &r, const char *k)
{
    return static_cast<int>(r.integer(key(k), 0));
}

double real(const Record &r, const char *k, double fallback = 0.0)
{
    return r.real(key(k), fallback);
}

std::optional<double> optionalReal(const Record &r, const char *k)
{
    bool ok = false;
    const double d = r.value(key(k)).toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

LonLat pointOf(const Record &r)
{
    return r.point.value_or(LonLat{});
}

// Builds a Record field by field, leaving out what is empty or unset.
class RecordBuilder {
public:
    RecordBuilder(ResourceKind kind, const QString &id, std::optional<LonLat> point = std::nullopt)
    {
        m_record.kind = kind;
        m_record.id = id;
        m_record.point = point;
    }
    RecordBuilder &text(const char *k, const QString &value)
    {
        if (!value.isEmpty()) {
            m_record.values.insert(key(k), value);
        }
        return *this;
    }
    RecordBuilder &integer(const char *k, qint64 value)
    {
        m_record.values.insert(key(k), value);
        return *this;
    }
    RecordBuilder &real(const char *k, double value)
    {
        m_record.values.insert(key(k), value);
        return *this;
    }
    RecordBuilder &optional(const char *k, std::optional<double> value)
    {
        if (value) {
            m_record.values.insert(key(k), *value);
        }
        return *this;
    }
    RecordBuilder &time(const char *k, qint64 atMs)
    {
        if (atMs != 0) {
            m_record.values.insert(key(k), atMs);
        }
        return *this;
    }
    RecordBuilder &flag(const char *k, bool value)
    {
        m_record.values.insert(key(k), value);
        return *this;
    }
    Record take() { return std::move(m_record); }

private:
    Record m_record;
};

QStringList splitList(const QString &joined)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList items;
    for (const QString &part : joined.split(separators)) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            items << item;
        }
    }
    return items;
}

} // namespace

RescueTeam RescueTeam::fromRecord(const Record &r)
{
    RescueTeam t;
    t.id = r.id;
    t.name = text(r, "name");
    t.teamKind = text(r, "team_kind");
    t.capabilities = splitList(text(r, "capabilities"));
    t.headcount = count(r, "headcount");
    t.agency = text(r, "agency");
    t.contact = text(r, "contact");
    t.phone = text(r, "phone");
    t.address = text(r, "address");
    t.status = text(r, "status");
    t.position = pointOf(r);
    const std::optional<double> baseLon = optionalReal(r, "base_lon");
    const std::optional<double> baseLat = optionalReal(r, "base_lat");
    if (baseLon && baseLat) {
        t.base = LonLat{*baseLon, *baseLat};
    }
    t.positionAtMs = r.integer(key("position_at_ms"), 0);
    t.headingDeg = optionalReal(r, "heading_deg");
    return t;
}

Record RescueTeam::toRecord() const
{
    return RecordBuilder(ResourceKind::Teams, id, position)
        .text("name", name)
        .text("team_kind", teamKind)
        .text("capabilities", capabilities.join(QStringLiteral(", ")))
        .integer("headcount", headcount)
        .text("agency", agency)
        .text("contact", contact)
        .text("phone", phone)
        .text("address", address)
        .text("status", status)
        .optional("base_lon", base ? std::optional<double>(base->lon) : std::nullopt)
        .optional("base_lat", base ? std::optional<double>(base->lat) : std::nullopt)
        .time("position_at_ms", positionAtMs)
        .optional("heading_deg", headingDeg)
        .take();
}

Warehouse Warehouse::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "level"), text(r, "agency"), real(r, "area_m2"),
            text(r, "contact"), text(r, "phone"), text(r, "address"), pointOf(r)};
}

Record Warehouse::toRecord() const
{
    return RecordBuilder(ResourceKind::Warehouses, id, position)
        .text("name", name)
        .text("level", level)
        .text("agency", agency)
        .real("area_m2", areaSquareMeters)
        .text("contact", contact)
        .text("phone", phone)
        .text("address", address)
        .take();
}

SupplyItem SupplyItem::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "category"), text(r, "unit"), text(r, "code"), text(r, "specification")};
}

Record SupplyItem::toRecord() const
{
    return RecordBuilder(ResourceKind::Supplies, id)
        .text("name", name)
        .text("category", category)
        .text("unit", unit)
        .text("code", code)
        .text("specification", specification)
        .take();
}

StockLine StockLine::fromRecord(const Record &r)
{
    return {r.id, text(r, "warehouse_id"), text(r, "item_id"), real(r, "quantity"), real(r, "reserved")};
}

Record StockLine::toRecord() const
{
    return RecordBuilder(ResourceKind::Stock, id)
        .text("warehouse_id", warehouseId)
        .text("item_id", itemId)
        .real("quantity", quantity)
        .real("reserved", reserved)
        .take();
}

RiskPoint RiskPoint::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "hazard_kind"), text(r, "risk_level"), real(r, "radius_m"),
            text(r, "responsible_unit"), text(r, "contact"), text(r, "phone"), text(r, "address"), pointOf(r)};
}

Record RiskPoint::toRecord() const
{
    return RecordBuilder(ResourceKind::RiskPoints, id, position)
        .text("name", name)
        .text("hazard_kind", hazardKind)
        .text("risk_level", riskLevel)
        .real("radius_m", radiusMeters)
        .text("responsible_unit", responsibleUnit)
        .text("contact", contact)
        .text("phone", phone)
        .text("address", address)
        .take();
}

ProtectionTarget ProtectionTarget::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "target_kind"), count(r, "population"), text(r, "responsible_unit"),
            text(r, "contact"), text(r, "phone"), text(r, "address"), pointOf(r)};
}

Record ProtectionTarget::toRecord() const
{
    return RecordBuilder(ResourceKind::Targets, id, position)
        .text("name", name)
        .text("target_kind", targetKind)
        .integer("population", population)
        .text("responsible_unit", responsibleUnit)
        .text("contact", contact)
        .text("phone", phone)
        .text("address", address)
        .take();
}

Shelter Shelter::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "shelter_kind"), count(r, "capacity"), count(r, "occupancy"),
            text(r, "status"), real(r, "area_m2"), text(r, "facilities"), text(r, "contact"), text(r, "phone"),
            text(r, "address"), pointOf(r)};
}

Record Shelter::toRecord() const
{
    return RecordBuilder(ResourceKind::Shelters, id, position)
        .text("name", name)
        .text("shelter_kind", shelterKind)
        .integer("capacity", capacity)
        .integer("occupancy", occupancy)
        .text("status", status)
        .real("area_m2", areaSquareMeters)
        .text("facilities", facilities)
        .text("contact", contact)
        .text("phone", phone)
        .text("address", address)
        .take();
}

bool Camera::covers(LonLat target) const
{
    return sectorContains(position, headingDeg, fovDeg, rangeMeters, target);
}

Camera Camera::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), real(r, "heading_deg", 0.0), real(r, "fov_deg", 60.0), real(r, "range_m", 150.0),
            text(r, "main_uri"), text(r, "sub_uri"), r.value(key("ptz")).toBool(), text(r, "owner"),
            text(r, "status"), text(r, "address"), pointOf(r)};
}

Record Camera::toRecord() const
{
    return RecordBuilder(ResourceKind::Cameras, id, position)
        .text("name", name)
        .real("heading_deg", headingDeg)
        .real("fov_deg", fovDeg)
        .real("range_m", rangeMeters)
        .text("main_uri", mainUri)
        .text("sub_uri", subUri)
        .flag("ptz", ptz)
        .text("owner", owner)
        .text("status", status)
        .text("address", address)
        .take();
}

QString Sensor::alarmStateFor(double value) const
{
    if (alarmThreshold && value >= *alarmThreshold) {
        return QStringLiteral("alarm");
    }
    if (warningThreshold && value >= *warningThreshold) {
        return QStringLiteral("warning");
    }
    return QStringLiteral("normal");
}

Sensor Sensor::fromRecord(const Record &r)
{
    return {r.id, text(r, "name"), text(r, "sensor_kind"), text(r, "unit"), optionalReal(r, "warning_threshold"),
            optionalReal(r, "alarm_threshold"), optionalReal(r, "last_value"), r.integer(key("last_reading_at_ms"), 0),
            text(r, "alarm_state"), text(r, "owner"), text(r, "address"), pointOf(r)};
}

Record Sensor::toRecord() const
{
    return RecordBuilder(ResourceKind::Sensors, id, position)
        .text("name", name)
        .text("sensor_kind", sensorKind)
        .text("unit", unit)
        .optional("warning_threshold", warningThreshold)
        .optional("alarm_threshold", alarmThreshold)
        .optional("last_value", lastValue)
        .time("last_reading_at_ms", lastReadingAtMs)
        .text("alarm_state", alarmState)
        .text("owner", owner)
        .text("address", address)
        .take();
}

QJsonObject SensorReading::toJson() const
{
    return {{QStringLiteral("sensor_id"), sensorId}, {QStringLiteral("value"), value}, {QStringLiteral("at_ms"), atMs}};
}

Result<SensorReading> SensorReading::fromJson(const QJsonObject &object)
{
    
    SensorReading reading;
    reading.sensorId = object.value(QStringLiteral("sensor_id")).toString().trimmed();
    if (reading.sensorId.isEmpty()) {
        return fieldError(QStringLiteral("sensor_id"), QCoreApplication::translate("tw::SensorReading", "is required"));
    }
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        return fieldError(QStringLiteral("value"), QCoreApplication::translate("tw::SensorReading", "must be a number"));
    }
    reading.value = value.toDouble();
    const QJsonValue at = object.value(QStringLiteral("at_ms"));
    if (!at.isDouble() || at.toDouble() != std::floor(at.toDouble()) || at.toDouble() <= 0) {
        return fieldError(QStringLiteral("at_ms"), QCoreApplication::translate("tw::SensorReading", "must be a positive whole number of milliseconds"));
    }
    reading.atMs = at.toInteger();
    return reading;
}

} // namespace tw
