#include "democity.h"
#include "demodata.h"
#include "geo.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace tw;

namespace {

// A fixed "now", so that two generations agree on every time value.
constexpr qint64 kReferenceTimeMs = 1717200000000; // 2024-06-01 00:00 UTC

DemoOptions fixedOptions(quint32 seed = 20240601)
{
    DemoOptions options;
    options.seed = seed;
    options.referenceTimeMs = kReferenceTimeMs;
    return options;
}

std::unique_ptr<Store> demoStore(const DemoOptions &options)
{
    Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    std::unique_ptr<Store> store = std::move(opened).value();
    const Status generated = generateDemoCity(*store, options);
    INFO(generated.errorString().toStdString());
    REQUIRE(generated.ok());
    return store;
}

QList<Record> sortedRecords(const Store &store, ResourceKind kind)
{
    QList<Record> records = store.records(kind);
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

QSet<QString> ids(const Store &store, ResourceKind kind)
{
    QSet<QString> result;
    for (const Record &record : store.records(kind)) {
        result.insert(record.id);
    }
    return result;
}

// Distance from `p` to the segment a-b in metres, on a local plane (fine at city scale).
double metersToSegment(LonLat p, LonLat a, LonLat b)
{
    const double cosLat = std::cos(p.lat * 3.141592653589793 / 180.0);
    const double ax = (a.lon - p.lon) * 111320.0 * cosLat, ay = (a.lat - p.lat) * 110574.0;
    const double bx = (b.lon - p.lon) * 111320.0 * cosLat, by = (b.lat - p.lat) * 110574.0;
    const double dx = bx - ax, dy = by - ay;
    const double t = std::clamp(-(ax * dx + ay * dy) / (dx * dx + dy * dy), 0.0, 1.0);
    return std::hypot(ax + t * dx, ay + t * dy);
}

double metersToRiverCentre(LonLat p)
{
    const QList<LonLat> &line = demoQiantangCentreLine();
    double best = 1e12;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        best = std::min(best, metersToSegment(p, line.at(i), line.at(i + 1)));
    }
    return best;
}

} // namespace

TEST_CASE("Generating the demo city twice with one seed gives identical records, ids included")
{
    const auto first = demoStore(fixedOptions());
    const auto second = demoStore(fixedOptions());
    for (const KindDef &kind : allKinds()) {
        INFO(kind.name.toStdString());
        const QList<Record> a = sortedRecords(*first, kind.kind);
        const QList<Record> b = sortedRecords(*second, kind.kind);
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            CHECK(a[i].id == b[i].id);
            CHECK(a[i].point.has_value() == b[i].point.has_value());
            if (a[i].point && b[i].point) {
                CHECK(*a[i].point == *b[i].point);
            }
            CHECK(a[i].values == b[i].values);
        }
    }
}

TEST_CASE("A different seed gives a different demo city")
{
    const auto first = demoStore(fixedOptions(1));
    const auto second = demoStore(fixedOptions(2));
    const QSet<QString> teamsA = ids(*first, ResourceKind::Teams);
    const QSet<QString> teamsB = ids(*second, ResourceKind::Teams);
    REQUIRE_FALSE(teamsA.isEmpty());
    CHECK_FALSE(teamsA.intersects(teamsB));
    const QList<Record> camerasA = first->records(ResourceKind::Cameras);
    QSet<QPair<double, double>> pointsA;
    for (const Record &camera : camerasA) {
        pointsA.insert({camera.point->lon, camera.point->lat});
    }
    int samePlace = 0;
    for (const Record &camera : second->records(ResourceKind::Cameras)) {
        samePlace += pointsA.contains({camera.point->lon, camera.point->lat}) ? 1 : 0;
    }
    CHECK(samePlace < 5);
}

TEST_CASE("Demo ids are well-formed version 4 UUIDs")
{
    const auto store = demoStore(fixedOptions());
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const Record &team : store->records(ResourceKind::Teams)) {
        INFO(team.id.toStdString());
        CHECK(uuid.match(team.id).hasMatch());
    }
}

