#include <catch2/catch.hpp>

#include "mapview.h"
#include "mbtiles.h"
#include "testtileserver.h"
#include "tiledownloaddialog.h"
#include "tilemanager.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using test::TestTileServer;

namespace {

const BoundingBox kArea{120.0, 30.0, 120.5, 30.5};

qint64 tilesIn(const BoundingBox &area, int minZoom, int maxZoom)
{
    return TileDownloader::tileCount(QRectF(QPointF(area.west, area.south), QPointF(area.east, area.north)), minZoom, maxZoom);
}

TileSourceSpec localSource(const TestTileServer &server)
{
    TileSourceSpec source = TileSourceSpec::xyz(QStringLiteral("local"), server.urlTemplate());
    source.maxZoom = 12;
    return source;
}

qint64 packTiles(const QString &path)
{
    MbTiles pack;
    REQUIRE(pack.open(path));
    return pack.tileCount();
}

} // namespace

TEST_CASE("The download dialog offers only online sources and estimates tiles and bytes before starting")
{
    TestTileServer server;
    TileDownloadDialog dialog({TileSourceSpec::mbtiles(QStringLiteral("pack"), QStringLiteral("/nowhere.mbtiles")), localSource(server)},
                              kArea, 6);
    CHECK(dialog.sourceCount() == 1);
    CHECK(dialog.request().source.id == QStringLiteral("local"));
    CHECK(dialog.request().minZoom == 6);
    CHECK(dialog.request().maxZoom == 9);
    dialog.setZoomRange(5, 10);
    const qint64 tiles = tilesIn(kArea, 5, 10);
    REQUIRE(tiles > 4);
    CHECK(dialog.estimatedTiles() == tiles);
    CHECK(dialog.estimatedBytes() == tiles * TileDownloader::kTypicalTileBytes);
    CHECK(dialog.estimateText().contains(QString::number(tiles)));
    // A range beyond the source is refused with the reason, before anything starts.
    dialog.setZoomRange(5, 14);
    CHECK(dialog.estimateText().contains(QStringLiteral("zoom 0-12")));
    QTemporaryDir dir;
    dialog.setOutputPath(dir.filePath(QStringLiteral("area.mbtiles")));
    CHECK_FALSE(dialog.startDownload());
    CHECK_FALSE(dialog.isRunning());
    CHECK(server.requests().isEmpty());
}

TEST_CASE("The download dialog fills an MBTiles pack on a worker thread and a second run resumes without downloading again")
{
    TestTileServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("area.mbtiles"));
    TileDownloadDialog dialog({localSource(server)}, kArea, 5);
    dialog.setZoomRange(5, 10);
    dialog.setOutputPath(path);
    const qint64 tiles = tilesIn(kArea, 5, 10);
    QSignalSpy finished(&dialog, &TileDownloadDialog::downloadFinished);
    QSignalSpy progress(&dialog, &TileDownloadDialog::progressChanged);
    REQUIRE(dialog.startDownload());
    // start returned before any tile was fetched: the download runs behind the event loop.
    CHECK(dialog.isRunning());
    CHECK(server.requests().isEmpty());
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).value<Status>().ok());
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK_FALSE(dialog.isRunning());
    CHECK(progress.count() >= 1);
    CHECK(progress.last().at(0).toLongLong() == tiles);
    CHECK(packTiles(path) == tiles);
    CHECK(server.requests().size() == tiles);

    // Now the estimate uses the pack's own average tile size.
    MbTiles pack;
    REQUIRE(pack.open(path));
    const qint64 average = pack.averageTileBytes();
    pack.close();
    REQUIRE(average > 0);
    CHECK(average != TileDownloader::kTypicalTileBytes);
    CHECK(dialog.estimatedBytes() == tiles * average);

    REQUIRE(dialog.startDownload());
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(1).at(0).value<Status>().ok());
    CHECK(server.requests().size() == tiles);
    CHECK(packTiles(path) == tiles);
}

