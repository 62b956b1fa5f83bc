#include <catch2/catch.hpp>

#include "cameracoverage.h"
#include "geo.h"

using namespace tw;

namespace {

const LonLat kOrigin{120.1551, 30.2741}; // West Lake, Hangzhou

Record camera(const QString &id, LonLat at, double headingDeg, double fovDeg, double rangeMeters)
{
    Record r;
    r.kind = ResourceKind::Cameras;
    r.id = id;
    r.point = at;
    r.values = {{QStringLiteral("name"), id},
                {QStringLiteral("heading_deg"), headingDeg},
                {QStringLiteral("fov_deg"), fovDeg},
                {QStringLiteral("range_m"), rangeMeters}};
    return r;
}

} // namespace

TEST_CASE("cameras whose wedge contains the point are returned nearest first")
{
    const LonLat incident = destinationPoint(kOrigin, 90.0, 100.0);
    const QList<Record> cameras{
        camera("far-east-facing", destinationPoint(incident, 270.0, 180.0), 90.0, 60.0, 300.0),
        camera("near-east-facing", destinationPoint(incident, 270.0, 50.0), 90.0, 60.0, 300.0),
        camera("looking-away", destinationPoint(incident, 270.0, 40.0), 270.0, 60.0, 300.0),
        camera("too-short", destinationPoint(incident, 270.0, 120.0), 90.0, 60.0, 100.0),
    };
    const QList<CameraHit> hits = camerasCovering(cameras, incident);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].cameraId == QStringLiteral("near-east-facing"));
    CHECK(hits[1].cameraId == QStringLiteral("far-east-facing"));
    CHECK(hits[0].distanceMeters == Approx(50.0).margin(0.5));
    CHECK(hits[0].offAxisDegrees < 1.0);
}

TEST_CASE("a camera facing north sees points on both sides of the 0/360 degree wrap")
{
    const Record northish = camera("north", kOrigin, 350.0, 40.0, 500.0); // 330..10 degrees
    const LonLat at5 = destinationPoint(kOrigin, 5.0, 200.0);
    const LonLat at335 = destinationPoint(kOrigin, 335.0, 200.0);
    const LonLat at15 = destinationPoint(kOrigin, 15.0, 200.0);
    const LonLat at325 = destinationPoint(kOrigin, 325.0, 200.0);
    CHECK(camerasCovering({northish}, at5).size() == 1);
    CHECK(camerasCovering({northish}, at335).size() == 1);
    CHECK(camerasCovering({northish}, at15).isEmpty());
    CHECK(camerasCovering({northish}, at325).isEmpty());

    const Record atZero = camera("zero", kOrigin, 0.0, 20.0, 500.0); // 350..10 degrees
    CHECK(camerasCovering({atZero}, destinationPoint(kOrigin, 355.0, 100.0)).size() == 1);
    CHECK(camerasCovering({atZero}, destinationPoint(kOrigin, 8.0, 100.0)).size() == 1);
    CHECK(camerasCovering({atZero}, destinationPoint(kOrigin, 180.0, 100.0)).isEmpty());
}

TEST_CASE("the range edge is inclusive and a point just beyond it is not covered")
{
    const Record cam = camera("edge", kOrigin, 90.0, 60.0, 150.0);
    CHECK(camerasCovering({cam}, destinationPoint(kOrigin, 90.0, 149.5)).size() == 1);
    CHECK(camerasCovering({cam}, destinationPoint(kOrigin, 90.0, 150.5)).isEmpty());
    // The field-of-view edge: 30 degrees either side of the heading.
    CHECK(camerasCovering({cam}, destinationPoint(kOrigin, 119.5, 100.0)).size() == 1);
    CHECK(camerasCovering({cam}, destinationPoint(kOrigin, 120.5, 100.0)).isEmpty());
}

TEST_CASE("a 360 degree camera covers every direction within its range")
{
    const Record dome = camera("dome", kOrigin, 0.0, 360.0, 200.0);
    for (double bearing = 0.0; bearing < 360.0; bearing += 45.0) {
        CHECK(camerasCovering({dome}, destinationPoint(kOrigin, bearing, 150.0)).size() == 1);
    }
    CHECK(camerasCovering({dome}, kOrigin).size() == 1);
}

TEST_CASE("records without a position or of another kind are skipped")
{
    Record noPoint = camera("nowhere", kOrigin, 0.0, 360.0, 500.0);
    noPoint.point.reset();
    Record team = camera("team", kOrigin, 0.0, 360.0, 500.0);
    team.kind = ResourceKind::Teams;
    CHECK(camerasCovering({noPoint, team}, kOrigin).isEmpty());
}

TEST_CASE("the best camera for an alarm falls back to the nearest camera when none covers it")
{
    const LonLat alarm = destinationPoint(kOrigin, 0.0, 100.0);
    const Record covering = camera("covering", destinationPoint(alarm, 180.0, 120.0), 0.0, 30.0, 300.0);
    const Record nearButAway = camera("near", destinationPoint(alarm, 90.0, 30.0), 90.0, 30.0, 300.0);
    CHECK(bestCameraFor({nearButAway, covering}, alarm) == QStringLiteral("covering"));
    CHECK(bestCameraFor({nearButAway}, alarm) == QStringLiteral("near"));
    CHECK(bestCameraFor({nearButAway}, alarm, 10.0).isEmpty());
}
