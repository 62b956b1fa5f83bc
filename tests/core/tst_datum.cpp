#include "datum.h"
#include "geo.h"

#include <catch2/catch.hpp>

using namespace tw;

namespace {
const LonLat kHangzhou{120.16, 30.27};
}

TEST_CASE("the GCJ-02 offset at Hangzhou is about half a kilometre")
{
    const LonLat gcj = wgs84ToGcj02(kHangzhou);
    const double offset = distanceMeters(kHangzhou, gcj);
    CHECK(offset > 500.0);
    CHECK(offset < 600.0);
    // The offset shifts Hangzhou east and south.
    CHECK(gcj.lon > kHangzhou.lon);
    CHECK(gcj.lat < kHangzhou.lat);
}

TEST_CASE("BD-09 at Hangzhou lies further from WGS-84 than GCJ-02")
{
    const double gcjOffset = distanceMeters(kHangzhou, wgs84ToGcj02(kHangzhou));
    const double bdOffset = distanceMeters(kHangzhou, wgs84ToBd09(kHangzhou));
    CHECK(bdOffset > gcjOffset + 500.0);
    CHECK(bdOffset < 2000.0);
}

TEST_CASE("converting WGS-84 to GCJ-02 and back returns the same point within a millimetre over China")
{
    for (double lon = 74.0; lon <= 135.0; lon += 1.7) {
        for (double lat = 4.0; lat <= 53.0; lat += 1.3) {
            const LonLat p{lon, lat};
            const LonLat back = gcj02ToWgs84(wgs84ToGcj02(p));
            INFO("lon " << lon << " lat " << lat);
            REQUIRE(distanceMeters(p, back) <= 0.001);
        }
    }
}

TEST_CASE("converting WGS-84 to BD-09 and back returns the same point within a millimetre over China")
{
    for (double lon = 74.0; lon <= 135.0; lon += 1.7) {
        for (double lat = 4.0; lat <= 53.0; lat += 1.3) {
            const LonLat p{lon, lat};
            const LonLat back = bd09ToWgs84(wgs84ToBd09(p));
            INFO("lon " << lon << " lat " << lat);
            REQUIRE(distanceMeters(p, back) <= 0.001);
        }
    }
}

TEST_CASE("converting GCJ-02 to BD-09 and back returns the same point within a millimetre")
{
    for (double lon = 100.0; lon <= 130.0; lon += 3.1) {
        for (double lat = 20.0; lat <= 45.0; lat += 2.3) {
            const LonLat p{lon, lat};
            REQUIRE(distanceMeters(p, bd09ToGcj02(gcj02ToBd09(p))) <= 0.001);
        }
    }
}

TEST_CASE("the inverse of a GCJ-02 point is much closer than the one-step approximation")
{
    // Subtracting the forward offset once is off by metres; the iterated inverse must land on
    // the original WGS-84 point.
    const LonLat gcj = wgs84ToGcj02(kHangzhou);
    const LonLat shifted = wgs84ToGcj02(gcj);
    const LonLat oneStep{2 * gcj.lon - shifted.lon, 2 * gcj.lat - shifted.lat};
    CHECK(distanceMeters(oneStep, kHangzhou) > 0.1);
    CHECK(distanceMeters(gcj02ToWgs84(gcj), kHangzhou) < 0.001);
}

TEST_CASE("points outside China are not shifted")
{
    const QList<LonLat> outside{{2.35, 48.86}, {-74.0, 40.7}, {139.69, 35.69}, {151.2, -33.9}, {120.0, 60.0}};
    for (const LonLat &p : outside) {
        CHECK_FALSE(isInsideChina(p));
        CHECK(wgs84ToGcj02(p) == p);
        CHECK(gcj02ToWgs84(p) == p);
        CHECK(wgs84ToBd09(p) == p);
        CHECK(bd09ToWgs84(p) == p);
    }
    CHECK(isInsideChina(kHangzhou));
}

TEST_CASE("toWgs84 and fromWgs84 dispatch on the datum")
{
    CHECK(toWgs84(kHangzhou, Datum::Wgs84) == kHangzhou);
    CHECK(fromWgs84(kHangzhou, Datum::Wgs84) == kHangzhou);
    CHECK(fromWgs84(kHangzhou, Datum::Gcj02) == wgs84ToGcj02(kHangzhou));
    CHECK(fromWgs84(kHangzhou, Datum::Bd09) == wgs84ToBd09(kHangzhou));
    for (Datum d : {Datum::Wgs84, Datum::Gcj02, Datum::Bd09}) {
        CHECK(distanceMeters(toWgs84(fromWgs84(kHangzhou, d), d), kHangzhou) < 0.001);
    }
}

TEST_CASE("datum names parse case-insensitively and unknown names are refused with the allowed values")
{
    for (Datum d : {Datum::Wgs84, Datum::Gcj02, Datum::Bd09}) {
        const Result<Datum> parsed = datumFromName(datumName(d));
        REQUIRE(parsed.ok());
        CHECK(*parsed == d);
    }
    CHECK(datumFromName(QStringLiteral("GCJ02")).valueOr(Datum::Wgs84) == Datum::Gcj02);
    CHECK(datumFromName(QStringLiteral(" Bd09 ")).valueOr(Datum::Wgs84) == Datum::Bd09);

    const Result<Datum> bad = datumFromName(QStringLiteral("mars"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("datum"));
    CHECK(bad.errorString().contains(QStringLiteral("mars")));
    CHECK(bad.errorString().contains(QStringLiteral("wgs84")));
    CHECK(bad.errorString().contains(QStringLiteral("gcj02")));
    CHECK(bad.errorString().contains(QStringLiteral("bd09")));
    CHECK_FALSE(datumFromName(QString()).ok());
}
