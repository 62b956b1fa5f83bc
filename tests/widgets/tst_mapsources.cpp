#include <catch2/catch.hpp>

#include "mapsourcesdialog.h"
#include "mapview.h"
#include "mbtiles.h"
#include "tilemanager.h"
#include "tilesourcestore.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tw;

namespace {

TileSourceSpec fullySetSource()
{
    TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("amap"), QStringLiteral("https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}"),
                                                {QStringLiteral("1"), QStringLiteral("2")});
    source.name = QStringLiteral("Amap streets");
    source.kind = TileSourceSpec::Kind::Tms;
    source.headers.insert("Referer", "https://example.org/");
    source.key = QStringLiteral("secret");
    source.datum = Datum::Gcj02;
    source.minZoom = 3;
    source.maxZoom = 17;
    source.opacity = 0.4;
    source.visible = false;
    source.overlay = true;
    source.attribution = QStringLiteral("© Amap");
    return source;
}

QString writePack(const QString &path, const QString &format, bool withTiles)
{
    MbTiles pack;
    REQUIRE(pack.create(path));
    REQUIRE(pack.setMetadata(QStringLiteral("format"), format));
    REQUIRE(pack.setMetadata(QStringLiteral("name"), QStringLiteral("City pack")));
    REQUIRE(pack.setMetadata(QStringLiteral("center"), QStringLiteral("120.2,30.3,12")));
    REQUIRE(pack.setMetadata(QStringLiteral("minzoom"), QStringLiteral("10")));
    REQUIRE(pack.setMetadata(QStringLiteral("maxzoom"), QStringLiteral("14")));
    if (withTiles) {
        REQUIRE(pack.writeTile({10, 853, 418}, QByteArray("not decoded here")));
    }
    return path;
}

} // namespace

TEST_CASE("Tile sources saved to settings come back with every field")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("console.ini"));
    const TileSourceSpec original = fullySetSource();
    const TileSourceSpec file = TileSourceSpec::mbtiles(QStringLiteral("pack"), QStringLiteral("/data/city.mbtiles"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        CHECK_FALSE(TileSourceStore::load(settings).has_value());
        TileSourceStore::save(settings, {file, original});
    }
    QSettings settings(ini, QSettings::IniFormat);
    const std::optional<QList<TileSourceSpec>> loaded = TileSourceStore::load(settings);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->size() == 2);
    CHECK(loaded->at(0).kind == TileSourceSpec::Kind::MbTiles);
    CHECK(loaded->at(0).path == QStringLiteral("/data/city.mbtiles"));
    const TileSourceSpec &back = loaded->at(1);
    CHECK(back.id == original.id);
    CHECK(back.name == original.name);
    CHECK(back.kind == TileSourceSpec::Kind::Tms);
    CHECK(back.urlTemplate == original.urlTemplate);
    CHECK(back.subdomains == original.subdomains);
    CHECK(back.headers == original.headers);
    CHECK(back.key == original.key);
    CHECK(back.datum == Datum::Gcj02);
    CHECK(back.minZoom == 3);
    CHECK(back.maxZoom == 17);
    CHECK(back.opacity == Approx(0.4));
    CHECK_FALSE(back.visible);
    CHECK(back.overlay);
    CHECK(back.attribution == original.attribution);
    CHECK(back.tileUrl({5, 3, 4}) == original.tileUrl({5, 3, 4}));
}

TEST_CASE("A saved entry that cannot be read is skipped and the others are kept")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    QVariantMap broken = TileSourceStore::toVariant(fullySetSource());
    broken.insert(QStringLiteral("kind"), QStringLiteral("gopher"));
    settings.setValue(TileSourceStore::kKey, QVariantList{broken, TileSourceStore::toVariant(TileSourceSpec::xyz(QStringLiteral("osm"),
                                                                                                                  QStringLiteral("https://tile.example/{z}/{x}/{y}.png")))});
    const std::optional<QList<TileSourceSpec>> loaded = TileSourceStore::load(settings);
    REQUIRE(loaded.has_value());
    REQUIRE(loaded->size() == 1);
    CHECK(loaded->at(0).id == QStringLiteral("osm"));
}

