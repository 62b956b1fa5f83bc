#include "importer.h"
#include "ogrreader.h"
#include "store.h"

#include <catch2/catch.hpp>

#include "tst_importfixture.h"

#include <QFile>
#include <QTemporaryDir>

// tw_models links GDAL privately; its headers sit in a gdal/ folder on Debian.
#if __has_include(<gdal_utils.h>)
#include <gdal.h>
#include <gdal_utils.h>
#else
#include <gdal/gdal.h>
#include <gdal/gdal_utils.h>
#endif

using namespace tw;

namespace {

// Converts a GeoJSON fixture with GDAL (as ogr2ogr would), e.g. {"-f", "GPKG", "-t_srs", "EPSG:3857"}.
QString convertWithGdal(const QTemporaryDir &dir, const char *source, const QString &target, QList<QByteArray> arguments)
{
    GDALAllRegister();
    GDALDatasetH input = GDALOpenEx(test::importFixturePath(source).toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(input != nullptr);
    QList<char *> argv;
    for (QByteArray &argument : arguments) {
        argv << argument.data();
    }
    argv << nullptr;
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    REQUIRE(options != nullptr);
    const QString path = dir.filePath(target);
    int usageError = 0;
    CPLPushErrorHandler(CPLQuietErrorHandler); // the shapefile driver warns about every name it cuts
    GDALDatasetH output = GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &input, options, &usageError);
    CPLPopErrorHandler();
    GDALVectorTranslateOptionsFree(options);
    GDALClose(input);
    REQUIRE(output != nullptr);
    GDALClose(output);
    return path;
}

const QString kHospitalId = QStringLiteral("b7e1c2d3-0000-4000-8000-00000000a001");

void checkTargets(const Store &store)
{
    CHECK(store.count(ResourceKind::Targets) == 2);
    const auto hospital = store.record(ResourceKind::Targets, kHospitalId);
    REQUIRE(hospital.ok());
    CHECK(hospital->text(QStringLiteral("name")) == QStringLiteral("杭州市第一人民医院"));
    CHECK(hospital->text(QStringLiteral("target_kind")) == QStringLiteral("hospital"));
    CHECK(hospital->integer(QStringLiteral("population")) == 2400);
    CHECK(hospital->text(QStringLiteral("responsible_unit")) == QStringLiteral("上城区卫生健康局"));
    REQUIRE(hospital->point.has_value());
    CHECK(hospital->point->lon == Approx(120.17).margin(1e-7));
    CHECK(hospital->point->lat == Approx(30.26).margin(1e-7));
}

} // namespace

TEST_CASE("a shapefile imports its points and matches column names cut to ten characters")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = convertWithGdal(dir, "targets-source.geojson", QStringLiteral("targets.shp"),
                                         {"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8"});
    auto store = test::openStore();
    const auto report = importFile(*store, path, {ResourceKind::Targets});
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("shapefile"));
    CHECK(report->imported == 2);
    checkTargets(*store);
    // "responsible_unit" became "responsibl" and was matched; "building_year" matches nothing.
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings.first().contains(QStringLiteral("building_y")));
}

TEST_CASE("a GeoPackage in Web Mercator is reprojected to WGS-84 lon/lat")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = convertWithGdal(dir, "targets-source.geojson", QStringLiteral("targets.gpkg"),
                                         {"-f", "GPKG", "-t_srs", "EPSG:3857", "-nln", "protection_targets"});
    const auto layer = OgrReader::read(path);
    REQUIRE(layer.ok());
    CHECK(layer->sourceCrs == QStringLiteral("EPSG:3857"));
    CHECK(layer->name == QStringLiteral("protection_targets"));

    auto store = test::openStore();
    const auto report = importFile(*store, path, {ResourceKind::Targets});
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("gpkg"));
    checkTargets(*store);
    CHECK(report->warnings.join(u' ').contains(QStringLiteral("EPSG:3857")));
    CHECK(report->warnings.join(u' ').contains(QStringLiteral("building_year")));
}

TEST_CASE("a layer named in the options must exist in the file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = convertWithGdal(dir, "targets-source.geojson", QStringLiteral("targets.gpkg"),
                                         {"-f", "GPKG", "-nln", "protection_targets"});
    auto store = test::openStore();
    const auto wrong = importFile(*store, path, {ResourceKind::Targets, Datum::Wgs84, QStringLiteral("schools")});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("layer"));
    CHECK(wrong.error().message.contains(QStringLiteral("protection_targets")));
    CHECK(store->count(ResourceKind::Targets) == 0);
    const auto right = importFile(*store, path, {ResourceKind::Targets, Datum::Wgs84, QStringLiteral("protection_targets")});
    REQUIRE(right.ok());
    checkTargets(*store);
}

TEST_CASE("a KML placemark's name becomes the record's name and unknown data is reported")
{
    auto store = test::openStore();
    const auto report = importFile(*store, test::importFixturePath("shelters.kml"), {ResourceKind::Shelters});
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("kml"));
    CHECK(store->count(ResourceKind::Shelters) == 2);
    bool found = false;
    for (const Record &shelter : store->records(ResourceKind::Shelters)) {
        if (shelter.displayName() == QStringLiteral("西湖文化广场应急避难场所")) {
            found = true;
            CHECK(shelter.integer(QStringLiteral("capacity")) == 5000);
            CHECK(shelter.text(QStringLiteral("status")) == QStringLiteral("open"));
            REQUIRE(shelter.point.has_value());
            CHECK(shelter.point->lon == Approx(120.1655));
            CHECK(shelter.point->lat == Approx(30.2772));
        }
    }
    CHECK(found);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings.first().contains(QStringLiteral("remarks")));
    CHECK_FALSE(report->warnings.first().contains(QStringLiteral("tessellate")));
}

TEST_CASE("a GeoPackage with a line among its points is refused naming the feature, and nothing is imported")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = convertWithGdal(dir, "shelters-linestring.geojson", QStringLiteral("mixed.gpkg"),
                                         {"-f", "GPKG", "-nlt", "GEOMETRY"});
    auto store = test::openStore();
    const auto report = importFile(*store, path, {ResourceKind::Shelters});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().field == QStringLiteral("geometry"));
    CHECK(report.error().where == QStringLiteral("mixed.gpkg:feature 3"));
    CHECK(report.error().message.contains(QStringLiteral("Line String")));
    CHECK(store->count(ResourceKind::Shelters) == 0);
}

TEST_CASE("a file GDAL cannot read is an error naming the file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a geopackage");
    file.close();
    auto store = test::openStore();
    const auto report = importFile(*store, path, {ResourceKind::Targets});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().where == QStringLiteral("broken.gpkg"));
}
