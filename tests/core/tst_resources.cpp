#include "geo.h"
#include "incident.h"
#include "resources.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>
#include <QUuid>

using namespace tw;

namespace {

const LonLat kWestLake{120.1517, 30.2590};

// A record as storage hands it out: values validated and typed by the schema.
Record validRecord(ResourceKind kind, const QVariantMap &values, std::optional<LonLat> point = kWestLake)
{
    const KindDef &def = kindDef(kind);
    const Result<QVariantMap> validated = validateValues(def, values, false);
    INFO(validated.errorString().toStdString());
    REQUIRE(validated.ok());
    Record record;
    record.kind = kind;
    record.id = newId();
    record.values = validated.value();
    if (def.hasPoint) {
        record.point = point;
    }
    return record;
}

// record -> typed -> record gives the same record, and typed -> record -> typed the same value.
template<typename T>
T checkRoundTrip(const Record &record)
{
    const T typed = T::fromRecord(record);
    const Record back = typed.toRecord();
    CHECK(back.kind == record.kind);
    CHECK(back.id == record.id);
    CHECK(back.point.has_value() == record.point.has_value());
    if (record.point) {
        CHECK(*back.point == *record.point);
    }
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(back.values.value(it.key()) == it.value());
    }
    CHECK(back.values.keys() == record.values.keys());
    CHECK(validateValues(kindDef(record.kind), back.values, false).ok());
    CHECK(T::fromRecord(back) == typed);
    return typed;
}

QVariantMap contact()
{
    return {{QStringLiteral("contact"), QStringLiteral("王伟")},
            {QStringLiteral("phone"), QStringLiteral("0571-87000000")},
            {QStringLiteral("address"), QStringLiteral("杭州市西湖区")}};
}

QVariantMap with(QVariantMap a, const QVariantMap &b)
{
    a.insert(b);
    return a;
}

} // namespace

TEST_CASE("a rescue team converts from its record and back without loss")
{
    const Record record = validRecord(ResourceKind::Teams,
        with(contact(), {{QStringLiteral("name"), QStringLiteral("西湖区消防救援大队")},
                         {QStringLiteral("team_kind"), QStringLiteral("fire")},
                         {QStringLiteral("capabilities"), QStringLiteral("rope rescue, water rescue, hazmat")},
                         {QStringLiteral("headcount"), 42},
                         {QStringLiteral("agency"), QStringLiteral("杭州市消防救援支队")},
                         {QStringLiteral("status"), QStringLiteral("en_route")},
                         {QStringLiteral("base_lon"), 120.13},
                         {QStringLiteral("base_lat"), 30.27},
                         {QStringLiteral("position_at_ms"), 1'700'000'000'000LL},
                         {QStringLiteral("heading_deg"), 275.5}}));
    const RescueTeam team = checkRoundTrip<RescueTeam>(record);
    CHECK(team.name == QStringLiteral("西湖区消防救援大队"));
    CHECK(team.capabilities == QStringList{QStringLiteral("rope rescue"), QStringLiteral("water rescue"), QStringLiteral("hazmat")});
    CHECK(team.headcount == 42);
    CHECK(team.status == QStringLiteral("en_route"));
    CHECK(team.position == kWestLake);
    REQUIRE(team.base.has_value());
    CHECK(*team.base == LonLat{120.13, 30.27});
    CHECK(team.positionAtMs == 1'700'000'000'000LL);
    REQUIRE(team.headingDeg.has_value());
    CHECK(*team.headingDeg == 275.5);
}

TEST_CASE("a rescue team without a base or heading leaves those fields out of its record")
{
    RescueTeam team;
    team.id = newId();
    team.name = QStringLiteral("Volunteers");
    team.teamKind = QStringLiteral("volunteer");
    team.capabilities = {QStringLiteral("search")};
    team.position = kWestLake;
    const Record record = team.toRecord();
    CHECK_FALSE(record.values.contains(QStringLiteral("base_lon")));
    CHECK_FALSE(record.values.contains(QStringLiteral("heading_deg")));
    CHECK_FALSE(record.values.contains(QStringLiteral("position_at_ms")));
    CHECK(validateValues(kindDef(ResourceKind::Teams), record.values, false).ok());
    CHECK(RescueTeam::fromRecord(record) == team);

    // Chinese enumeration commas separate capabilities as well.
    Record chinese = record;
    chinese.values.insert(QStringLiteral("capabilities"), QStringLiteral("绳索救援、水域救援，破拆"));
    CHECK(RescueTeam::fromRecord(chinese).capabilities.size() == 3);
}

