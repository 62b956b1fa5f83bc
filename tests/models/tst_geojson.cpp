#include "geojsoncodec.h"

#include <catch2/catch.hpp>

#include "tst_importfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace tw;

TEST_CASE("a FeatureCollection of points reads with lon first and the feature id or none")
{
    const auto features = GeoJsonCodec::parse(test::importFixtureBytes("shelters.geojson"), QStringLiteral("shelters.geojson"));
    REQUIRE(features.ok());
    REQUIRE(features->size() == 3);
    CHECK(features->at(0).index == 1);
    CHECK(features->at(0).id == QStringLiteral("5d2b9a40-8f51-4c3e-b7a1-3c0e6f1a2001"));
    REQUIRE(features->at(0).point.has_value());
    CHECK(features->at(0).point->lon == Approx(120.1655));
    CHECK(features->at(0).point->lat == Approx(30.2772));
    CHECK(features->at(1).id.isEmpty());
    CHECK(features->at(0).properties.value(QStringLiteral("capacity")).toInt() == 5000);
}

TEST_CASE("a document that is not JSON is an error naming the file and the byte")
{
    const auto features = GeoJsonCodec::parse(test::importFixtureBytes("shelters-not-json.geojson"), QStringLiteral("x.geojson"));
    REQUIRE_FALSE(features.ok());
    CHECK(features.error().where == QStringLiteral("x.geojson"));
    CHECK(features.error().message.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("a single Feature is not accepted as a FeatureCollection")
{
    const auto features = GeoJsonCodec::parse(test::importFixtureBytes("shelters-not-collection.geojson"), QStringLiteral("x.geojson"));
    REQUIRE_FALSE(features.ok());
    CHECK(features.error().message.contains(QStringLiteral("FeatureCollection")));
}

TEST_CASE("a geometry that is not a Point is an error naming the feature and the geometry")
{
    const auto features = GeoJsonCodec::parse(test::importFixtureBytes("shelters-linestring.geojson"), QStringLiteral("x.geojson"));
    REQUIRE_FALSE(features.ok());
    CHECK(features.error().where == QStringLiteral("x.geojson:feature 3"));
    CHECK(features.error().field == QStringLiteral("geometry"));
    CHECK(features.error().message.contains(QStringLiteral("LineString")));
}

TEST_CASE("a Point without two numeric coordinates is an error")
{
    const QByteArray data = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":["120.1",30.2]},"properties":{}}]})";
    const auto features = GeoJsonCodec::parse(data, QStringLiteral("x.geojson"));
    REQUIRE_FALSE(features.ok());
    CHECK(features.error().where == QStringLiteral("x.geojson:feature 1"));
    CHECK(features.error().field == QStringLiteral("geometry"));
}

TEST_CASE("written GeoJSON is a FeatureCollection with typed properties and lon,lat coordinates")
{
    Record shelter;
    shelter.kind = ResourceKind::Shelters;
    shelter.id = QStringLiteral("s1");
    shelter.point = LonLat{120.1655, 30.2772};
    shelter.values = {{QStringLiteral("name"), QStringLiteral("西湖文化广场")},
                      {QStringLiteral("capacity"), 5000},
                      {QStringLiteral("area_m2"), 1234.5}};
    const QJsonObject root = QJsonDocument::fromJson(GeoJsonCodec::write({shelter})).object();
    CHECK(root.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
    const QJsonObject feature = root.value(QStringLiteral("features")).toArray().at(0).toObject();
    CHECK(feature.value(QStringLiteral("id")).toString() == QStringLiteral("s1"));
    const QJsonArray coordinates = feature.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
    CHECK(coordinates.at(0).toDouble() == 120.1655);
    CHECK(coordinates.at(1).toDouble() == 30.2772);
    const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
    CHECK(properties.value(QStringLiteral("capacity")).isDouble());
    CHECK(properties.value(QStringLiteral("area_m2")).toDouble() == 1234.5);
    CHECK_FALSE(properties.contains(QStringLiteral("occupancy")));
}

TEST_CASE("a record of a kind without a position is written with a null geometry")
{
    Record item;
    item.kind = ResourceKind::Supplies;
    item.id = QStringLiteral("i1");
    item.values = {{QStringLiteral("name"), QStringLiteral("帐篷")}};
    const QJsonObject root = QJsonDocument::fromJson(GeoJsonCodec::write({item})).object();
    const QJsonObject feature = root.value(QStringLiteral("features")).toArray().at(0).toObject();
    CHECK(feature.contains(QStringLiteral("geometry")));
    CHECK(feature.value(QStringLiteral("geometry")).isNull());
}
