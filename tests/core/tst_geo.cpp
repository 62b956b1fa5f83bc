#include "geo.h"

#include <catch2/catch.hpp>

using namespace tw;

namespace {
const LonLat kHangzhou{120.16, 30.27};
const LonLat kHangzhouEastStation{120.2126, 30.2909};
const LonLat kWestLakeBrokenBridge{120.1517, 30.2590};
} // namespace

TEST_CASE("distances between known places agree with the ellipsoid within one percent")
{
    // Reference values from Vincenty's formula on the WGS-84 ellipsoid.
    CHECK(distanceMeters(kHangzhouEastStation, kWestLakeBrokenBridge) == Approx(6844.1).epsilon(0.01));
    CHECK(distanceMeters(kHangzhou, {121.47, 31.23}) == Approx(164501.3).epsilon(0.01));
    CHECK(distanceMeters(kHangzhou, {116.40, 39.90}) == Approx(1121743.8).epsilon(0.01));
    CHECK(distanceMeters(kHangzhou, kHangzhou) == 0.0);
    // One degree of latitude on the mean sphere.
    CHECK(distanceMeters({0, 0}, {0, 1}) == Approx(111195.1).epsilon(0.0001));
}

TEST_CASE("bearings point to the cardinal directions")
{
    CHECK(bearingDegrees(kHangzhou, {120.16, 30.30}) == Approx(0.0).margin(1e-9));
    CHECK(bearingDegrees(kHangzhou, {120.20, 30.27}) == Approx(90.0).margin(0.05));
    CHECK(bearingDegrees(kHangzhou, {120.16, 30.20}) == Approx(180.0).margin(1e-9));
    CHECK(bearingDegrees(kHangzhou, {120.10, 30.27}) == Approx(270.0).margin(0.05));
    const double northEast = bearingDegrees(kHangzhou, {120.17, 30.28});
    CHECK(northEast > 30.0);
    CHECK(northEast < 60.0);
}

TEST_CASE("a sector contains points within its range and angle and excludes the rest")
{
    const LonLat apex = kHangzhou;
    const LonLat north100 = destinationPoint(apex, 0.0, 100.0);
    CHECK(sectorContains(apex, 0.0, 60.0, 150.0, north100));
    CHECK_FALSE(sectorContains(apex, 0.0, 60.0, 80.0, north100));                       // out of range
    CHECK_FALSE(sectorContains(apex, 90.0, 60.0, 150.0, north100));                     // behind the edge
    CHECK(sectorContains(apex, 90.0, 60.0, 150.0, destinationPoint(apex, 115.0, 100.0))); // inside the edge
    CHECK(sectorContains(apex, 0.0, 360.0, 150.0, destinationPoint(apex, 200.0, 100.0)));
    CHECK(sectorContains(apex, 45.0, 10.0, 150.0, apex)); // the apex itself
}

TEST_CASE("a sector whose field of view crosses north wraps around")
{
    // Heading 350° with a 20° field of view covers 340° to 0°.
    const LonLat apex = kHangzhou;
    CHECK(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 345.0, 100.0)));
    CHECK(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 359.5, 100.0)));
    CHECK(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 355.0, 100.0)));
    // Heading 5° with 20° covers 355° to 15°: a target at 358° is inside.
    CHECK(sectorContains(apex, 5.0, 20.0, 200.0, destinationPoint(apex, 358.0, 100.0)));
    CHECK_FALSE(sectorContains(apex, 5.0, 20.0, 200.0, destinationPoint(apex, 350.0, 100.0)));
    CHECK_FALSE(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 5.0, 100.0)));
    CHECK_FALSE(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 335.0, 100.0)));
    CHECK_FALSE(sectorContains(apex, 350.0, 20.0, 200.0, destinationPoint(apex, 170.0, 100.0)));
}

TEST_CASE("the destination point lies at the requested distance and bearing")
{
    for (double bearing : {0.0, 45.0, 90.0, 135.0, 200.0, 315.0}) {
        const LonLat p = destinationPoint(kHangzhou, bearing, 2500.0);
        CHECK(distanceMeters(kHangzhou, p) == Approx(2500.0).epsilon(1e-9));
        CHECK(bearingDegrees(kHangzhou, p) == Approx(bearing).margin(1e-6));
    }
    const LonLat acrossDateLine = destinationPoint({179.9, 0.0}, 90.0, 50000.0);
    CHECK(acrossDateLine.lon < -179.0);
    CHECK(acrossDateLine.isValid());
}