TEST_CASE("warehouses, supply items and stock lines convert from their records and back")
{
    const Warehouse warehouse = checkRoundTrip<Warehouse>(validRecord(ResourceKind::Warehouses,
        with(contact(), {{QStringLiteral("name"), QStringLiteral("市级应急物资储备库")},
                         {QStringLiteral("level"), QStringLiteral("municipal")},
                         {QStringLiteral("agency"), QStringLiteral("市应急管理局")},
                         {QStringLiteral("area_m2"), 3200.0}})));
    CHECK(warehouse.areaSquareMeters == 3200.0);

    const SupplyItem item = checkRoundTrip<SupplyItem>(validRecord(ResourceKind::Supplies,
        {{QStringLiteral("name"), QStringLiteral("救生衣")}, {QStringLiteral("category"), QStringLiteral("flood_control")},
         {QStringLiteral("unit"), QStringLiteral("件")}, {QStringLiteral("code"), QStringLiteral("0301")},
         {QStringLiteral("specification"), QStringLiteral("adult")}}));
    CHECK(item.unit == QStringLiteral("件"));

    const StockLine stock = checkRoundTrip<StockLine>(validRecord(ResourceKind::Stock,
        {{QStringLiteral("warehouse_id"), warehouse.id.isEmpty() ? newId() : warehouse.id},
         {QStringLiteral("item_id"), newId()}, {QStringLiteral("quantity"), 500},
         {QStringLiteral("reserved"), 120}}));
    CHECK(stock.quantity == 500.0);
    CHECK(stock.available() == 380.0);
    CHECK(StockLine{{}, {}, {}, 10.0, 15.0}.available() == 0.0);
}

TEST_CASE("risk points, protection targets and shelters convert from their records and back")
{
    const RiskPoint risk = checkRoundTrip<RiskPoint>(validRecord(ResourceKind::RiskPoints,
        with(contact(), {{QStringLiteral("name"), QStringLiteral("天目山路下穿通道")},
                         {QStringLiteral("hazard_kind"), QStringLiteral("flood_underpass")},
                         {QStringLiteral("risk_level"), QStringLiteral("high")},
                         {QStringLiteral("radius_m"), 250},
                         {QStringLiteral("responsible_unit"), QStringLiteral("西湖区城管局")}})));
    CHECK(risk.radiusMeters == 250.0);
    CHECK(risk.hazardKind == QStringLiteral("flood_underpass"));

    const ProtectionTarget target = checkRoundTrip<ProtectionTarget>(validRecord(ResourceKind::Targets,
        with(contact(), {{QStringLiteral("name"), QStringLiteral("杭州学军中学")},
                         {QStringLiteral("target_kind"), QStringLiteral("school")},
                         {QStringLiteral("population"), 2100},
                         {QStringLiteral("responsible_unit"), QStringLiteral("西湖区教育局")}})));
    CHECK(target.population == 2100);

    const Shelter shelter = checkRoundTrip<Shelter>(validRecord(ResourceKind::Shelters,
        with(contact(), {{QStringLiteral("name"), QStringLiteral("黄龙体育中心")},
                         {QStringLiteral("shelter_kind"), QStringLiteral("stadium")},
                         {QStringLiteral("capacity"), 5000},
                         {QStringLiteral("occupancy"), 1200},
                         {QStringLiteral("status"), QStringLiteral("open")},
                         {QStringLiteral("area_m2"), 48000.0},
                         {QStringLiteral("facilities"), QStringLiteral("water, power, toilets")}})));
    CHECK(shelter.freePlaces() == 3800);
    Shelter overfull = shelter;
    overfull.occupancy = 5100;
    CHECK(overfull.freePlaces() == 0);
}

TEST_CASE("a camera converts from its record and back and covers what lies in its field of view")
{
    const Camera camera = checkRoundTrip<Camera>(validRecord(ResourceKind::Cameras,
        {{QStringLiteral("name"), QStringLiteral("断桥东")}, {QStringLiteral("heading_deg"), 90.0},
         {QStringLiteral("fov_deg"), 60.0}, {QStringLiteral("range_m"), 200.0},
         {QStringLiteral("main_uri"), QStringLiteral("rtsp://127.0.0.1:8554/cam1")},
         {QStringLiteral("sub_uri"), QStringLiteral("rtsp://127.0.0.1:8554/cam1-sub")},
         {QStringLiteral("ptz"), true}, {QStringLiteral("owner"), QStringLiteral("公安")},
         {QStringLiteral("status"), QStringLiteral("online")}, {QStringLiteral("address"), QStringLiteral("北山街")}}));
    CHECK(camera.ptz);
    CHECK(camera.rangeMeters == 200.0);
    CHECK(camera.covers(destinationPoint(kWestLake, 100.0, 150.0)));
    CHECK_FALSE(camera.covers(destinationPoint(kWestLake, 100.0, 250.0))); // beyond range
    CHECK_FALSE(camera.covers(destinationPoint(kWestLake, 270.0, 50.0)));  // behind
    CHECK_FALSE(camera.covers(destinationPoint(kWestLake, 130.0, 50.0)));  // outside the 60° cone
}

