#include <catch2/catch.hpp>

#include "mbtiles.h"
#include "testtileserver.h"
#include "tilefetcher.h"
#include "tilemanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using test::TestTileServer;

namespace {

TileManager::Options fastOptions(const QString &cachePath = {})
{
    TileManager::Options options;
    options.diskCachePath = cachePath;
    options.timeoutMs = 300;
    options.firstBackoffMs = 10;
    return options;
}

bool waitIdle(TileManager &manager)
{
    QSignalSpy idle(&manager, &TileManager::idle);
    return manager.pendingCount() == 0 || idle.wait(10000);
}

} // namespace

TEST_CASE("HTTP tiles arrive decoded, and a burst of arrivals makes a single repaint signal")
{
    TestTileServer server;
    TileManager manager(fastOptions());
    const TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("local"), server.urlTemplate());
    manager.setSources({source});
    QSignalSpy changed(&manager, &TileManager::tilesChanged);
    for (int x = 0; x < 4; ++x) {
        for (int y = 0; y < 4; ++y) {
            manager.request(source, {2, x, y});
        }
    }
    REQUIRE(waitIdle(manager));
    const QImage tile = manager.tile({source.id, {2, 1, 3}});
    REQUIRE(!tile.isNull());
    CHECK(tile.size() == QSize(256, 256));
    CHECK(QColor(tile.pixel(10, 10)).name() == TestTileServer::tileColor(2, 1, 3).name());
    CHECK(changed.count() >= 1);
    CHECK(changed.count() < 16);
    CHECK(server.requests().size() == 16);
    // Asking again is answered from RAM.
    manager.request(source, {2, 1, 3});
    CHECK(manager.pendingCount() == 0);
    CHECK(server.requests().size() == 16);
}

TEST_CASE("No more than the per-host limit of downloads run at once")
{
    TestTileServer server;
    server.setHoldAnswers(true);
    TileFetcher::Options options;
    options.maxPerHost = 3;
    TileFetcher fetcher(options);
    QSignalSpy fetched(&fetcher, &TileFetcher::fetched);
    const TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("local"), server.urlTemplate());
    for (int x = 0; x < 10; ++x) {
        fetcher.fetch({source.id, {4, x, 0}}, source.tileUrl({4, x, 0}));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 5000);
    QTest::qWait(50); // would a fourth request come in?
    CHECK(server.requests().size() == 3);
    server.release();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 3, 5000);
    server.release();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 6, 5000);
    server.release();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 9, 5000);
    server.release();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 10, 5000);
    CHECK(server.maxConcurrent() <= 3);
}

TEST_CASE("Bad HTTP answers give a blank tile and never a crash")
{
    TestTileServer server;
    server.setBehaviour(QStringLiteral("/3/0/0.png"), TestTileServer::Behaviour::NotFound);
    server.setBehaviour(QStringLiteral("/3/1/0.png"), TestTileServer::Behaviour::ServerError);
    server.setBehaviour(QStringLiteral("/3/2/0.png"), TestTileServer::Behaviour::Garbage);
    server.setBehaviour(QStringLiteral("/3/3/0.png"), TestTileServer::Behaviour::Silent);
    server.setBehaviour(QStringLiteral("/3/4/0.png"), TestTileServer::Behaviour::FailOnce);
    TileManager manager(fastOptions());
    const TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("local"), server.urlTemplate());
    manager.setSources({source});
    QSignalSpy errors(&manager, &TileManager::errorOccurred);
    for (int x = 0; x < 5; ++x) {
        manager.request(source, {3, x, 0});
    }
    REQUIRE(waitIdle(manager));
    for (int x = 0; x < 4; ++x) {
        bool known = false;
        CHECK(manager.tile({source.id, {3, x, 0}}, &known).isNull());
        CHECK(known);
    }
    // 404 is not retried; 500 is retried up to three attempts; a tile failing once then succeeds.
    CHECK(server.requests().count(QStringLiteral("/3/0/0.png")) == 1);
    CHECK(server.requests().count(QStringLiteral("/3/1/0.png")) == 3);
    CHECK(!manager.tile({source.id, {3, 4, 0}}).isNull());
    // The error messages name what failed.
    QStringList messages;
    for (const auto &args : errors) {
        messages << args.at(0).toString();
    }
    CHECK(messages.filter(QStringLiteral("HTTP 500")).size() >= 1);
    CHECK(messages.filter(QStringLiteral("not a readable image")).size() >= 1);
    CHECK(messages.filter(QStringLiteral("no answer within")).size() >= 1);
}

