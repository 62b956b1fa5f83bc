#include <catch2/catch.hpp>

#include "mapcamera.h"
#include "tilesource.h"
#include "webmercator.h"

#include <cmath>

using namespace tw;

TEST_CASE("Web Mercator round trips a position through world pixels at any zoom")
{
    const LonLat points[] = {{120.155, 30.274}, {-179.9, -85.0}, {0.0, 0.0}, {179.999, 85.0}, {-74.0, 40.7}};
    for (const LonLat p : points) {
        for (double zoom : {0.0, 3.5, 11.0, 17.25, 20.0}) {
            const LonLat back = WebMercator::fromWorldPixel(WebMercator::toWorldPixel(p, zoom), zoom);
            CHECK(back.lon == Approx(p.lon).margin(1e-9));
            CHECK(back.lat == Approx(p.lat).margin(1e-9));
        }
        const LonLat fromMeters = WebMercator::fromMeters(WebMercator::toMeters(p));
        CHECK(fromMeters.lon == Approx(p.lon).margin(1e-9));
        CHECK(fromMeters.lat == Approx(p.lat).margin(1e-9));
    }
}

TEST_CASE("Web Mercator puts the world's corners at the EPSG:3857 bounds")
{
    const QPointF northWest = WebMercator::toMeters({-180.0, WebMercator::kMaxLatitude});
    CHECK(northWest.x() == Approx(-20037508.34).margin(0.01));
    CHECK(northWest.y() == Approx(20037508.34).margin(0.01));
}

TEST_CASE("Tile ids count x from the west and y from the north")
{
    CHECK(WebMercator::tileAt({120.155, 30.274}, 0) == TileId(0, 0, 0));
    // Hangzhou at zoom 10: east half, north half.
    const TileId t = WebMercator::tileAt({120.155, 30.274}, 10);
    CHECK(t == TileId(10, 853, 421));
    const QRectF bounds = WebMercator::tileBounds(t);
    CHECK(bounds.contains(QPointF(120.155, 30.274)));
    CHECK(WebMercator::tileAt({-179.0, -80.0}, 2) == TileId(2, 0, 3));
}

TEST_CASE("The TMS row is the XYZ row flipped, and flipping twice gives the tile back")
{
    CHECK(TileId(0, 0, 0).tmsRow() == 0);
    CHECK(TileId(3, 1, 0).tmsRow() == 7);
    CHECK(TileId(3, 1, 7).tmsRow() == 0);
    CHECK(TileId(10, 853, 421).tmsRow() == 602);
    for (int y = 0; y < 16; ++y) {
        const TileId t(4, 5, y);
        CHECK(TileId::fromTms(4, 5, t.tmsRow()) == t);
    }
}

TEST_CASE("A camera maps its centre to the middle of the viewport and back")
{
    MapCamera camera({120.155, 30.274}, 12.3, QSize(1000, 600));
    const QPointF middle = camera.toScreen({120.155, 30.274});
    CHECK(middle.x() == Approx(500.0).margin(1e-6));
    CHECK(middle.y() == Approx(300.0).margin(1e-6));
    for (QPointF screen : {QPointF(0, 0), QPointF(999, 599), QPointF(123.5, 456.25)}) {
        const QPointF back = camera.toScreen(camera.toLonLat(screen));
        CHECK(back.x() == Approx(screen.x()).margin(1e-6));
        CHECK(back.y() == Approx(screen.y()).margin(1e-6));
    }
}

TEST_CASE("Zooming at a point keeps the place under that point still")
{
    MapCamera camera({120.155, 30.274}, 11.0, QSize(800, 600));
    const QPointF anchor(650, 120);
    const LonLat under = camera.toLonLat(anchor);
    camera.zoomAt(anchor, 13.7);
    const QPointF after = camera.toScreen(under);
    CHECK(after.x() == Approx(anchor.x()).margin(1e-6));
    CHECK(after.y() == Approx(anchor.y()).margin(1e-6));
    CHECK(camera.zoom() == 13.7);
}

