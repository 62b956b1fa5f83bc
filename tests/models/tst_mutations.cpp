#include "tst_storefixture.h"

using namespace tw;
using namespace tw::test;

namespace {

// Minimal valid arguments for creating a record of each kind.
QJsonObject validCreateArgs(Store &store, ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Teams:
        return {{"name", "上城区消防救援站"}, {"team_kind", "fire"}, {"lon", 120.17}, {"lat", 30.25}};
    case ResourceKind::Warehouses:
        return {{"name", "市级储备库"}, {"lon", 120.2}, {"lat", 30.3}};
    case ResourceKind::Supplies:
        return {{"name", "救生衣"}, {"category", "flood_control"}, {"unit", "件"}};
    case ResourceKind::Stock:
        return {{"warehouse_id", makeWarehouse(store)}, {"item_id", makeItem(store)}, {"quantity", 40}};
    case ResourceKind::RiskPoints:
        return {{"name", "九溪地质灾害隐患点"}, {"hazard_kind", "landslide"}, {"risk_level", "high"},
                {"lon", 120.12}, {"lat", 30.2}};
    case ResourceKind::Targets:
        return {{"name", "杭州第二中学"}, {"target_kind", "school"}, {"lon", 120.19}, {"lat", 30.2}};
    case ResourceKind::Shelters:
        return {{"name", "黄龙体育中心避难场所"}, {"capacity", 5000}, {"lon", 120.13}, {"lat", 30.27}};
    case ResourceKind::Cameras:
        return {{"name", "断桥东"}, {"lon", 120.15}, {"lat", 30.26}};
    case ResourceKind::Sensors:
        return {{"name", "闸口水位站"}, {"sensor_kind", "water_level"}, {"lon", 120.17}, {"lat", 30.21},
                {"warning_threshold", 5.0}, {"alarm_threshold", 6.5}};
    case ResourceKind::Incidents:
        return {{"title", "滨江区化工厂泄漏"}, {"category", "accident"}, {"lon", 120.21}, {"lat", 30.19}};
    }
    return {};
}

// A change to one non-required text-like field per kind.
QPair<QString, QJsonValue> someChange(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Supplies:
        return {QStringLiteral("specification"), QStringLiteral("成人款")};
    case ResourceKind::Stock:
        return {QStringLiteral("quantity"), 55};
    case ResourceKind::Incidents:
        return {QStringLiteral("description"), QStringLiteral("有刺激性气味")};
    case ResourceKind::Cameras:
    case ResourceKind::Sensors:
        return {QStringLiteral("owner"), QStringLiteral("市城管局")};
    case ResourceKind::Shelters:
        return {QStringLiteral("facilities"), QStringLiteral("饮用水,医疗点")};
    default:
        return {QStringLiteral("address"), QStringLiteral("杭州市上城区")};
    }
}

} // namespace

TEST_CASE("every kind can be created, updated and deleted through its mutations")
{
    for (const KindDef &kind : allKinds()) {
        DYNAMIC_SECTION(kind.name.toStdString())
        {
            auto store = openStore();
            const QJsonObject args = validCreateArgs(*store, kind.kind);
            const QString id = mustApply(*store, kind.mutationPrefix + QStringLiteral(".create"), args);
            Result<Record> created = store->record(kind.kind, id);
            REQUIRE(created.ok());
            CHECK(created->displayName() == args.value(kind.nameField()).toString());
            CHECK(created->point.has_value() == kind.hasPoint);
            CHECK(created->createdAtMs > 0);

            const auto [field, value] = someChange(kind.kind);
            mustApply(*store, kind.mutationPrefix + QStringLiteral(".update"), {{"id", id}, {field, value}});
            CHECK(store->record(kind.kind, id)->value(field).toString() == value.toVariant().toString());

            mustApply(*store, kind.mutationPrefix + QStringLiteral(".delete"), {{"id", id}});
            CHECK_FALSE(store->record(kind.kind, id).ok());
        }
    }
}

