#include "demodata.h"
#include "geo.h"

#include <catch2/catch.hpp>

using namespace tw;

TEST_CASE("West Lake is water, not demo land")
{
    CHECK_FALSE(demoIsOnLand({120.145, 30.247})); // the middle of the lake
    CHECK_FALSE(demoIsOnLand({120.140, 30.258})); // towards the north shore
    CHECK(polygonContains(demoWestLake(), {120.150, 30.240}));
    // The shore road on the east side (Hubin) is land of Shangcheng.
    CHECK(demoIsOnLand({120.168, 30.255}));
}

TEST_CASE("The Qiantang River is water along its whole course through the city")
{
    const QList<LonLat> &line = demoQiantangCentreLine();
    REQUIRE(line.size() >= 2);
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        for (double t : {0.0, 0.25, 0.5, 0.75}) {
            const LonLat a = line.at(i);
            const LonLat b = line.at(i + 1);
            const LonLat onLine(a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t);
            INFO("centre line point " << onLine.lon << ", " << onLine.lat);
            CHECK_FALSE(demoIsOnLand(onLine));
            CHECK(polygonContains(demoQiantangRiver(), onLine));
        }
    }
}

TEST_CASE("The river is about a kilometre and a half wide where it passes Binjiang")
{
    // Across the river from the centre line at (120.20, 30.225), roughly perpendicular to its
    // south-west to north-east course.
    const LonLat centre(120.20, 30.225);
    const double bearing = 330.0; // towards the north bank
    CHECK(polygonContains(demoQiantangRiver(), destinationPoint(centre, bearing, 400.0)));
    CHECK(polygonContains(demoQiantangRiver(), destinationPoint(centre, bearing + 180.0, 400.0)));
    CHECK_FALSE(polygonContains(demoQiantangRiver(), destinationPoint(centre, bearing, 1000.0)));
    CHECK_FALSE(polygonContains(demoQiantangRiver(), destinationPoint(centre, bearing + 180.0, 1000.0)));
    CHECK(demoDistrictAt(destinationPoint(centre, bearing, 1500.0)) == 0);        // 上城区
    CHECK(demoDistrictAt(destinationPoint(centre, bearing + 180.0, 1500.0)) == 3); // 滨江区
}

TEST_CASE("Every demo district's centre lies on its own land")
{
    const QList<DemoDistrict> &districts = demoDistricts();
    REQUIRE(districts.size() == 8);
    QStringList names;
    for (int i = 0; i < districts.size(); ++i) {
        INFO(districts.at(i).name.toStdString());
        CHECK(demoDistrictAt(districts.at(i).centre) == i);
        CHECK_FALSE(districts.at(i).streets.isEmpty());
        CHECK(districts.at(i).roads.size() >= 2);
        names << districts.at(i).name;
    }
    for (const char *name : {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区"}) {
        CHECK(names.contains(QString::fromUtf8(name)));
    }
}

TEST_CASE("Places outside the urban districts are not demo land")
{
    CHECK_FALSE(demoIsOnLand({119.80, 30.25}));  // west of Yuhang
    CHECK_FALSE(demoIsOnLand({120.30, 30.60}));  // north of Linping
    CHECK_FALSE(demoIsOnLand({120.20, 30.00}));  // south of Xiaoshan
}
