#include <catch2/catch.hpp>

#include "mbtiles.h"
#include "testtileserver.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tw;

TEST_CASE("An MBTiles file written here reads back the same tiles with TMS rows inside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.mbtiles"));
    {
        MbTiles file;
        REQUIRE(file.create(path).ok());
        REQUIRE(file.setMetadata(QStringLiteral("name"), QStringLiteral("city")).ok());
        REQUIRE(file.setMetadata(QStringLiteral("format"), QStringLiteral("png")).ok());
        REQUIRE(file.beginTransaction().ok());
        for (int y = 0; y < 4; ++y) {
            REQUIRE(file.writeTile({2, 1, y}, test::TestTileServer::tilePng(2, 1, y)).ok());
        }
        REQUIRE(file.commit().ok());
        REQUIRE(file.updateBoundsFromTiles().ok());
    }
    MbTiles file;
    REQUIRE(file.open(path).ok());
    CHECK(file.tileCount() == 4);
    CHECK(file.format() == QStringLiteral("png"));
    CHECK(file.minZoom() == 2);
    CHECK(file.maxZoom() == 2);
    CHECK(file.metadata().value(QStringLiteral("bounds")).split(QLatin1Char(',')).size() == 4);
    CHECK(*file.tile({2, 1, 0}) == test::TestTileServer::tilePng(2, 1, 0));
    CHECK(file.tile({2, 0, 0})->isEmpty());
    CHECK(file.hasTile({2, 1, 3}));
    CHECK(!file.hasTile({2, 3, 3}));
}

TEST_CASE("MBTiles rows are stored flipped: XYZ row 0 is the top TMS row")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flip.mbtiles"));
    MbTiles file;
    REQUIRE(file.create(path).ok());
    REQUIRE(file.writeTile({3, 2, 0}, QByteArray("north")).ok());
    file.close();
    // Read the raw table: the northern tile has tile_row 7 at zoom 3.
    QProcess sqlite;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE(file.open(path).ok());
    CHECK(*file.tile(TileId::fromTms(3, 2, 7)) == QByteArray("north"));
    if (!sqlite3.isEmpty()) {
        sqlite.start(sqlite3, {path, QStringLiteral("SELECT tile_row FROM tiles")});
        REQUIRE(sqlite.waitForFinished());
        CHECK(sqlite.readAllStandardOutput().trimmed() == QByteArray("7"));
    }
}

TEST_CASE("GDAL reads an MBTiles file written here when gdalinfo is installed")
{
    const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
    if (gdalinfo.isEmpty()) {
        WARN("gdalinfo not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gdal.mbtiles"));
    {
        MbTiles file;
        REQUIRE(file.create(path).ok());
        REQUIRE(file.setMetadata(QStringLiteral("name"), QStringLiteral("gdal test")).ok());
        REQUIRE(file.setMetadata(QStringLiteral("format"), QStringLiteral("png")).ok());
        REQUIRE(file.setMetadata(QStringLiteral("type"), QStringLiteral("baselayer")).ok());
        REQUIRE(file.setMetadata(QStringLiteral("version"), QStringLiteral("1.3")).ok());
        for (int x = 0; x < 2; ++x) {
            for (int y = 0; y < 2; ++y) {
                REQUIRE(file.writeTile({1, x, y}, test::TestTileServer::tilePng(1, x, y)).ok());
            }
        }
        REQUIRE(file.updateBoundsFromTiles().ok());
    }
    QProcess process;
    process.start(gdalinfo, {path});
    REQUIRE(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    INFO(output.toStdString() << process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("Driver: MBTiles")));
    CHECK(output.contains(QStringLiteral("Size is 512, 512")));
}

TEST_CASE("Opening something that is not an MBTiles file gives a clear error")
{
    QTemporaryDir dir;
    SECTION("a missing file")
    {
        MbTiles file;
        const Status status = file.open(dir.filePath(QStringLiteral("nope.mbtiles")));
        CHECK(!status.ok());
        CHECK(status.errorString().contains(QStringLiteral("not found")));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("text.mbtiles"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not a database");
        f.close();
        MbTiles file;
        const Status status = file.open(path);
        CHECK(!status.ok());
        CHECK(status.errorString().contains(QStringLiteral("not an SQLite database")));
        CHECK(!file.create(path).ok()); // and it is not overwritten
    }
    SECTION("an SQLite database without the MBTiles tables")
    {
        const QString path = dir.filePath(QStringLiteral("empty.mbtiles"));
        {
            MbTiles writer;
            REQUIRE(writer.create(path).ok());
        }
        {
            QProcess sqlite;
            const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
            if (sqlite3.isEmpty()) {
                return;
            }
            sqlite.start(sqlite3, {path, QStringLiteral("DROP TABLE tiles;")});
            REQUIRE(sqlite.waitForFinished());
        }
        MbTiles file;
        const Status status = file.open(path);
        CHECK(!status.ok());
        CHECK(status.errorString().contains(QStringLiteral("tables are missing")));
    }
}