TEST_CASE("Cancelling a download keeps the tiles fetched, and resuming fetches each missing tile once")
{
    TestTileServer server;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("area.mbtiles"));
    TileDownloadDialog dialog({localSource(server)}, kArea, 5);
    dialog.setZoomRange(5, 12);
    dialog.setOutputPath(path);
    const qint64 tiles = tilesIn(kArea, 5, 12);
    REQUIRE(tiles > 40);
    server.setHoldAnswers(true);
    QSignalSpy finished(&dialog, &TileDownloadDialog::downloadFinished);
    REQUIRE(dialog.startDownload());
    for (int i = 0; i < 2000 && server.requests().isEmpty(); ++i) {
        QTest::qWait(5); // the worker's first requests reach the server
    }
    REQUIRE_FALSE(server.requests().isEmpty());
    dialog.cancelDownload();
    server.release();
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(1).toBool());
    const qint64 kept = packTiles(path);
    CHECK(kept > 0);
    CHECK(kept < tiles);

    REQUIRE(dialog.startDownload());
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(1).at(0).value<Status>().ok());
    CHECK_FALSE(finished.at(1).at(1).toBool());
    CHECK(packTiles(path) == tiles);
    const QList<QString> requests = server.requests();
    CHECK(QSet<QString>(requests.begin(), requests.end()).size() == requests.size());
    CHECK(requests.size() == tiles);
}

TEST_CASE("The map lets the user drag the download area instead of panning")
{
    MapView view;
    view.resize(800, 600);
    TestTileServer server;
    view.tileManager()->setSources({});
    view.setView({120.16, 30.26}, 12.0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const LonLat centre = view.camera().center();
    QSignalSpy selected(&view, &MapView::areaSelected);
    view.requestAreaSelection();
    CHECK(view.isSelectingArea());
    auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, view.mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(&view, &event);
    };
    send(QEvent::MouseButtonPress, {100, 120}, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, {200, 200}, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, {300, 260}, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, {300, 260}, Qt::LeftButton, Qt::NoButton);
    REQUIRE(selected.count() == 1);
    CHECK_FALSE(view.isSelectingArea());
    CHECK(view.camera().center() == centre);
    const BoundingBox area = selected.at(0).at(0).value<BoundingBox>();
    const LonLat northWest = view.camera().toLonLat({100, 120});
    const LonLat southEast = view.camera().toLonLat({300, 260});
    CHECK(area.west == Approx(northWest.lon));
    CHECK(area.north == Approx(northWest.lat));
    CHECK(area.east == Approx(southEast.lon));
    CHECK(area.south == Approx(southEast.lat));

    // Esc leaves the mode without a box.
    QSignalSpy cancelled(&view, &MapView::areaSelectionCancelled);
    view.requestAreaSelection();
    QTest::keyClick(&view, Qt::Key_Escape);
    CHECK(cancelled.count() == 1);
    CHECK_FALSE(view.isSelectingArea());
    CHECK(selected.count() == 1);
}

TEST_CASE("The map's download dialog starts on the current view and online source, and takes a dragged area")
{
    MapView view;
    view.resize(800, 600);
    TestTileServer server;
    view.tileManager()->setSources({localSource(server)});
    view.setView({120.16, 30.26}, 9.0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showDownloadDialog();
    TileDownloadDialog *dialog = view.downloadDialog();
    REQUIRE(dialog);
    const QRectF bounds = view.camera().geoBounds();
    CHECK(dialog->area().west == Approx(bounds.left()).margin(1e-4));
    CHECK(dialog->area().north == Approx(bounds.bottom()).margin(1e-4));
    CHECK(dialog->request().source.id == QStringLiteral("local"));
    CHECK(dialog->request().minZoom == 9);

    Q_EMIT dialog->areaSelectionRequested();
    CHECK(view.isSelectingArea());
    CHECK_FALSE(dialog->isVisible());
    const BoundingBox dragged{120.1, 30.2, 120.2, 30.3};
    Q_EMIT view.areaSelected(dragged);
    CHECK(dialog->isVisible());
    CHECK(dialog->area().west == Approx(120.1));
    CHECK(dialog->area().north == Approx(30.3));
    view.showDownloadDialog();
    CHECK(view.downloadDialog() == dialog); // one at a time
}