TEST_CASE("Every demo record with a position lies on land in the urban districts, out of the lake and river")
{
    const auto store = demoStore(fixedOptions());
    const LonLat lakeCentre(120.1455, 30.2470);
    int checked = 0;
    for (const KindDef &kind : allKinds()) {
        if (!kind.hasPoint) {
            continue;
        }
        for (const Record &record : store->records(kind.kind)) {
            REQUIRE(record.point.has_value());
            const LonLat p = *record.point;
            INFO(kind.name.toStdString() << " " << record.displayName().toStdString() << " at " << p.lon << ", " << p.lat);
            CHECK(p.lon >= 119.95);
            CHECK(p.lon <= 120.46);
            CHECK(p.lat >= 30.09);
            CHECK(p.lat <= 30.45);
            CHECK(demoIsOnLand(p));
            CHECK_FALSE(polygonContains(demoWestLake(), p));
            CHECK_FALSE(polygonContains(demoQiantangRiver(), p));
            // Independent of the polygons: well away from the lake's middle and the river's centre.
            CHECK(distanceMeters(p, lakeCentre) > 1000.0);
            CHECK(metersToRiverCentre(p) > 550.0);
            ++checked;
        }
    }
    CHECK(checked > 500);
}

TEST_CASE("The demo city populates every kind, every team kind and every hazard kind")
{
    const auto store = demoStore(fixedOptions());
    CHECK(store->count(ResourceKind::Teams) >= 80);
    CHECK(store->count(ResourceKind::Teams) <= 120);
    CHECK(store->count(ResourceKind::Warehouses) >= 12);
    CHECK(store->count(ResourceKind::Supplies) >= 10);
    CHECK(store->count(ResourceKind::Stock) >= 100);
    CHECK(store->count(ResourceKind::RiskPoints) >= 50);
    CHECK(store->count(ResourceKind::Targets) >= 70);
    CHECK(store->count(ResourceKind::Shelters) >= 35);
    CHECK(store->count(ResourceKind::Cameras) == 200);
    CHECK(store->count(ResourceKind::Sensors) >= 50);
    CHECK(store->count(ResourceKind::Incidents) >= 3);

    const auto valuesOf = [&](ResourceKind kind, const QString &key) {
        QSet<QString> values;
        for (const Record &record : store->records(kind)) {
            values.insert(record.text(key));
        }
        return values;
    };
    const QSet<QString> teamKinds = valuesOf(ResourceKind::Teams, QStringLiteral("team_kind"));
    for (const EnumValue &value : kindDef(ResourceKind::Teams).field(QStringLiteral("team_kind"))->enumValues) {
        INFO("team_kind " << value.value.toStdString());
        CHECK(teamKinds.contains(value.value));
    }
    const QSet<QString> hazardKinds = valuesOf(ResourceKind::RiskPoints, QStringLiteral("hazard_kind"));
    for (const EnumValue &value : kindDef(ResourceKind::RiskPoints).field(QStringLiteral("hazard_kind"))->enumValues) {
        INFO("hazard_kind " << value.value.toStdString());
        CHECK(hazardKinds.contains(value.value));
    }
    const QSet<QString> names = valuesOf(ResourceKind::Teams, QStringLiteral("name"));
    CHECK(names.contains(QStringLiteral("西湖区消防救援大队")));
    CHECK(valuesOf(ResourceKind::Warehouses, QStringLiteral("name")).contains(QStringLiteral("滨江区应急物资储备库")));
    CHECK(valuesOf(ResourceKind::RiskPoints, QStringLiteral("name")).contains(QStringLiteral("之江路地下通道")));
    for (const Record &team : store->records(ResourceKind::Teams)) {
        CHECK(team.text(QStringLiteral("phone")).startsWith(QStringLiteral("0571-")));
        CHECK(team.integer(QStringLiteral("headcount")) > 0);
        CHECK_FALSE(team.text(QStringLiteral("capabilities")).isEmpty());
    }
}

TEST_CASE("Demo stock lines refer to demo warehouses and supply items")
{
    const auto store = demoStore(fixedOptions());
    const QSet<QString> warehouses = ids(*store, ResourceKind::Warehouses);
    const QSet<QString> items = ids(*store, ResourceKind::Supplies);
    for (const Record &line : store->records(ResourceKind::Stock)) {
        CHECK(warehouses.contains(line.text(QStringLiteral("warehouse_id"))));
        CHECK(items.contains(line.text(QStringLiteral("item_id"))));
        CHECK(line.real(QStringLiteral("quantity")) >= line.real(QStringLiteral("reserved")));
    }
}

TEST_CASE("Demo cameras stream from the camera simulator's paths")
{
    const auto store = demoStore(fixedOptions());
    QSet<QString> expected;
    for (int i = 0; i < 200; ++i) {
        expected.insert(QStringLiteral("rtsp://127.0.0.1:8554/cam/%1").arg(i));
    }
    QSet<QString> found;
    for (const Record &camera : store->records(ResourceKind::Cameras)) {
        const QString main = camera.text(QStringLiteral("main_uri"));
        CHECK(camera.text(QStringLiteral("sub_uri")) == main + QStringLiteral("/sub"));
        const double heading = camera.real(QStringLiteral("heading_deg"), -1);
        CHECK(heading >= 0.0);
        CHECK(heading < 360.0);
        found.insert(main);
    }
    CHECK(found == expected);
}