TEST_CASE("a sensor converts from its record and back and grades readings against its thresholds")
{
    const Sensor sensor = checkRoundTrip<Sensor>(validRecord(ResourceKind::Sensors,
        {{QStringLiteral("name"), QStringLiteral("古荡水位站")}, {QStringLiteral("sensor_kind"), QStringLiteral("water_level")},
         {QStringLiteral("unit"), QStringLiteral("m")}, {QStringLiteral("warning_threshold"), 3.5},
         {QStringLiteral("alarm_threshold"), 4.2}, {QStringLiteral("last_value"), 0.0},
         {QStringLiteral("last_reading_at_ms"), 1'700'000'000'000LL}, {QStringLiteral("alarm_state"), QStringLiteral("normal")},
         {QStringLiteral("owner"), QStringLiteral("水文站")}, {QStringLiteral("address"), QStringLiteral("古荡")}}));
    REQUIRE(sensor.lastValue.has_value());
    CHECK(*sensor.lastValue == 0.0); // a zero reading is a reading, not "none"
    CHECK(sensor.alarmStateFor(3.0) == QStringLiteral("normal"));
    CHECK(sensor.alarmStateFor(3.5) == QStringLiteral("warning"));
    CHECK(sensor.alarmStateFor(4.2) == QStringLiteral("alarm"));

    Sensor unset = sensor;
    unset.warningThreshold.reset();
    unset.alarmThreshold.reset();
    unset.lastValue.reset();
    CHECK(unset.alarmStateFor(1000.0) == QStringLiteral("normal"));
    const Record record = unset.toRecord();
    CHECK_FALSE(record.values.contains(QStringLiteral("alarm_threshold")));
    CHECK_FALSE(record.values.contains(QStringLiteral("last_value")));
    CHECK(Sensor::fromRecord(record) == unset);
}

TEST_CASE("a sensor reading survives JSON and a malformed one names its field")
{
    const SensorReading reading{QStringLiteral("s-1"), 3.75, 1'700'000'000'123LL};
    const Result<SensorReading> back = SensorReading::fromJson(reading.toJson());
    REQUIRE(back.ok());
    CHECK(*back == reading);

    QJsonObject noId = reading.toJson();
    noId.remove(QStringLiteral("sensor_id"));
    CHECK(SensorReading::fromJson(noId).error().field == QStringLiteral("sensor_id"));
    QJsonObject textValue = reading.toJson();
    textValue.insert(QStringLiteral("value"), QStringLiteral("high"));
    CHECK(SensorReading::fromJson(textValue).error().field == QStringLiteral("value"));
    QJsonObject badTime = reading.toJson();
    badTime.insert(QStringLiteral("at_ms"), 12.5);
    CHECK(SensorReading::fromJson(badTime).error().field == QStringLiteral("at_ms"));
}

