#include "entityschema.h"

#include <QCoreApplication>

namespace tw {

namespace {

FieldDef text(const char *key, const char *label, bool required = false, bool searchable = false)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = FieldType::Text;
    f.label = label;
    f.required = required;
    f.searchable = searchable;
    return f;
}

FieldDef number(const char *key, FieldType type, const char *label, double minimum, double maximum,
                bool required = false, QVariant defaultValue = {})
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = type;
    f.label = label;
    f.required = required;
    f.minimum = minimum;
    f.maximum = maximum;
    f.defaultValue = std::move(defaultValue);
    return f;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

FieldDef count(const char *key, const char *label, bool required = false)
{
    return number(key, FieldType::Integer, label, 0, kInf, required, required ? QVariant(0) : QVariant());
}

FieldDef enumeration(const char *key, const char *label, QList<EnumValue> values, bool required,
                     const char *defaultValue = nullptr)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = FieldType::Enum;
    f.label = label;
    f.required = required;
    f.enumValues = std::move(values);
    if (defaultValue) {
        f.defaultValue = QString::fromLatin1(defaultValue);
    }
    return f;
}

FieldDef reference(const char *key, const char *label, ResourceKind kind, bool required)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = FieldType::Reference;
    f.label = label;
    f.required = required;
    f.referenceKind = kind;
    return f;
}

FieldDef typed(const char *key, FieldType type, const char *label)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = type;
    f.label = label;
    return f;
}

// Contact fields shared by most resource kinds.
void addContact(QList<FieldDef> &fields)
{
    fields << text("contact", QT_TRANSLATE_NOOP("tw::schema", "Contact person"), false, true)
           << text("phone", QT_TRANSLATE_NOOP("tw::schema", "Phone"))
           << text("address", QT_TRANSLATE_NOOP("tw::schema", "Address"), false, true);
}

