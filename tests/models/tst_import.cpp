#include "geo.h"
#include "importer.h"
#include "store.h"

#include <catch2/catch.hpp>

#include "tst_importfixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tw;

namespace {

Record findByName(const Store &store, ResourceKind kind, const QString &name)
{
    for (const Record &record : store.records(kind)) {
        if (record.displayName() == name) {
            return record;
        }
    }
    FAIL("no record named " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("importing an Excel CSV of teams creates every row with its typed values")
{
    auto store = test::openStore();
    const auto report = importFile(*store, test::importFixturePath("teams.csv"), {ResourceKind::Teams});
    REQUIRE(report.ok());
    CHECK(report->imported == 3);
    CHECK(report->updated == 0);
    CHECK(report->format == QStringLiteral("csv"));
    CHECK(store->count(ResourceKind::Teams) == 3);

    const auto first = store->record(ResourceKind::Teams, QStringLiteral("7f0c1a52-1d0e-4b7a-9c55-0a9f3b2e1001"));
    REQUIRE(first.ok());
    CHECK(first->text(QStringLiteral("name")) == QStringLiteral("西湖区消防救援大队"));
    CHECK(first->text(QStringLiteral("capabilities")) == QStringLiteral("破拆,高空救援"));
    CHECK(first->integer(QStringLiteral("headcount")) == 42);
    REQUIRE(first->point.has_value());
    CHECK(first->point->lon == Approx(120.1551));
    CHECK(first->point->lat == Approx(30.2741));

    const auto second = store->record(ResourceKind::Teams, QStringLiteral("7f0c1a52-1d0e-4b7a-9c55-0a9f3b2e1002"));
    REQUIRE(second.ok());
    CHECK(second->text(QStringLiteral("name")) == QStringLiteral("滨江区\"蓝天\"救援队"));
    CHECK(second->text(QStringLiteral("capabilities")) == QStringLiteral("水域救援\n山地搜救"));
    CHECK(second->text(QStringLiteral("status")) == QStringLiteral("on_scene"));

    // A row without an id gets a new one, and absent cells take the field's default.
    const Record third = findByName(*store, ResourceKind::Teams, QStringLiteral("拱墅区医疗救护队"));
    CHECK_FALSE(third.id.isEmpty());
    CHECK(third.text(QStringLiteral("status")) == QStringLiteral("available"));
}

TEST_CASE("a CSV reads to the same records with or without a byte-order mark and with CRLF or LF")
{
    const auto reference = readRecords(test::importFixturePath("teams.csv"), {ResourceKind::Teams});
    REQUIRE(reference.ok());
    REQUIRE(reference->size() == 3);
    for (const char *name : {"teams-nobom-lf.csv", "teams-bom-lf.csv", "teams-nobom-crlf.csv"}) {
        INFO(name);
        const auto records = readRecords(test::importFixturePath(name), {ResourceKind::Teams});
        REQUIRE(records.ok());
        REQUIRE(records->size() == reference->size());
        for (int i = 0; i < records->size(); ++i) {
            CHECK(records->at(i).id == reference->at(i).id);
            CHECK(records->at(i).values == reference->at(i).values);
            CHECK(records->at(i).point == reference->at(i).point);
        }
    }
}

TEST_CASE("CSV column headings may be the field labels instead of the keys")
{
    const auto records = readRecords(test::importFixturePath("teams-labels.csv"), {ResourceKind::Teams});
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->at(0).text(QStringLiteral("name")) == QStringLiteral("上城区防汛抢险队"));
    CHECK(records->at(0).integer(QStringLiteral("headcount")) == 30);
    REQUIRE(records->at(0).point.has_value());
    CHECK(records->at(0).point->lon == Approx(120.17));
    CHECK(columnKey(kindDef(ResourceKind::Teams), QStringLiteral(" team KIND ")) == QStringLiteral("team_kind"));
    CHECK(columnKey(kindDef(ResourceKind::Teams), QStringLiteral("经度")) == QStringLiteral("lon"));
    CHECK(columnKey(kindDef(ResourceKind::Supplies), QStringLiteral("lon")).isEmpty());
}

TEST_CASE("a malformed file is refused with its place and column, and nothing of it is imported")
{
    struct Case {
        const char *file;
        ResourceKind kind;
        const char *where;
        const char *field;
        const char *message;
    };
    const Case cases[] = {
        {"teams-broken-quote.csv", ResourceKind::Teams, "teams-broken-quote.csv:line 3", "", "never closed"},
        {"teams-wrong-count.csv", ResourceKind::Teams, "teams-wrong-count.csv:row 2 (line 3)", "", "6 cells"},
        {"teams-unknown-column.csv", ResourceKind::Teams, "teams-unknown-column.csv:line 1", "colour", "unknown column"},
        {"teams-bad-headcount.csv", ResourceKind::Teams, "teams-bad-headcount.csv:row 3 (line 4)", "headcount", "abc"},
        {"teams-bad-enum.csv", ResourceKind::Teams, "teams-bad-enum.csv:row 1 (line 2)", "team_kind", "dragon"},
        {"teams-missing-name.csv", ResourceKind::Teams, "teams-missing-name.csv:row 2 (line 3)", "name", "required"},
        {"teams-lon-out-of-range.csv", ResourceKind::Teams, "teams-lon-out-of-range.csv:row 2 (line 3)", "lon", "219.28"},
        {"teams-gbk.csv", ResourceKind::Teams, "teams-gbk.csv:line 3", "", "UTF-8"},
        {"teams-utf16.csv", ResourceKind::Teams, "teams-utf16.csv:line 1", "", "UTF-16"},
        {"teams-duplicate-id.csv", ResourceKind::Teams, "teams-duplicate-id.csv:row 2 (line 3)", "id", "row 1"},
        {"teams.txt", ResourceKind::Teams, "teams.txt", "", "unknown file type"},
        {"teams.csv", ResourceKind::Supplies, "teams.csv:line 1", "lon", "unknown column"},
        {"shelters-not-json.geojson", ResourceKind::Shelters, "shelters-not-json.geojson", "", "not valid JSON"},
        {"shelters-not-collection.geojson", ResourceKind::Shelters, "shelters-not-collection.geojson", "type", "FeatureCollection"},
        {"shelters-no-geometry.geojson", ResourceKind::Shelters, "shelters-no-geometry.geojson:feature 2", "geometry", "position"},
        {"shelters-linestring.geojson", ResourceKind::Shelters, "shelters-linestring.geojson:feature 3", "geometry", "LineString"},
        {"shelters-bad-capacity.geojson", ResourceKind::Shelters, "shelters-bad-capacity.geojson:feature 2", "capacity", "-5"},
        {"shelters-unknown-property.geojson", ResourceKind::Shelters, "shelters-unknown-property.geojson:feature 1", "colour", "unknown property"},
    };
    auto store = test::openStore();
    REQUIRE(importFile(*store, test::importFixturePath("teams-labels.csv"), {ResourceKind::Teams}).ok());
    REQUIRE(store->count(ResourceKind::Teams) == 1);
    for (const Case &c : cases) {
        INFO(c.file);
        const auto report = importFile(*store, test::importFixturePath(c.file), {c.kind});
        REQUIRE_FALSE(report.ok());
        INFO(report.errorString().toStdString());
        CHECK(report.error().where == QLatin1String(c.where));
        CHECK(report.error().field == QLatin1String(c.field));
        CHECK(report.error().message.contains(QString::fromUtf8(c.message)));
        // One line on stderr for the CLI.
        CHECK_FALSE(report.errorString().contains(u'\n'));
        CHECK(store->count(ResourceKind::Teams) == 1);
        CHECK(store->count(ResourceKind::Shelters) == 0);
        CHECK(store->count(ResourceKind::Supplies) == 0);
        CHECK_FALSE(readRecords(test::importFixturePath(c.file), {c.kind}).ok());
    }
}

TEST_CASE("a GeoJSON FeatureCollection imports its points with the feature or property id")
{
    auto store = test::openStore();
    const auto report = importFile(*store, test::importFixturePath("shelters.geojson"), {ResourceKind::Shelters});
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("geojson"));
    CHECK(store->count(ResourceKind::Shelters) == 3);
    const auto byFeatureId = store->record(ResourceKind::Shelters, QStringLiteral("5d2b9a40-8f51-4c3e-b7a1-3c0e6f1a2001"));
    REQUIRE(byFeatureId.ok());
    CHECK(byFeatureId->integer(QStringLiteral("capacity")) == 5000);
    REQUIRE(byFeatureId->point.has_value());
    CHECK(byFeatureId->point->lon == Approx(120.1655));
    CHECK(byFeatureId->point->lat == Approx(30.2772));
    const auto byPropertyId = store->record(ResourceKind::Shelters, QStringLiteral("5d2b9a40-8f51-4c3e-b7a1-3c0e6f1a2002"));
    REQUIRE(byPropertyId.ok());
    CHECK(byPropertyId->real(QStringLiteral("area_m2")) == 8500.5);
    // A number written as text is still a number; a null property is absent.
    const Record third = findByName(*store, ResourceKind::Shelters, QStringLiteral("西溪湿地公园避难场所"));
    CHECK(third.integer(QStringLiteral("capacity")) == 12000);
}

TEST_CASE("features of a kind without a position import from null geometries")
{
    auto store = test::openStore();
    const auto report = importFile(*store, test::importFixturePath("supplies.geojson"), {ResourceKind::Supplies});
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    CHECK(findByName(*store, ResourceKind::Supplies, QStringLiteral("矿泉水 550ml")).text(QStringLiteral("unit")) == QStringLiteral("箱"));
}

TEST_CASE("a row whose id exists updates that record and changes only the columns the file has")
{
    auto store = test::openStore();
    REQUIRE(importFile(*store, test::importFixturePath("teams.csv"), {ResourceKind::Teams}).ok());
    const QString id = QStringLiteral("7f0c1a52-1d0e-4b7a-9c55-0a9f3b2e1002");

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("headcounts.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("id,headcount\n" + id.toUtf8() + ",21\n");
    file.close();

    const auto report = importFile(*store, path, {ResourceKind::Teams});
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(report->updated == 1);
    CHECK(store->count(ResourceKind::Teams) == 3);
    const auto team = store->record(ResourceKind::Teams, id);
    REQUIRE(team.ok());
    CHECK(team->integer(QStringLiteral("headcount")) == 21);
    CHECK(team->text(QStringLiteral("name")) == QStringLiteral("滨江区\"蓝天\"救援队"));
    CHECK(team->text(QStringLiteral("status")) == QStringLiteral("on_scene"));
    REQUIRE(team->point.has_value());
    CHECK(team->point->lon == Approx(120.2103));
    // Without the store a partial row is not a complete record.
    CHECK_FALSE(readRecords(path, {ResourceKind::Teams}).ok());
}

TEST_CASE("points declared in GCJ-02 or BD-09 are moved to WGS-84 by a few hundred metres at Hangzhou")
{
    const auto asWgs84 = readRecords(test::importFixturePath("shelters-datum.csv"), {ResourceKind::Shelters, Datum::Wgs84});
    const auto asGcj02 = readRecords(test::importFixturePath("shelters-datum.csv"), {ResourceKind::Shelters, Datum::Gcj02});
    const auto asBd09 = readRecords(test::importFixturePath("shelters-datum.csv"), {ResourceKind::Shelters, Datum::Bd09});
    REQUIRE(asWgs84.ok());
    REQUIRE(asGcj02.ok());
    REQUIRE(asBd09.ok());
    const LonLat given = *asWgs84->at(0).point;
    CHECK(given == LonLat{120.1655, 30.2772});
    const LonLat fromGcj = *asGcj02->at(0).point;
    const LonLat fromBd = *asBd09->at(0).point;
    const double gcjShift = distanceMeters(given, fromGcj);
    CHECK(gcjShift > 300.0);
    CHECK(gcjShift < 800.0);
    // Around Hangzhou GCJ-02 lies east and a little south of WGS-84: the true point is west, north.
    CHECK(fromGcj.lon < given.lon);
    CHECK(fromGcj.lat > given.lat);
    CHECK(distanceMeters(given, fromBd) > gcjShift);
    CHECK(distanceMeters(given, fromBd) < 2000.0);
    CHECK(distanceMeters(fromWgs84(fromGcj, Datum::Gcj02), given) < 0.01);

    auto store = test::openStore();
    REQUIRE(importFile(*store, test::importFixturePath("shelters-datum.csv"), {ResourceKind::Shelters, Datum::Gcj02}).ok());
    const Record stored = store->records(ResourceKind::Shelters).value(0);
    REQUIRE(stored.point.has_value());
    CHECK(distanceMeters(*stored.point, fromGcj) < 0.01);
}