TEST_CASE("an incident converts from its record and back without loss")
{
    const QString area = QStringLiteral(
        R"({"type":"Polygon","coordinates":[[[120.14,30.25],[120.16,30.25],[120.16,30.27],[120.14,30.27],[120.14,30.25]]]})");
    const Record record = validRecord(ResourceKind::Incidents,
        {{QStringLiteral("title"), QStringLiteral("文三路燃气爆炸")}, {QStringLiteral("category"), QStringLiteral("accident")},
         {QStringLiteral("type_code"), QStringLiteral("20104")}, {QStringLiteral("event_level"), QStringLiteral("III")},
         {QStringLiteral("warning_level"), QStringLiteral("orange")}, {QStringLiteral("status"), QStringLiteral("responding")},
         {QStringLiteral("description"), QStringLiteral("餐馆燃气泄漏爆炸")}, {QStringLiteral("address"), QStringLiteral("文三路")},
         {QStringLiteral("deaths"), 4}, {QStringLiteral("serious_injuries"), 12}, {QStringLiteral("missing"), 1},
         {QStringLiteral("trapped"), 3}, {QStringLiteral("direct_loss_cny"), 2.5e6},
         {QStringLiteral("reporter"), QStringLiteral("张三")}, {QStringLiteral("reporter_phone"), QStringLiteral("13800000000")},
         {QStringLiteral("reported_at_ms"), 1'700'000'000'000LL}, {QStringLiteral("area"), area},
         {QStringLiteral("exercise_id"), QStringLiteral("drill-2024-06")},
         {QStringLiteral("acknowledged_by"), QStringLiteral("duty-officer")},
         {QStringLiteral("acknowledged_at_ms"), 1'700'000'060'000LL}});
    const Incident incident = checkRoundTrip<Incident>(record);
    CHECK(incident.title == QStringLiteral("文三路燃气爆炸"));
    CHECK(incident.casualties == Casualties{4, 12, 1, 3});
    CHECK(incident.directLossCny == 2.5e6);
    REQUIRE(incident.area.size() == 4); // the closing point is dropped
    CHECK(incident.area.first() == LonLat{120.14, 30.25});
    CHECK(incident.isExercise());
    CHECK(incident.isAcknowledged());
    CHECK(incident.isOpen());
    REQUIRE(incident.type());
    CHECK(incident.type()->nameZh == QStringLiteral("燃气爆炸"));
    CHECK(incident.suggestedLevel().level == EventLevel::III);
    CHECK(incident.suggestedLevel().criterion == QStringLiteral("deaths"));
}

TEST_CASE("a real, unacknowledged incident without an area has none of those in its record")
{
    Incident incident;
    incident.id = newId();
    incident.title = QStringLiteral("Flooded underpass");
    incident.category = IncidentCategory::NaturalDisaster;
    incident.position = kWestLake;
    CHECK_FALSE(incident.isExercise());
    CHECK_FALSE(incident.isAcknowledged());
    const Record record = incident.toRecord();
    CHECK_FALSE(record.values.contains(QStringLiteral("area")));
    CHECK_FALSE(record.values.contains(QStringLiteral("exercise_id")));
    CHECK_FALSE(record.values.contains(QStringLiteral("acknowledged_at_ms")));
    CHECK(record.values.value(QStringLiteral("status")).toString() == IncidentStatus::Reported);
    CHECK(validateValues(kindDef(ResourceKind::Incidents), record.values, false).ok());
    CHECK(Incident::fromRecord(record) == incident);
}

TEST_CASE("incident areas are read from GeoJSON and bad ones are refused naming the area field")
{
    const Result<QList<LonLat>> open = parseAreaGeoJson(QStringLiteral(
        R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1]]]}})"));
    REQUIRE(open.ok());
    CHECK(open->size() == 3);
    const QString written = areaToGeoJson(*open);
    CHECK(written == QStringLiteral(R"({"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"})"));
    CHECK(parseAreaGeoJson(written).valueOr({}) == *open);
    CHECK(areaToGeoJson({{0, 0}, {1, 1}}).isEmpty());

    for (const char *bad : {"not json", R"({"type":"Point","coordinates":[0,0]})", R"({"type":"Polygon","coordinates":[]})",
                            R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})",
                            R"({"type":"Polygon","coordinates":[[[0,0],["a",0],[1,1]]]})",
                            R"({"type":"Polygon","coordinates":[[[0,0],[500,0],[1,1]]]})"}) {
        const Result<QList<LonLat>> result = parseAreaGeoJson(QString::fromUtf8(bad));
        INFO(bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("area"));
    }

    // An unreadable stored area shows as none rather than failing the whole incident.
    Record record = Incident{}.toRecord();
    record.values.insert(QStringLiteral("area"), QStringLiteral("{}"));
    CHECK(Incident::fromRecord(record).area.isEmpty());
}

TEST_CASE("new ids are version 7 UUIDs that carry the time they were made")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> ids;
    for (int i = 0; i < 10000; ++i) {
        ids.insert(newId());
    }
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    CHECK(ids.size() == 10000);
    for (const QString &id : std::as_const(ids)) {
        const QUuid uuid(id);
        REQUIRE_FALSE(uuid.isNull());
        CHECK(uuid.toString(QUuid::WithoutBraces) == id);
        CHECK(id.at(14) == u'7'); // the version (Qt 6.4's QUuid::version() stops at 5)
        CHECK(uuid.variant() == QUuid::DCE);
        const qint64 madeAt = QStringView(id).left(8).toLongLong(nullptr, 16) << 16 | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
        CHECK(madeAt >= before);
        CHECK(madeAt <= after);
    }
}
