#include <catch2/catch.hpp>

#include "mbtiles.h"
#include "testtileserver.h"
#include "tiledownloader.h"
#include "tilescommand.h"
#include "webmercator.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace tw;
using test::TestTileServer;

TEST_CASE("tiles download writes a valid MBTiles file and a second run resumes without downloading again")
{
    TestTileServer server;
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("area.mbtiles"));
    const QStringList args{QStringLiteral("download"), QStringLiteral("--source"), server.urlTemplate(), QStringLiteral("--bbox"),
                           QStringLiteral("120.0,30.1,120.4,30.4"), QStringLiteral("--zoom"), QStringLiteral("8-10"), output};
    REQUIRE(runTilesCommand(args) == 0);
    const qsizetype downloaded = server.requests().size();
    CHECK(downloaded > 4);
    {
        MbTiles file;
        REQUIRE(file.open(output).ok());
        CHECK(file.tileCount() == downloaded);
        CHECK(file.format() == QStringLiteral("png"));
        CHECK(file.minZoom() == 8);
        CHECK(file.maxZoom() == 10);
        const TileId hangzhou = WebMercator::tileAt({120.2, 30.25}, 10);
        CHECK(*file.tile(hangzhou) == TestTileServer::tilePng(10, hangzhou.x, hangzhou.y));
    }
    REQUIRE(runTilesCommand(args) == 0);
    CHECK(server.requests().size() == downloaded);

    const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
    if (!gdalinfo.isEmpty()) {
        QProcess process;
        process.start(gdalinfo, {output});
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitCode() == 0);
        CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Driver: MBTiles")));
    }
}

TEST_CASE("tiles download refuses absurd boxes and zoom ranges with a clear message")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("x.mbtiles"));
    auto run = [&](const QString &bbox, const QString &zoom) {
        return runTilesCommand({QStringLiteral("tiles"), QStringLiteral("download"), QStringLiteral("--source"),
                                QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), QStringLiteral("--bbox"), bbox,
                                QStringLiteral("--zoom"), zoom, output});
    };
    CHECK(run(QStringLiteral("120.4,30.1,120.0,30.4"), QStringLiteral("8-10")) == 2);  // west > east
    CHECK(run(QStringLiteral("30.1,120.0,30.4,120.4"), QStringLiteral("8-10")) == 2);  // latitude first
    CHECK(run(QStringLiteral("1,2,3"), QStringLiteral("8-10")) == 2);
    CHECK(run(QStringLiteral("a,b,c,d"), QStringLiteral("8-10")) == 2);
    CHECK(run(QStringLiteral("120.0,30.1,120.4,30.4"), QStringLiteral("12-8")) == 2);
    CHECK(run(QStringLiteral("120.0,30.1,120.4,30.4"), QStringLiteral("0-40")) == 2);
    CHECK(run(QStringLiteral("-180,-85,180,85"), QStringLiteral("0-18")) == 2);       // billions of tiles
    CHECK(runTilesCommand({QStringLiteral("download")}) == 2);
    CHECK(runTilesCommand({QStringLiteral("download"), QStringLiteral("--source"), QStringLiteral("banana"), QStringLiteral("--bbox"),
                           QStringLiteral("120.0,30.1,120.4,30.4"), QStringLiteral("--zoom"), QStringLiteral("8"), output}) == 2);
    CHECK(!QFile::exists(output));
}

TEST_CASE("tiles download stops on cancel, keeps what it has, and reports failing tiles")
{
    TestTileServer server;
    server.setDefaultBehaviour(TestTileServer::Behaviour::Tile);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("cancel.mbtiles"));
    QTimer::singleShot(0, [] { cancelTilesCommand(); });
    const int code = runTilesCommand({QStringLiteral("download"), QStringLiteral("--source"), server.urlTemplate(),
                                      QStringLiteral("--bbox"), QStringLiteral("119.5,29.5,120.9,30.9"), QStringLiteral("--zoom"),
                                      QStringLiteral("10-13"), output});
    CHECK(code == 130);
    MbTiles file;
    REQUIRE(file.open(output).ok());
    CHECK(file.tileCount() < TileDownloader::tileCount(QRectF(QPointF(119.5, 29.5), QPointF(120.9, 30.9)), 10, 13));
    file.close();

    server.setDefaultBehaviour(TestTileServer::Behaviour::Garbage);
    const QString broken = dir.filePath(QStringLiteral("broken.mbtiles"));
    CHECK(runTilesCommand({QStringLiteral("download"), QStringLiteral("--source"), server.urlTemplate(), QStringLiteral("--bbox"),
                           QStringLiteral("120.0,30.1,120.1,30.2"), QStringLiteral("--zoom"), QStringLiteral("9"), broken}) == 1);
}