TEST_CASE("Demo camera URIs follow the configured simulator host and port")
{
    DemoOptions options = fixedOptions();
    options.cameras = 5;
    options.cameraHost = QStringLiteral("10.0.0.5");
    options.cameraPort = 9554;
    const auto store = demoStore(options);
    QStringList uris;
    for (const Record &camera : store->records(ResourceKind::Cameras)) {
        uris << camera.text(QStringLiteral("main_uri"));
    }
    uris.sort();
    CHECK(uris == QStringList{QStringLiteral("rtsp://10.0.0.5:9554/cam/0"), QStringLiteral("rtsp://10.0.0.5:9554/cam/1"),
                              QStringLiteral("rtsp://10.0.0.5:9554/cam/2"), QStringLiteral("rtsp://10.0.0.5:9554/cam/3"),
                              QStringLiteral("rtsp://10.0.0.5:9554/cam/4")});
}

TEST_CASE("A generated database is marked as the demo dataset and its changes are named mutations")
{
    const auto store = demoStore(fixedOptions());
    CHECK(store->metadata(QStringLiteral("dataset")) == QStringLiteral("demo"));
    const QList<LoggedMutation> log = store->mutationLog();
    QSet<QString> names;
    for (const LoggedMutation &logged : log) {
        names.insert(logged.mutation.name);
    }
    CHECK(names.contains(QStringLiteral("team.create")));
    CHECK(names.contains(QStringLiteral("incident.create")));
    CHECK(names.contains(QStringLiteral("timeline.note")));
    CHECK(log.size() >= store->count(ResourceKind::Teams) + store->count(ResourceKind::Cameras));
}

TEST_CASE("Scale mode makes the requested numbers of teams and timeline events")
{
    DemoOptions options = fixedOptions();
    options.teams = 300;
    options.timelineEvents = 700;
    const auto store = demoStore(options);
    CHECK(store->count(ResourceKind::Teams) == 300);
    CHECK(store->count(ResourceKind::Incidents) >= 100);
    int notes = 0;
    for (const LoggedMutation &logged : store->mutationLog()) {
        notes += logged.mutation.name == QLatin1String("timeline.note") ? 1 : 0;
    }
    CHECK(notes >= 700);
    for (const Record &team : store->records(ResourceKind::Teams)) {
        CHECK(demoIsOnLand(*team.point));
    }
}

TEST_CASE("The demo database is created once and then reopened without regenerating")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("nested/demo.sqlite"));
    QString clientId;
    QString removedTeam;
    int teams = 0;
    {
        Result<std::unique_ptr<Store>> opened = openDemoDatabase(path);
        INFO(opened.errorString().toStdString());
        REQUIRE(opened.ok());
        Store &store = *opened.value();
        CHECK(store.metadata(QStringLiteral("dataset")) == QStringLiteral("demo"));
        teams = store.count(ResourceKind::Teams);
        REQUIRE(teams > 0);
        clientId = store.clientId();
        removedTeam = store.records(ResourceKind::Teams).first().id;
        REQUIRE(store.deleteRecord(ResourceKind::Teams, removedTeam).ok());
    }
    Result<std::unique_ptr<Store>> reopened = openDemoDatabase(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->clientId() == clientId);
    CHECK(reopened.value()->count(ResourceKind::Teams) == teams - 1);
    CHECK_FALSE(reopened.value()->record(ResourceKind::Teams, removedTeam).ok());
}

TEST_CASE("The default demo database lives in TW_DATA_HOME when it is set")
{
    const QByteArray saved = qgetenv("TW_DATA_HOME");
    qputenv("TW_DATA_HOME", "/tmp/tidewatch-demo-home");
    CHECK(defaultDemoDatabasePath() == QStringLiteral("/tmp/tidewatch-demo-home/demo.sqlite"));
    qunsetenv("TW_DATA_HOME");
    CHECK(defaultDemoDatabasePath().endsWith(QStringLiteral("/demo.sqlite")));
    CHECK_FALSE(defaultDemoDatabasePath().startsWith(QStringLiteral("/tmp/tidewatch-demo-home")));
    if (!saved.isEmpty()) {
        qputenv("TW_DATA_HOME", saved);
    }
}