TEST_CASE("a create keeps a given id and fills defaults from the schema")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("team.create"),
                                 {{"id", "team-7"}, {"name", "七队"}, {"team_kind", "medical"}, {"lon", 120.1}, {"lat", 30.1}});
    CHECK(id == QStringLiteral("team-7"));
    CHECK(teamStatus(*store, id) == QStringLiteral("available"));
    const Error duplicate = mustFail(*store, QStringLiteral("team.create"),
                                     {{"id", "team-7"}, {"name", "又一个七队"}, {"team_kind", "medical"}, {"lon", 120.1}, {"lat", 30.1}});
    CHECK(duplicate.field == QStringLiteral("id"));
    CHECK(duplicate.message.contains(QStringLiteral("already exists")));
}

TEST_CASE("invalid record input is refused with the offending field and nothing is written")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    const auto before = rowCounts(*store);
    struct Case {
        const char *name;
        QJsonObject args;
        const char *field;
    };
    const QList<Case> cases{
        {"team.create", {{"team_kind", "fire"}, {"lon", 120.1}, {"lat", 30.1}}, "name"},
        {"team.create", {{"name", "x"}, {"team_kind", "dragon"}, {"lon", 120.1}, {"lat", 30.1}}, "team_kind"},
        {"team.create", {{"name", "x"}, {"team_kind", "fire"}, {"lat", 30.1}}, "lon"},
        {"team.create", {{"name", "x"}, {"team_kind", "fire"}, {"lon", 200.0}, {"lat", 30.1}}, "lon"},
        {"team.create", {{"name", "x"}, {"team_kind", "fire"}, {"lon", 120.0}, {"lat", 30.1}, {"headcount", -3}}, "headcount"},
        {"team.create", {{"name", "x"}, {"team_kind", "fire"}, {"lon", 120.0}, {"lat", 30.1}, {"colour", "red"}}, "colour"},
        {"team.update", {{"id", "no-such-team"}, {"name", "x"}}, "id"},
        {"team.update", {{"name", "x"}}, "id"},
        {"team.update", {{"id", teamId}, {"name", ""}}, "name"},
        {"team.update", {{"id", teamId}, {"lat", -91.0}}, "lat"},
        {"team.delete", {{"id", "no-such-team"}}, "id"},
        {"supply.create", {{"name", "沙袋"}, {"category", "flood_control"}, {"unit", "袋"}, {"lon", 120.0}, {"lat", 30.0}}, "lon"},
        {"shelter.create", {{"name", "s"}, {"capacity", 10}, {"occupancy", 11}, {"lon", 120.0}, {"lat", 30.0}}, "occupancy"},
        {"stock.create", {{"warehouse_id", "nowhere"}, {"item_id", "nothing"}, {"quantity", 1}}, "warehouse_id"},
        {"incident.update", {{"id", "nope"}, {"title", "x"}}, "id"},
    };
    for (const Case &c : cases) {
        INFO(c.name << " " << QJsonDocument(c.args).toJson(QJsonDocument::Compact).toStdString());
        const Error error = mustFail(*store, QString::fromLatin1(c.name), c.args);
        CHECK(error.field == QString::fromLatin1(c.field));
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("a stock line needs an existing warehouse and item and is unique per pair")
{
    auto store = openStore();
    const QString warehouseId = makeWarehouse(*store);
    const QString itemId = makeItem(*store);
    const Error noItem = mustFail(*store, QStringLiteral("stock.create"),
                                  {{"warehouse_id", warehouseId}, {"item_id", "ghost"}, {"quantity", 1}});
    CHECK(noItem.field == QStringLiteral("item_id"));
    mustApply(*store, QStringLiteral("stock.create"), {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"quantity", 5}});
    const Error twice = mustFail(*store, QStringLiteral("stock.create"),
                                 {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"quantity", 1}});
    CHECK(twice.field == QStringLiteral("item_id"));
    const Error reserved = mustFail(*store, QStringLiteral("stock.create"),
                                    {{"warehouse_id", makeWarehouse(*store, "二号库")}, {"item_id", itemId},
                                     {"quantity", 1}, {"reserved", 2}});
    CHECK(reserved.field == QStringLiteral("reserved"));
}