TEST_CASE("The disk cache serves tiles without the network and refreshes expired ones behind them")
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("tiles.sqlite"));
    TestTileServer server;
    const TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("local"), server.urlTemplate());
    {
        TileManager manager(fastOptions(cachePath));
        manager.setSources({source});
        manager.request(source, {5, 3, 4});
        REQUIRE(waitIdle(manager));
        REQUIRE(!manager.tile({source.id, {5, 3, 4}}).isNull());
    }
    CHECK(server.requests().size() == 1);
    {
        TileManager manager(fastOptions(cachePath));
        manager.setSources({source});
        manager.request(source, {5, 3, 4});
        REQUIRE(waitIdle(manager));
        CHECK(!manager.tile({source.id, {5, 3, 4}}).isNull());
        CHECK(server.requests().size() == 1); // from disk, fresh
    }
    server.cacheControl = "max-age=0";
    {
        TileManager manager(fastOptions(cachePath));
        manager.setSources({source});
        manager.request(source, {6, 0, 0});
        REQUIRE(waitIdle(manager));
    }
    CHECK(server.requests().size() == 2);
    {
        TileManager manager(fastOptions(cachePath));
        manager.setSources({source});
        manager.request(source, {6, 0, 0});
        REQUIRE(waitIdle(manager));
        CHECK(!manager.tile({source.id, {6, 0, 0}}).isNull());
        CHECK(server.requests().size() == 3); // the expired copy was shown and downloaded again
    }
}

TEST_CASE("MBTiles tiles load off the GUI thread, a corrupt tile is blank and reported")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
    {
        MbTiles file;
        REQUIRE(file.create(path).ok());
        REQUIRE(file.writeTile({1, 0, 0}, TestTileServer::tilePng(1, 0, 0)).ok());
        REQUIRE(file.writeTile({1, 1, 0}, QByteArray("\x89PNG broken")).ok());
    }
    TileManager manager(fastOptions());
    const TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("pack"), path);
    manager.setSources({source});
    QSignalSpy errors(&manager, &TileManager::errorOccurred);
    manager.request(source, {1, 0, 0});
    manager.request(source, {1, 1, 0});
    manager.request(source, {1, 0, 1}); // not in the file
    REQUIRE(waitIdle(manager));
    CHECK(QColor(manager.tile({source.id, {1, 0, 0}}).pixel(5, 5)).name() == TestTileServer::tileColor(1, 0, 0).name());
    CHECK(manager.tile({source.id, {1, 1, 0}}).isNull());
    CHECK(manager.tile({source.id, {1, 0, 1}}).isNull());
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(QStringLiteral("not a readable image")));
}

TEST_CASE("A tile source that is not an MBTiles file reports an error and draws nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bogus.mbtiles"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    TileManager manager(fastOptions());
    const TileSourceSpec source = TileSourceSpec::mbtiles(QStringLiteral("bogus"), path);
    manager.setSources({source});
    QSignalSpy errors(&manager, &TileManager::errorOccurred);
    manager.request(source, {0, 0, 0});
    REQUIRE(waitIdle(manager));
    CHECK(manager.tile({source.id, {0, 0, 0}}).isNull());
    CHECK(errors.count() == 1);
}

TEST_CASE("The RAM cache stays within its byte budget, dropping the least recently used tiles")
{
    TileRamCache cache(1024 * 1024); // four 256 px ARGB tiles
    QImage tile(256, 256, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::red);
    for (int i = 0; i < 10; ++i) {
        cache.insert({QStringLiteral("s"), {5, i, 0}}, tile);
        cache.find({QStringLiteral("s"), {5, 0, 0}}); // keep the first one in use
    }
    CHECK(cache.bytes() <= 1024 * 1024);
    CHECK(cache.count() == 4);
    CHECK(cache.contains({QStringLiteral("s"), {5, 0, 0}}));
    CHECK(cache.contains({QStringLiteral("s"), {5, 9, 0}}));
    CHECK(!cache.contains({QStringLiteral("s"), {5, 1, 0}}));
}