TEST_CASE("The map restores its saved sources and shifts overlays for a GCJ-02 base")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    TileSourceSpec base = fullySetSource();
    base.visible = true;
    base.overlay = false;
    TileSourceStore::save(settings, {base, TileSourceSpec::tianditu(QStringLiteral("cva"), QStringLiteral("k"))});

    MapView view;
    view.tileManager()->setSources({});
    CHECK(view.camera().displayDatum() == Datum::Wgs84);
    REQUIRE(view.restoreSources(settings));
    const QList<TileSourceSpec> sources = view.tileManager()->sources();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].id == QStringLiteral("amap"));
    CHECK(sources[1].id == QStringLiteral("tianditu-cva"));
    CHECK(view.tileManager()->displayDatum() == Datum::Gcj02);
    CHECK(view.camera().displayDatum() == Datum::Gcj02);

    // And back out: what the view holds is what gets saved.
    QSettings other(dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
    view.saveSources(other);
    CHECK(TileSourceStore::load(other)->size() == 2);
    QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    CHECK_FALSE(view.restoreSources(empty));
    CHECK(view.tileManager()->sources().size() == 2);
}

TEST_CASE("The sources dialog adds, reorders, flags and removes sources, top of the list drawn on top")
{
    MapSourcesDialog dialog({TileSourceSpec::mbtiles(QStringLiteral("basemap"), QStringLiteral("/world.mbtiles"))});
    CHECK(dialog.list()->count() == 1);
    Result<TileSourceSpec> xyz = MapSourcesDialog::templateSource(QStringLiteral("Streets"), QStringLiteral("https://{s}.tiles.example/{z}/{x}/{y}.png"),
                                                                 false, QStringLiteral("a, b"), QStringLiteral("Referer: https://example.org/\nUser-Agent: Tidewatch"),
                                                                 false);
    REQUIRE(xyz);
    dialog.addSource(*xyz);
    Result<QList<TileSourceSpec>> tianditu = MapSourcesDialog::tiandituSources(QStringLiteral("img"), QStringLiteral("key1"), true);
    REQUIRE(tianditu);
    for (const TileSourceSpec &s : *tianditu) {
        dialog.addSource(s);
    }
    QList<TileSourceSpec> sources = dialog.sources();
    REQUIRE(sources.size() == 4);
    CHECK(sources[0].id == QStringLiteral("basemap"));
    CHECK(sources[1].name == QStringLiteral("Streets"));
    CHECK(sources[2].id == QStringLiteral("tianditu-img"));
    CHECK(sources[3].id == QStringLiteral("tianditu-cia"));
    CHECK(sources[3].overlay);
    CHECK(dialog.list()->item(0)->text().startsWith(QStringLiteral("Tianditu cia")));

    // Row 2 (Streets) moves up over the imagery.
    dialog.moveSource(2, -1);
    sources = dialog.sources();
    CHECK(sources[2].name == QStringLiteral("Streets"));
    CHECK(sources[1].id == QStringLiteral("tianditu-img"));
    CHECK(dialog.currentRow() == 1);

    // The GCJ-02 checkbox flags the selected source.
    auto *gcj02 = dialog.findChildren<QCheckBox *>().at(1);
    REQUIRE(gcj02->text().contains(QStringLiteral("GCJ-02")));
    gcj02->setChecked(true);
    CHECK(dialog.sources()[2].datum == Datum::Gcj02);
    CHECK(dialog.sources()[1].datum == Datum::Wgs84);

    dialog.removeSource(0); // the label overlay on top
    sources = dialog.sources();
    REQUIRE(sources.size() == 3);
    CHECK(sources.last().name == QStringLiteral("Streets"));
}