TEST_CASE("a bounding box around a point contains the circle and not much more")
{
    const BoundingBox box = BoundingBox::around(kHangzhou, 1000.0);
    REQUIRE(box.isValid());
    CHECK(box.contains(kHangzhou));
    for (double bearing = 0.0; bearing < 360.0; bearing += 15.0) {
        CHECK(box.contains(destinationPoint(kHangzhou, bearing, 999.0)));
    }
    CHECK_FALSE(box.contains(destinationPoint(kHangzhou, 0.0, 1010.0)));
    CHECK_FALSE(box.contains(destinationPoint(kHangzhou, 90.0, 1010.0)));
    CHECK(distanceMeters({box.west, kHangzhou.lat}, {box.east, kHangzhou.lat}) == Approx(2000.0).epsilon(0.001));
    CHECK(distanceMeters({kHangzhou.lon, box.south}, {kHangzhou.lon, box.north}) == Approx(2000.0).epsilon(0.001));

    const BoundingBox polar = BoundingBox::around({10.0, 89.99}, 5000.0);
    CHECK(polar.west == -180.0);
    CHECK(polar.east == 180.0);
    CHECK(polar.north == 90.0);
}

TEST_CASE("an empty bounding box grows by extension and intersects only overlapping boxes")
{
    BoundingBox box;
    CHECK_FALSE(box.isValid());
    CHECK_FALSE(box.contains(kHangzhou));
    box.extend({120.0, 30.0});
    CHECK(box.isValid());
    box.extend({120.3, 30.4});
    box.extend({120.1, 30.1});
    CHECK(box == BoundingBox{120.0, 30.0, 120.3, 30.4});
    CHECK(box.contains({120.3, 30.4})); // edges are inside
    CHECK_FALSE(box.contains({120.31, 30.2}));

    CHECK(box.intersects(BoundingBox{120.2, 30.3, 121.0, 31.0}));
    CHECK(box.intersects(BoundingBox{120.3, 30.4, 121.0, 31.0})); // a shared corner
    CHECK_FALSE(box.intersects(BoundingBox{120.5, 30.0, 121.0, 31.0}));
    CHECK_FALSE(box.intersects(BoundingBox{}));
}

TEST_CASE("a concave polygon contains points in its body and excludes its notch")
{
    // A "U": two prongs joined at the bottom, open at the top between lon 1 and 2.
    const QList<LonLat> open{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}};
    QList<LonLat> closed = open;
    closed << open.first();
    for (const QList<LonLat> &ring : {open, closed}) {
        CHECK(polygonContains(ring, {0.5, 2.5}));  // left prong
        CHECK(polygonContains(ring, {2.5, 2.5}));  // right prong
        CHECK(polygonContains(ring, {1.5, 0.5}));  // bottom
        CHECK_FALSE(polygonContains(ring, {1.5, 2.0})); // the notch
        CHECK_FALSE(polygonContains(ring, {4.0, 1.0}));
        CHECK_FALSE(polygonContains(ring, {-1.0, 1.0}));
    }
    CHECK_FALSE(polygonContains({{0, 0}, {1, 1}}, {0.5, 0.5}));
}