TEST_CASE("Panning moves the map with the pointer")
{
    MapCamera camera({120.155, 30.274}, 14.0, QSize(800, 600));
    const LonLat place = camera.toLonLat({100, 100});
    camera.panBy({50, -20});
    const QPointF moved = camera.toScreen(place);
    CHECK(moved.x() == Approx(150).margin(1e-6));
    CHECK(moved.y() == Approx(80).margin(1e-6));
}

TEST_CASE("A camera over a GCJ-02 basemap draws WGS-84 positions shifted by about 500 m at Hangzhou")
{
    MapCamera shifted({120.155, 30.274}, 16.0, QSize(800, 600));
    shifted.setDisplayDatum(Datum::Gcj02);
    const LonLat station{120.1822, 30.2915};
    // Where the imagery has the station's WGS-84 numbers, and where the camera draws the station.
    const QPointF a = shifted.displayToScreen(station);
    const QPointF b = shifted.toScreen(station);
    const double shiftMeters = std::hypot(b.x() - a.x(), b.y() - a.y()) * shifted.metersPerPixel();
    CHECK(shiftMeters > 300);
    CHECK(shiftMeters < 800);
    const LonLat back = shifted.toLonLat(b);
    CHECK(back.lon == Approx(station.lon).margin(1e-7));
    CHECK(back.lat == Approx(station.lat).margin(1e-7));
}

TEST_CASE("The visible tiles cover the viewport, centre first, and nothing outside the world")
{
    MapCamera camera({120.155, 30.274}, 10.0, QSize(1920, 1080));
    const QList<TileId> tiles = camera.visibleTiles(10);
    REQUIRE(!tiles.isEmpty());
    CHECK(tiles.first() == WebMercator::tileAt({120.155, 30.274}, 10));
    CHECK(tiles.size() >= 8 * 5);
    CHECK(tiles.size() <= 9 * 6);
    MapCamera world({0, 0}, 0.0, QSize(1920, 1080));
    CHECK(world.visibleTiles(0) == QList<TileId>{TileId(0, 0, 0)});
    CHECK(world.visibleTiles(-1).isEmpty());
}

TEST_CASE("Tile URLs fill z, x, y, the TMS row, subdomains and the key")
{
    TileSourceSpec xyz = TileSourceSpec::xyz(QStringLiteral("t"), QStringLiteral("https://{s}.tiles.test/{z}/{x}/{y}.png"),
                                             {QStringLiteral("a"), QStringLiteral("b")});
    CHECK(xyz.tileUrl({3, 1, 2}).toString() == QStringLiteral("https://b.tiles.test/3/1/2.png"));
    TileSourceSpec tms = xyz;
    tms.kind = TileSourceSpec::Kind::Tms;
    CHECK(tms.tileUrl({3, 1, 2}).toString() == QStringLiteral("https://b.tiles.test/3/1/5.png"));
    const TileSourceSpec tianditu = TileSourceSpec::tianditu(QStringLiteral("img"), QStringLiteral("KEY"));
    const QString url = tianditu.tileUrl({5, 26, 13}).toString();
    CHECK(url.startsWith(QStringLiteral("http://t")));
    CHECK(url.contains(QStringLiteral("img_w/wmts")));
    CHECK(url.contains(QStringLiteral("TILEMATRIX=5&TILEROW=13&TILECOL=26")));
    CHECK(url.endsWith(QStringLiteral("tk=KEY")));
    CHECK(TileSourceSpec::tianditu(QStringLiteral("cia"), {}).overlay);
    CHECK(xyz.tileUrl({25, 0, 0}).isEmpty()); // beyond maxZoom
}

TEST_CASE("A tile source string is a URL template, tms:URL or an MBTiles path, anything else is refused")
{
    CHECK(TileSourceSpec::fromString(QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png")).ok());
    CHECK(TileSourceSpec::fromString(QStringLiteral("tms:http://h/{z}/{x}/{y}.png"))->kind == TileSourceSpec::Kind::Tms);
    CHECK(TileSourceSpec::fromString(QStringLiteral("/tmp/city.mbtiles"))->kind == TileSourceSpec::Kind::MbTiles);
    CHECK(!TileSourceSpec::fromString(QStringLiteral("http://h/tile.png")).ok());
    CHECK(!TileSourceSpec::fromString(QStringLiteral("banana")).ok());
}