TEST_CASE("The source forms refuse what cannot work and read headers, subdomains and TMS")
{
    Result<TileSourceSpec> tms = MapSourcesDialog::templateSource({}, QStringLiteral("https://{s}.tms.example/{z}/{x}/{y}.png"), true,
                                                                  QStringLiteral("t0 t1"), QStringLiteral("Referer: https://x.example/"), true);
    REQUIRE(tms);
    CHECK(tms->kind == TileSourceSpec::Kind::Tms);
    CHECK(tms->subdomains == QStringList{QStringLiteral("t0"), QStringLiteral("t1")});
    CHECK(tms->headers.value("Referer") == "https://x.example/");
    CHECK(tms->datum == Datum::Gcj02);
    CHECK(tms->tileUrl({3, 1, 1}).toString() == QStringLiteral("https://t0.tms.example/3/1/6.png"));

    Result<TileSourceSpec> noZoom = MapSourcesDialog::templateSource({}, QStringLiteral("https://tiles.example/{x}/{y}.png"), false, {}, {}, false);
    REQUIRE_FALSE(noZoom);
    CHECK(noZoom.errorString().contains(QStringLiteral("{z}")));
    CHECK_FALSE(MapSourcesDialog::templateSource({}, QStringLiteral("/tmp/a.mbtiles"), false, {}, {}, false));
    Result<TileSourceSpec> badHeader = MapSourcesDialog::templateSource({}, QStringLiteral("https://t.example/{z}/{x}/{y}.png"), false, {},
                                                                        QStringLiteral("no colon here"), false);
    REQUIRE_FALSE(badHeader);
    CHECK(badHeader.error().field == MapSourcesDialog::tr("Headers"));
    CHECK_FALSE(MapSourcesDialog::tiandituSources(QStringLiteral("vec"), QStringLiteral("  "), true));
    CHECK_FALSE(MapSourcesDialog::tiandituSources(QStringLiteral("xyz"), QStringLiteral("k"), true));
    Result<QList<TileSourceSpec>> vector = MapSourcesDialog::tiandituSources(QStringLiteral("vec"), QStringLiteral("k"), false);
    REQUIRE(vector);
    REQUIRE(vector->size() == 1);
    CHECK(vector->at(0).tileUrl({5, 26, 13}).toString().contains(QStringLiteral("LAYER=vec")));
}

TEST_CASE("The map takes a raster MBTiles file as basemap and refuses files that are not one")
{
    QTemporaryDir dir;
    MapView view;
    view.tileManager()->setSources({});

    const QString text = dir.filePath(QStringLiteral("notes.mbtiles"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are not tiles");
    file.close();
    Status notSqlite = view.setBasemapFile(text);
    REQUIRE_FALSE(notSqlite);
    CHECK(notSqlite.errorString().contains(QStringLiteral("SQLite")));

    const QString bare = dir.filePath(QStringLiteral("bare.mbtiles"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(bare);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (a INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    Status noTables = view.setBasemapFile(bare);
    REQUIRE_FALSE(noTables);
    CHECK(noTables.errorString().contains(QStringLiteral("tables")));

    Status vector = view.setBasemapFile(writePack(dir.filePath(QStringLiteral("vector.mbtiles")), QStringLiteral("pbf"), true));
    REQUIRE_FALSE(vector);
    CHECK(vector.errorString().contains(QStringLiteral("vector")));
    CHECK(view.setBasemapFile(dir.filePath(QStringLiteral("missing.mbtiles"))).errorString().contains(QStringLiteral("not found")));
    CHECK(view.tileManager()->sources().isEmpty());

    const QString pack = writePack(dir.filePath(QStringLiteral("city.mbtiles")), QStringLiteral("png"), true);
    REQUIRE(view.setBasemapFile(pack));
    const QList<TileSourceSpec> sources = view.tileManager()->sources();
    REQUIRE_FALSE(sources.isEmpty());
    const TileSourceSpec &top = sources.last();
    CHECK(top.kind == TileSourceSpec::Kind::MbTiles);
    CHECK(top.path == pack);
    CHECK(top.name == QStringLiteral("City pack"));
    CHECK(top.minZoom == 10);
    CHECK(top.maxZoom == 14);
    CHECK(view.camera().center().lon == Approx(120.2));
    CHECK(view.camera().center().lat == Approx(30.3));
    CHECK(view.camera().zoom() == Approx(12));
}