TEST_CASE("polygon areas match the spherical formula")
{
    // A one-degree cell on the equator: R² · Δλ · (sin φ2 − sin φ1).
    const double expected = kEarthRadiusMeters * kEarthRadiusMeters * (std::acos(-1.0) / 180.0) * std::sin(std::acos(-1.0) / 180.0);
    CHECK(polygonAreaSquareMeters({{0, 0}, {1, 0}, {1, 1}, {0, 1}}) == Approx(expected).epsilon(1e-9));
    // Winding and closing do not matter.
    CHECK(polygonAreaSquareMeters({{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}) == Approx(expected).epsilon(1e-9));

    // A square kilometre at Hangzhou.
    const LonLat sw = kHangzhou;
    const LonLat se = destinationPoint(sw, 90.0, 1000.0);
    const LonLat ne = destinationPoint(se, 0.0, 1000.0);
    const LonLat nw = destinationPoint(sw, 0.0, 1000.0);
    CHECK(polygonAreaSquareMeters({sw, se, ne, nw}) == Approx(1.0e6).epsilon(0.01));
    CHECK(polygonAreaSquareMeters({sw, se}) == 0.0);
}

TEST_CASE("typed coordinates in decimal are read longitude first")
{
    for (const char *text : {"120.15, 30.28", "120.15 30.28", "  120.15,30.28 ", "120.15，30.28", "120.15 ; 30.28"}) {
        const Result<LonLat> p = parseCoordinate(QString::fromUtf8(text));
        INFO(text);
        REQUIRE(p.ok());
        CHECK(p->lon == Approx(120.15));
        CHECK(p->lat == Approx(30.28));
    }
    const Result<LonLat> west = parseCoordinate(QStringLiteral("-74.006 40.7128"));
    REQUIRE(west.ok());
    CHECK(west->lon == Approx(-74.006));
    CHECK(west->lat == Approx(40.7128));
}

TEST_CASE("typed coordinates in degrees, minutes and seconds follow their hemisphere letters")
{
    const double lon = 120.0 + 9.0 / 60.0;
    const double lat = 30.0 + 16.0 / 60.0 + 48.0 / 3600.0;
    struct Case {
        const char *text;
        double lon;
        double lat;
    };
    const Case cases[] = {
        {"120°09'00\"E 30°16'48\"N", lon, lat},
        {"30°16'48\"N, 120°09'00\"E", lon, lat},
        {"30°16′48″N 120°09′00″E", lon, lat},
        {"N30°16'48\" E120°09'00\"", lon, lat},
        {"30°16'48''N,120°09'00''E", lon, lat},
        {"北纬30度16分48秒 东经120度9分", lon, lat},
        {"30.28N 120.15E", 120.15, 30.28},
        {"E120.15 N30.28", 120.15, 30.28},
    };
    for (const Case &c : cases) {
        const Result<LonLat> p = parseCoordinate(QString::fromUtf8(c.text));
        INFO(c.text << " -> " << p.errorString().toStdString());
        REQUIRE(p.ok());
        CHECK(p->lon == Approx(c.lon).epsilon(1e-12));
        CHECK(p->lat == Approx(c.lat).epsilon(1e-12));
    }
    const Result<LonLat> southWest = parseCoordinate(QStringLiteral("33°52'S 151°12'E"));
    REQUIRE(southWest.ok());
    CHECK(southWest->lat == Approx(-(33.0 + 52.0 / 60.0)));
    CHECK(southWest->lon == Approx(151.2));
    const Result<LonLat> oneLetter = parseCoordinate(QStringLiteral("30.28N 120.15"));
    REQUIRE(oneLetter.ok());
    CHECK(oneLetter->lon == Approx(120.15));
}

TEST_CASE("bad typed coordinates are refused with a reason")
{
    const auto refused = [](const char *text) {
        const Result<LonLat> p = parseCoordinate(QString::fromUtf8(text));
        INFO(text);
        CHECK_FALSE(p.ok());
        CHECK_FALSE(p.errorString().isEmpty());
        return p.ok() ? QString() : p.errorString();
    };
    CHECK(refused("").contains(QStringLiteral("nothing")));
    refused("hello");
    CHECK(refused("120.15").contains(QStringLiteral("second")));
    CHECK(refused("120.15 30.28 12").contains(QStringLiteral("12")));
    refused("30°16'48\"N 31°00'00\"N");        // two latitudes
    refused("30°61'00\"N 120°00'00\"E");       // 61 minutes
    refused("30.5°16'N 120°E");                // fractional degrees before minutes
    refused("-30.28N 120.15E");                // sign and letter
    const Result<LonLat> swapped = parseCoordinate(QStringLiteral("30.28, 120.15"));
    REQUIRE_FALSE(swapped.ok());
    CHECK(swapped.error().field == QStringLiteral("lat"));
    CHECK(swapped.errorString().contains(QStringLiteral("longitude first")));
    const Result<LonLat> farEast = parseCoordinate(QStringLiteral("190 30"));
    REQUIRE_FALSE(farEast.ok());
    CHECK(farEast.error().field == QStringLiteral("lon"));
}