QList<KindDef> buildKinds()
{
    QList<KindDef> kinds;

    {
        KindDef k{ResourceKind::Teams, QStringLiteral("teams"), QStringLiteral("rescue_teams"),
                  QStringLiteral("team"), QT_TRANSLATE_NOOP("tw::schema", "Rescue teams"),
                  QT_TRANSLATE_NOOP("tw::schema", "Rescue team"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("team_kind", QT_TRANSLATE_NOOP("tw::schema", "Team kind"),
                                {{QStringLiteral("fire"), QT_TRANSLATE_NOOP("tw::schema", "Fire and rescue")},
                                 {QStringLiteral("medical"), QT_TRANSLATE_NOOP("tw::schema", "Medical")},
                                 {QStringLiteral("hazmat"), QT_TRANSLATE_NOOP("tw::schema", "Hazardous materials")},
                                 {QStringLiteral("flood"), QT_TRANSLATE_NOOP("tw::schema", "Flood control")},
                                 {QStringLiteral("mine"), QT_TRANSLATE_NOOP("tw::schema", "Mine rescue")},
                                 {QStringLiteral("search_rescue"), QT_TRANSLATE_NOOP("tw::schema", "Search and rescue")},
                                 {QStringLiteral("power"), QT_TRANSLATE_NOOP("tw::schema", "Power repair")},
                                 {QStringLiteral("militia"), QT_TRANSLATE_NOOP("tw::schema", "Militia")},
                                 {QStringLiteral("volunteer"), QT_TRANSLATE_NOOP("tw::schema", "Volunteers")},
                                 {QStringLiteral("police"), QT_TRANSLATE_NOOP("tw::schema", "Police")},
                                 {QStringLiteral("communications"), QT_TRANSLATE_NOOP("tw::schema", "Communications")},
                                 {QStringLiteral("other"), QT_TRANSLATE_NOOP("tw::schema", "Other")}},
                                true)
                 // Capability codes are matched by the capability filter, not by full-text search.
                 << text("capabilities", QT_TRANSLATE_NOOP("tw::schema", "Capabilities"))
                 << count("headcount", QT_TRANSLATE_NOOP("tw::schema", "Headcount"))
                 << text("agency", QT_TRANSLATE_NOOP("tw::schema", "Agency"), false, true)
                 << enumeration("status", QT_TRANSLATE_NOOP("tw::schema", "Status"),
                                {{QStringLiteral("available"), QT_TRANSLATE_NOOP("tw::schema", "Available")},
                                 {QStringLiteral("assigned"), QT_TRANSLATE_NOOP("tw::schema", "Assigned")},
                                 {QStringLiteral("en_route"), QT_TRANSLATE_NOOP("tw::schema", "En route")},
                                 {QStringLiteral("on_scene"), QT_TRANSLATE_NOOP("tw::schema", "On scene")},
                                 {QStringLiteral("returning"), QT_TRANSLATE_NOOP("tw::schema", "Returning")},
                                 {QStringLiteral("off_duty"), QT_TRANSLATE_NOOP("tw::schema", "Off duty")}},
                                true, "available")
                 << number("base_lon", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Base longitude"), -180, 180)
                 << number("base_lat", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Base latitude"), -90, 90)
                 << typed("position_at_ms", FieldType::TimeMs, QT_TRANSLATE_NOOP("tw::schema", "Position time"))
                 << number("heading_deg", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Heading (°)"), 0, 360);
        addContact(k.fields);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Warehouses, QStringLiteral("warehouses"), QStringLiteral("warehouses"),
                  QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("tw::schema", "Warehouses"),
                  QT_TRANSLATE_NOOP("tw::schema", "Warehouse"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("level", QT_TRANSLATE_NOOP("tw::schema", "Reserve level"),
                                {{QStringLiteral("national"), QT_TRANSLATE_NOOP("tw::schema", "National")},
                                 {QStringLiteral("provincial"), QT_TRANSLATE_NOOP("tw::schema", "Provincial")},
                                 {QStringLiteral("municipal"), QT_TRANSLATE_NOOP("tw::schema", "Municipal")},
                                 {QStringLiteral("district"), QT_TRANSLATE_NOOP("tw::schema", "District")},
                                 {QStringLiteral("street"), QT_TRANSLATE_NOOP("tw::schema", "Street")}},
                                false, "municipal")
                 << text("agency", QT_TRANSLATE_NOOP("tw::schema", "Agency"), false, true)
                 << number("area_m2", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Floor area (m²)"), 0, kInf);
        addContact(k.fields);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Supplies, QStringLiteral("supplies"), QStringLiteral("supply_items"),
                  QStringLiteral("supply"), QT_TRANSLATE_NOOP("tw::schema", "Supply items"),
                  QT_TRANSLATE_NOOP("tw::schema", "Supply item"), false, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("category", QT_TRANSLATE_NOOP("tw::schema", "Category"),
                                {{QStringLiteral("shelter"), QT_TRANSLATE_NOOP("tw::schema", "Shelter and tents")},
                                 {QStringLiteral("bedding"), QT_TRANSLATE_NOOP("tw::schema", "Bedding and clothing")},
                                 {QStringLiteral("food"), QT_TRANSLATE_NOOP("tw::schema", "Food")},
                                 {QStringLiteral("water"), QT_TRANSLATE_NOOP("tw::schema", "Drinking water")},
                                 {QStringLiteral("rescue_equipment"), QT_TRANSLATE_NOOP("tw::schema", "Rescue equipment")},
                                 {QStringLiteral("flood_control"), QT_TRANSLATE_NOOP("tw::schema", "Flood control")},
                                 {QStringLiteral("power"), QT_TRANSLATE_NOOP("tw::schema", "Power and lighting")},
                                 {QStringLiteral("medical"), QT_TRANSLATE_NOOP("tw::schema", "Medical")},
                                 {QStringLiteral("protective"), QT_TRANSLATE_NOOP("tw::schema", "Protective gear")},
                                 {QStringLiteral("communications"), QT_TRANSLATE_NOOP("tw::schema", "Communications")},
                                 {QStringLiteral("other"), QT_TRANSLATE_NOOP("tw::schema", "Other")}},
                                true)
                 << text("unit", QT_TRANSLATE_NOOP("tw::schema", "Unit"), true)
                 << text("code", QT_TRANSLATE_NOOP("tw::schema", "Code (GB/T 38565)"))
                 << text("specification", QT_TRANSLATE_NOOP("tw::schema", "Specification"), false, true);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Stock, QStringLiteral("stock"), QStringLiteral("stock"),
                  QStringLiteral("stock"), QT_TRANSLATE_NOOP("tw::schema", "Stock"),
                  QT_TRANSLATE_NOOP("tw::schema", "Stock line"), false, {}};
        k.fields << reference("warehouse_id", QT_TRANSLATE_NOOP("tw::schema", "Warehouse"), ResourceKind::Warehouses, true)
                 << reference("item_id", QT_TRANSLATE_NOOP("tw::schema", "Supply item"), ResourceKind::Supplies, true)
                 << number("quantity", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Quantity"), 0, kInf, true, 0.0)
                 << number("reserved", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Reserved"), 0, kInf, false, 0.0);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::RiskPoints, QStringLiteral("risk-points"), QStringLiteral("risk_points"),
                  QStringLiteral("riskPoint"), QT_TRANSLATE_NOOP("tw::schema", "Risk points"),
                  QT_TRANSLATE_NOOP("tw::schema", "Risk point"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("hazard_kind", QT_TRANSLATE_NOOP("tw::schema", "Hazard kind"),
                                {{QStringLiteral("landslide"), QT_TRANSLATE_NOOP("tw::schema", "Landslide slope")},
                                 {QStringLiteral("flood_underpass"), QT_TRANSLATE_NOOP("tw::schema", "Flood-prone underpass")},
                                 {QStringLiteral("waterlogging"), QT_TRANSLATE_NOOP("tw::schema", "Waterlogging area")},
                                 {QStringLiteral("chemical_plant"), QT_TRANSLATE_NOOP("tw::schema", "Chemical plant")},
                                 {QStringLiteral("gas_station"), QT_TRANSLATE_NOOP("tw::schema", "Gas station")},
                                 {QStringLiteral("dam"), QT_TRANSLATE_NOOP("tw::schema", "Dam or reservoir")},
                                 {QStringLiteral("hazmat_storage"), QT_TRANSLATE_NOOP("tw::schema", "Hazardous materials store")},
                                 {QStringLiteral("construction"), QT_TRANSLATE_NOOP("tw::schema", "Construction site")},
                                 {QStringLiteral("crowded_place"), QT_TRANSLATE_NOOP("tw::schema", "Crowded place")},
                                 {QStringLiteral("pipeline"), QT_TRANSLATE_NOOP("tw::schema", "Gas pipeline")},
                                 {QStringLiteral("other"), QT_TRANSLATE_NOOP("tw::schema", "Other")}},
                                true)
                 << enumeration("risk_level", QT_TRANSLATE_NOOP("tw::schema", "Risk level"),
                                {{QStringLiteral("major"), QT_TRANSLATE_NOOP("tw::schema", "Major")},
                                 {QStringLiteral("high"), QT_TRANSLATE_NOOP("tw::schema", "High")},
                                 {QStringLiteral("medium"), QT_TRANSLATE_NOOP("tw::schema", "Medium")},
                                 {QStringLiteral("low"), QT_TRANSLATE_NOOP("tw::schema", "Low")}},
                                true)
                 << number("radius_m", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Radius (m)"), 0, 100000)
                 << text("responsible_unit", QT_TRANSLATE_NOOP("tw::schema", "Responsible unit"), false, true);
        addContact(k.fields);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Targets, QStringLiteral("targets"), QStringLiteral("protection_targets"),
                  QStringLiteral("target"), QT_TRANSLATE_NOOP("tw::schema", "Protection targets"),
                  QT_TRANSLATE_NOOP("tw::schema", "Protection target"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("target_kind", QT_TRANSLATE_NOOP("tw::schema", "Target kind"),
                                {{QStringLiteral("school"), QT_TRANSLATE_NOOP("tw::schema", "School")},
                                 {QStringLiteral("kindergarten"), QT_TRANSLATE_NOOP("tw::schema", "Kindergarten")},
                                 {QStringLiteral("hospital"), QT_TRANSLATE_NOOP("tw::schema", "Hospital")},
                                 {QStringLiteral("nursing_home"), QT_TRANSLATE_NOOP("tw::schema", "Nursing home")},
                                 {QStringLiteral("metro_station"), QT_TRANSLATE_NOOP("tw::schema", "Metro station")},
                                 {QStringLiteral("railway_station"), QT_TRANSLATE_NOOP("tw::schema", "Railway station")},
                                 {QStringLiteral("stadium"), QT_TRANSLATE_NOOP("tw::schema", "Stadium")},
                                 {QStringLiteral("mall"), QT_TRANSLATE_NOOP("tw::schema", "Shopping centre")},
                                 {QStringLiteral("government"), QT_TRANSLATE_NOOP("tw::schema", "Government building")},
                                 {QStringLiteral("water_plant"), QT_TRANSLATE_NOOP("tw::schema", "Water works")},
                                 {QStringLiteral("other"), QT_TRANSLATE_NOOP("tw::schema", "Other")}},
                                true)
                 << count("population", QT_TRANSLATE_NOOP("tw::schema", "Population"))
                 << text("responsible_unit", QT_TRANSLATE_NOOP("tw::schema", "Responsible unit"), false, true);
        addContact(k.fields);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Shelters, QStringLiteral("shelters"), QStringLiteral("shelters"),
                  QStringLiteral("shelter"), QT_TRANSLATE_NOOP("tw::schema", "Shelters"),
                  QT_TRANSLATE_NOOP("tw::schema", "Shelter"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("shelter_kind", QT_TRANSLATE_NOOP("tw::schema", "Shelter kind"),
                                {{QStringLiteral("indoor"), QT_TRANSLATE_NOOP("tw::schema", "Indoor")},
                                 {QStringLiteral("outdoor"), QT_TRANSLATE_NOOP("tw::schema", "Outdoor")},
                                 {QStringLiteral("school"), QT_TRANSLATE_NOOP("tw::schema", "School")},
                                 {QStringLiteral("stadium"), QT_TRANSLATE_NOOP("tw::schema", "Stadium")},
                                 {QStringLiteral("park"), QT_TRANSLATE_NOOP("tw::schema", "Park")}},
                                false, "indoor")
                 << count("capacity", QT_TRANSLATE_NOOP("tw::schema", "Capacity"), true)
                 << count("occupancy", QT_TRANSLATE_NOOP("tw::schema", "Occupancy"))
                 << enumeration("status", QT_TRANSLATE_NOOP("tw::schema", "Status"),
                                {{QStringLiteral("standby"), QT_TRANSLATE_NOOP("tw::schema", "Standby")},
                                 {QStringLiteral("open"), QT_TRANSLATE_NOOP("tw::schema", "Open")},
                                 {QStringLiteral("full"), QT_TRANSLATE_NOOP("tw::schema", "Full")},
                                 {QStringLiteral("closed"), QT_TRANSLATE_NOOP("tw::schema", "Closed")}},
                                true, "standby")
                 << number("area_m2", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Area (m²)"), 0, kInf)
                 << text("facilities", QT_TRANSLATE_NOOP("tw::schema", "Facilities"), false, true);
        addContact(k.fields);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Cameras, QStringLiteral("cameras"), QStringLiteral("cameras"),
                  QStringLiteral("camera"), QT_TRANSLATE_NOOP("tw::schema", "Cameras"),
                  QT_TRANSLATE_NOOP("tw::schema", "Camera"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << number("heading_deg", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Heading (°)"), 0, 360, true, 0.0)
                 << number("fov_deg", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Field of view (°)"), 1, 360, true, 60.0)
                 << number("range_m", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Range (m)"), 1, 10000, true, 150.0)
                 << text("main_uri", QT_TRANSLATE_NOOP("tw::schema", "Main stream URI"))
                 << text("sub_uri", QT_TRANSLATE_NOOP("tw::schema", "Sub-stream URI"))
                 << typed("ptz", FieldType::Bool, QT_TRANSLATE_NOOP("tw::schema", "PTZ"))
                 << text("owner", QT_TRANSLATE_NOOP("tw::schema", "Owner"), false, true)
                 << enumeration("status", QT_TRANSLATE_NOOP("tw::schema", "Status"),
                                {{QStringLiteral("online"), QT_TRANSLATE_NOOP("tw::schema", "Online")},
                                 {QStringLiteral("offline"), QT_TRANSLATE_NOOP("tw::schema", "Offline")},
                                 {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("tw::schema", "Unknown")}},
                                true, "unknown")
                 << text("address", QT_TRANSLATE_NOOP("tw::schema", "Address"), false, true);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Sensors, QStringLiteral("sensors"), QStringLiteral("sensors"),
                  QStringLiteral("sensor"), QT_TRANSLATE_NOOP("tw::schema", "Sensors"),
                  QT_TRANSLATE_NOOP("tw::schema", "Sensor"), true, {}};
        k.fields << text("name", QT_TRANSLATE_NOOP("tw::schema", "Name"), true, true)
                 << enumeration("sensor_kind", QT_TRANSLATE_NOOP("tw::schema", "Sensor kind"),
                                {{QStringLiteral("rain_gauge"), QT_TRANSLATE_NOOP("tw::schema", "Rain gauge")},
                                 {QStringLiteral("water_level"), QT_TRANSLATE_NOOP("tw::schema", "Water level")},
                                 {QStringLiteral("gas"), QT_TRANSLATE_NOOP("tw::schema", "Gas")},
                                 {QStringLiteral("wind"), QT_TRANSLATE_NOOP("tw::schema", "Wind")},
                                 {QStringLiteral("displacement"), QT_TRANSLATE_NOOP("tw::schema", "Displacement")},
                                 {QStringLiteral("seismic"), QT_TRANSLATE_NOOP("tw::schema", "Seismic")},
                                 {QStringLiteral("smoke"), QT_TRANSLATE_NOOP("tw::schema", "Smoke")},
                                 {QStringLiteral("other"), QT_TRANSLATE_NOOP("tw::schema", "Other")}},
                                true)
                 << text("unit", QT_TRANSLATE_NOOP("tw::schema", "Unit"))
                 << number("warning_threshold", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Warning threshold"), -kInf, kInf)
                 << number("alarm_threshold", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Alarm threshold"), -kInf, kInf)
                 << number("last_value", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Last value"), -kInf, kInf)
                 << typed("last_reading_at_ms", FieldType::TimeMs, QT_TRANSLATE_NOOP("tw::schema", "Last reading"))
                 << enumeration("alarm_state", QT_TRANSLATE_NOOP("tw::schema", "Alarm state"),
                                {{QStringLiteral("normal"), QT_TRANSLATE_NOOP("tw::schema", "Normal")},
                                 {QStringLiteral("warning"), QT_TRANSLATE_NOOP("tw::schema", "Warning")},
                                 {QStringLiteral("alarm"), QT_TRANSLATE_NOOP("tw::schema", "Alarm")},
                                 {QStringLiteral("offline"), QT_TRANSLATE_NOOP("tw::schema", "Offline")}},
                                true, "normal")
                 << text("owner", QT_TRANSLATE_NOOP("tw::schema", "Owner"), false, true)
                 << text("address", QT_TRANSLATE_NOOP("tw::schema", "Address"), false, true);
        kinds << k;
    }
    {
        KindDef k{ResourceKind::Incidents, QStringLiteral("incidents"), QStringLiteral("incidents"),
                  QStringLiteral("incident"), QT_TRANSLATE_NOOP("tw::schema", "Incidents"),
                  QT_TRANSLATE_NOOP("tw::schema", "Incident"), true, {}};
        k.fields << text("title", QT_TRANSLATE_NOOP("tw::schema", "Title"), true, true)
                 << enumeration("category", QT_TRANSLATE_NOOP("tw::schema", "Category"),
                                {{QStringLiteral("natural_disaster"), QT_TRANSLATE_NOOP("tw::schema", "Natural disaster")},
                                 {QStringLiteral("accident"), QT_TRANSLATE_NOOP("tw::schema", "Accident")},
                                 {QStringLiteral("public_health"), QT_TRANSLATE_NOOP("tw::schema", "Public health event")},
                                 {QStringLiteral("social_security"), QT_TRANSLATE_NOOP("tw::schema", "Social security event")}},
                                true)
                 << text("type_code", QT_TRANSLATE_NOOP("tw::schema", "Type code"))
                 << enumeration("event_level", QT_TRANSLATE_NOOP("tw::schema", "Event level"),
                                {{QStringLiteral("I"), QT_TRANSLATE_NOOP("tw::schema", "I (particularly serious)")},
                                 {QStringLiteral("II"), QT_TRANSLATE_NOOP("tw::schema", "II (serious)")},
                                 {QStringLiteral("III"), QT_TRANSLATE_NOOP("tw::schema", "III (relatively serious)")},
                                 {QStringLiteral("IV"), QT_TRANSLATE_NOOP("tw::schema", "IV (general)")}},
                                false)
                 << enumeration("warning_level", QT_TRANSLATE_NOOP("tw::schema", "Warning level"),
                                {{QStringLiteral("red"), QT_TRANSLATE_NOOP("tw::schema", "Red")},
                                 {QStringLiteral("orange"), QT_TRANSLATE_NOOP("tw::schema", "Orange")},
                                 {QStringLiteral("yellow"), QT_TRANSLATE_NOOP("tw::schema", "Yellow")},
                                 {QStringLiteral("blue"), QT_TRANSLATE_NOOP("tw::schema", "Blue")}},
                                false)
                 << enumeration("status", QT_TRANSLATE_NOOP("tw::schema", "Status"),
                                {{QStringLiteral("reported"), QT_TRANSLATE_NOOP("tw::schema", "Reported")},
                                 {QStringLiteral("verified"), QT_TRANSLATE_NOOP("tw::schema", "Verified")},
                                 {QStringLiteral("responding"), QT_TRANSLATE_NOOP("tw::schema", "Responding")},
                                 {QStringLiteral("contained"), QT_TRANSLATE_NOOP("tw::schema", "Contained")},
                                 {QStringLiteral("closed"), QT_TRANSLATE_NOOP("tw::schema", "Closed")},
                                 {QStringLiteral("false_alarm"), QT_TRANSLATE_NOOP("tw::schema", "False alarm")}},
                                true, "reported")
                 << text("description", QT_TRANSLATE_NOOP("tw::schema", "Description"), false, true)
                 << text("address", QT_TRANSLATE_NOOP("tw::schema", "Address"), false, true)
                 << count("deaths", QT_TRANSLATE_NOOP("tw::schema", "Deaths"))
                 << count("serious_injuries", QT_TRANSLATE_NOOP("tw::schema", "Serious injuries"))
                 << count("missing", QT_TRANSLATE_NOOP("tw::schema", "Missing"))
                 << count("trapped", QT_TRANSLATE_NOOP("tw::schema", "Trapped"))
                 << number("direct_loss_cny", FieldType::Real, QT_TRANSLATE_NOOP("tw::schema", "Direct loss (CNY)"), 0, kInf)
                 << text("reporter", QT_TRANSLATE_NOOP("tw::schema", "Reporter"), false, true)
                 << text("reporter_phone", QT_TRANSLATE_NOOP("tw::schema", "Reporter phone"))
                 << typed("reported_at_ms", FieldType::TimeMs, QT_TRANSLATE_NOOP("tw::schema", "Reported at"))
                 << typed("area", FieldType::Json, QT_TRANSLATE_NOOP("tw::schema", "Area polygon"))
                 << text("exercise_id", QT_TRANSLATE_NOOP("tw::schema", "Exercise"))
                 << text("acknowledged_by", QT_TRANSLATE_NOOP("tw::schema", "Acknowledged by"))
                 << typed("acknowledged_at_ms", FieldType::TimeMs, QT_TRANSLATE_NOOP("tw::schema", "Acknowledged at"));
        kinds << k;
    }
    return kinds;
}

} // namespace

QString FieldDef::translatedLabel() const
{
    return QCoreApplication::translate("tw::schema", label);
}

QString FieldDef::enumLabel(const QString &value) const
{
    for (const EnumValue &e : enumValues) {
        if (e.value == value) {
            return QCoreApplication::translate("tw::schema", e.label);
        }
    }
    return value;
}

bool FieldDef::hasEnumValue(const QString &value) const
{
    for (const EnumValue &e : enumValues) {
        if (e.value == value) {
            return true;
        }
    }
    return false;
}

const FieldDef *KindDef::field(const QString &key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? nullptr : &fields[i];
}

int KindDef::fieldIndex(const QString &key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key) {
            return i;
        }
    }
    return -1;
}

QString KindDef::translatedLabel() const
{
    return QCoreApplication::translate("tw::schema", label);
}

QString KindDef::translatedSingularLabel() const
{
    return QCoreApplication::translate("tw::schema", singularLabel);
}

QString KindDef::nameField() const
{
    if (field(QStringLiteral("name"))) {
        return QStringLiteral("name");
    }
    if (field(QStringLiteral("title"))) {
        return QStringLiteral("title");
    }
    return QString();
}

const QList<KindDef> &allKinds()
{
    static const QList<KindDef> kinds = buildKinds();
    return kinds;
}

const KindDef &kindDef(ResourceKind kind)
{
    for (const KindDef &k : allKinds()) {
        if (k.kind == kind) {
            return k;
        }
    }
    Q_UNREACHABLE();
}

const KindDef *kindByName(const QString &name)
{
    for (const KindDef &k : allKinds()) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

const KindDef *kindByMutationPrefix(const QString &prefix)
{
    for (const KindDef &k : allKinds()) {
        if (k.mutationPrefix == prefix) {
            return &k;
        }
    }
    return nullptr;
}

QString kindNames()
{
    QStringList names;
    for (const KindDef &k : allKinds()) {
        names << k.name;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace tw