TEST_CASE("a warehouse with stock and an item in use cannot be deleted")
{
    auto store = openStore();
    const QString warehouseId = makeWarehouse(*store);
    const QString itemId = makeItem(*store);
    mustApply(*store, QStringLiteral("stock.adjust"), {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"delta", 3}});
    const auto before = rowCounts(*store);
    const Error warehouse = mustFail(*store, QStringLiteral("warehouse.delete"), {{"id", warehouseId}});
    CHECK(warehouse.field == QStringLiteral("id"));
    CHECK(warehouse.message.contains(QStringLiteral("stock")));
    const Error item = mustFail(*store, QStringLiteral("supply.delete"), {{"id", itemId}});
    CHECK(item.field == QStringLiteral("id"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("team status and position have their own mutations")
{
    auto store = openStore();
    const QString teamId = makeTeam(*store, QStringLiteral("一队"));
    mustApply(*store, QStringLiteral("team.setStatus"), {{"id", teamId}, {"status", "off_duty"}});
    CHECK(teamStatus(*store, teamId) == QStringLiteral("off_duty"));
    mustApply(*store, QStringLiteral("team.setPosition"),
              {{"id", teamId}, {"lon", 120.31}, {"lat", 30.31}, {"heading_deg", 90}, {"at_ms", qint64(1700000000000)}});
    Result<Record> team = store->record(ResourceKind::Teams, teamId);
    CHECK(team->point == LonLat(120.31, 30.31));
    CHECK(team->real(QStringLiteral("heading_deg")) == 90.0);
    CHECK(team->integer(QStringLiteral("position_at_ms")) == 1700000000000);

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "team.setStatus", {{"id", teamId}, {"status", "sleeping"}}).field == QStringLiteral("status"));
    CHECK(mustFail(*store, "team.setStatus", {{"id", teamId}}).field == QStringLiteral("status"));
    CHECK(mustFail(*store, "team.setStatus", {{"id", "ghost"}, {"status", "available"}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, "team.setPosition", {{"id", teamId}, {"lon", 120.0}, {"lat", 30.0}}).field == QStringLiteral("at_ms"));
    CHECK(mustFail(*store, "team.setPosition", {{"id", teamId}, {"lon", 120.0}, {"lat", 95.0}, {"at_ms", 1}}).field == QStringLiteral("lat"));
    CHECK(mustFail(*store, "team.setPosition", {{"id", teamId}, {"lon", 120.0}, {"lat", 30.0}, {"at_ms", 1}, {"heading_deg", 400}}).field == QStringLiteral("heading_deg"));
    CHECK(mustFail(*store, "team.setPosition", {{"id", teamId}, {"lon", "east"}, {"lat", 30.0}, {"at_ms", 1}}).field == QStringLiteral("lon"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("shelter occupancy stays between zero and capacity and marks a full shelter")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("shelter.create"),
                                 {{"name", "体育馆"}, {"capacity", 100}, {"status", "open"}, {"lon", 120.1}, {"lat", 30.2}});
    mustApply(*store, QStringLiteral("shelter.setOccupancy"), {{"id", id}, {"occupancy", 100}});
    CHECK(store->record(ResourceKind::Shelters, id)->text(QStringLiteral("status")) == QStringLiteral("full"));
    mustApply(*store, QStringLiteral("shelter.setOccupancy"), {{"id", id}, {"occupancy", 60}});
    Result<Record> shelter = store->record(ResourceKind::Shelters, id);
    CHECK(shelter->integer(QStringLiteral("occupancy")) == 60);
    CHECK(shelter->text(QStringLiteral("status")) == QStringLiteral("open"));
    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "shelter.setOccupancy", {{"id", id}, {"occupancy", 101}}).field == QStringLiteral("occupancy"));
    CHECK(mustFail(*store, "shelter.setOccupancy", {{"id", id}, {"occupancy", -1}}).field == QStringLiteral("occupancy"));
    CHECK(mustFail(*store, "shelter.setOccupancy", {{"id", id}, {"occupancy", 2.5}}).field == QStringLiteral("occupancy"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("sensor readings are kept and set the current value and alarm state")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("sensor.create"), validCreateArgs(*store, ResourceKind::Sensors));
    mustApply(*store, QStringLiteral("sensor.reading"), {{"id", id}, {"value", 4.2}, {"at_ms", 1000}});
    CHECK(store->record(ResourceKind::Sensors, id)->text(QStringLiteral("alarm_state")) == QStringLiteral("normal"));
    mustApply(*store, QStringLiteral("sensor.reading"), {{"id", id}, {"value", 5.5}, {"at_ms", 2000}});
    CHECK(store->record(ResourceKind::Sensors, id)->text(QStringLiteral("alarm_state")) == QStringLiteral("warning"));
    mustApply(*store, QStringLiteral("sensor.reading"), {{"id", id}, {"value", 7.0}, {"at_ms", 3000}});
    Result<Record> sensor = store->record(ResourceKind::Sensors, id);
    CHECK(sensor->text(QStringLiteral("alarm_state")) == QStringLiteral("alarm"));
    CHECK(sensor->real(QStringLiteral("last_value")) == 7.0);
    // A late reading joins the history without replacing the current value.
    mustApply(*store, QStringLiteral("sensor.reading"), {{"id", id}, {"value", 1.0}, {"at_ms", 1500}});
    CHECK(store->record(ResourceKind::Sensors, id)->real(QStringLiteral("last_value")) == 7.0);
    const QList<SensorReading> readings = store->sensorReadings(id);
    REQUIRE(readings.size() == 4);
    CHECK(readings[1].atMs == 1500);
    CHECK(store->sensorReadings(id, 1600, 2500).size() == 1);

    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "sensor.reading", {{"id", id}, {"at_ms", 4000}}).field == QStringLiteral("value"));
    CHECK(mustFail(*store, "sensor.reading", {{"id", id}, {"value", 1}}).field == QStringLiteral("at_ms"));
    CHECK(mustFail(*store, "sensor.reading", {{"id", "ghost"}, {"value", 1}, {"at_ms", 1}}).field == QStringLiteral("id"));
    CHECK(rowCounts(*store) == before);
    // Deleting the sensor deletes its readings.
    mustApply(*store, QStringLiteral("sensor.delete"), {{"id", id}});
    CHECK(store->sensorReadings(id).isEmpty());
}

TEST_CASE("the list of mutation names covers every kind and the named actions")
{
    const QStringList names = Store::mutationNames();
    for (const KindDef &kind : allKinds()) {
        for (const char *verb : {".create", ".update", ".delete"}) {
            CHECK(names.contains(kind.mutationPrefix + QLatin1String(verb)));
        }
    }
    for (const char *name : {"team.setStatus", "team.setPosition", "stock.adjust", "stock.reserve", "stock.release",
                             "shelter.setOccupancy", "sensor.reading", "incident.setLevel", "incident.setWarningLevel",
                             "incident.setStatus", "incident.setCasualties", "incident.acknowledge", "timeline.note",
                             "dispatch.propose", "dispatch.issue", "dispatch.acknowledge", "dispatch.enRoute",
                             "dispatch.onScene", "dispatch.complete", "dispatch.cancel", "dispatch.reject"}) {
        CHECK(names.contains(QLatin1String(name)));
    }
}
