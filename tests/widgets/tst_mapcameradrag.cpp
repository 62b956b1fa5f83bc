#include "cameralist.h"
#include "mapview.h"
#include "tilemanager.h"
#include "videosession.h"
#include "videotile.h"
#include "videowall.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace tw;

namespace {

Record mapRecord(ResourceKind kind, const QString &id, LonLat point, const QVariantMap &values)
{
    Record r;
    r.kind = kind;
    r.id = id;
    r.point = point;
    r.values = values;
    return r;
}

const LonLat kCameraPoint{120.1600, 30.2650};

Record gateCamera(const QString &mainUri = {}, const QString &subUri = {})
{
    return mapRecord(ResourceKind::Cameras, QStringLiteral("cam-7"), kCameraPoint,
                     {{QStringLiteral("name"), QStringLiteral("Gate camera")},
                      {QStringLiteral("heading_deg"), 90.0}, {QStringLiteral("fov_deg"), 60.0},
                      {QStringLiteral("range_m"), 150.0}, {QStringLiteral("main_uri"), mainUri},
                      {QStringLiteral("sub_uri"), subUri}});
}

// A map showing `cameras`, its overlay drawn so hits work.
void showMap(MapView &view, const QList<Record> &cameras)
{
    view.resize(800, 600);
    view.tileManager()->setSources({});
    view.setView({120.1625, 30.2640}, 15.0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy layers(&view, &MapView::layersChanged);
    view.setLayerRecords(ResourceKind::Cameras, cameras);
    REQUIRE(layers.wait(5000));
    QSignalSpy updated(&view, &MapView::overlayUpdated);
    while (!view.isOverlayCurrent()) {
        REQUIRE(updated.wait(5000));
    }
}

// A TCP port on 127.0.0.1 nobody listens on: the dropped camera's session tries it and fails
// quietly, nothing leaves the machine.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

TEST_CASE("A camera marker on the map gives the video wall's drag payload, other markers and empty map give none")
{
    MapView view;
    view.resize(800, 600);
    view.tileManager()->setSources({});
    view.setView({120.1625, 30.2640}, 15.0);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const LonLat cameraPoint{120.1600, 30.2650};
    const LonLat incidentPoint{120.1660, 30.2620};
    QSignalSpy layers(&view, &MapView::layersChanged);
    view.setLayerRecords(ResourceKind::Cameras,
                         {mapRecord(ResourceKind::Cameras, QStringLiteral("cam-7"), cameraPoint,
                                    {{QStringLiteral("name"), QStringLiteral("Gate camera")},
                                     {QStringLiteral("heading_deg"), 90.0}, {QStringLiteral("fov_deg"), 60.0},
                                     {QStringLiteral("range_m"), 150.0}})});
    REQUIRE(layers.wait(5000));
    view.setLayerRecords(ResourceKind::Incidents,
                         {mapRecord(ResourceKind::Incidents, QStringLiteral("inc-1"), incidentPoint,
                                    {{QStringLiteral("title"), QStringLiteral("Fire")},
                                     {QStringLiteral("event_level"), QStringLiteral("III")},
                                     {QStringLiteral("status"), QStringLiteral("responding")}})});
    REQUIRE(layers.wait(5000));
    QSignalSpy updated(&view, &MapView::overlayUpdated);
    while (!view.isOverlayCurrent()) {
        REQUIRE(updated.wait(5000));
    }

    const std::unique_ptr<QMimeData> onCamera(view.cameraDragData(view.camera().toScreen(cameraPoint)));
    REQUIRE(onCamera);
    CHECK(CameraList::cameraIdFrom(onCamera.get()) == QStringLiteral("cam-7"));

    const std::unique_ptr<QMimeData> onIncident(view.cameraDragData(view.camera().toScreen(incidentPoint)));
    CHECK_FALSE(onIncident);
    const std::unique_ptr<QMimeData> onNothing(view.cameraDragData(QPointF(5, 590)));
    CHECK_FALSE(onNothing);
}

TEST_CASE("A camera dragged from the map and dropped on a wall tile is shown in that tile")
{
    const QString mainUri = QStringLiteral("rtsp://127.0.0.1:%1/cam/7").arg(closedPort());
    const QString subUri = mainUri + QStringLiteral("/sub");
    const Record camera = gateCamera(mainUri, subUri);
    MapView view;
    showMap(view, {camera});
    const std::unique_ptr<QMimeData> mime(view.cameraDragData(view.camera().toScreen(kCameraPoint)));
    REQUIRE(mime);

    VideoWall wall;
    wall.resize(640, 360);
    wall.setCameras({camera});
    wall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wall));
    VideoTile *target = wall.tile(2);
    REQUIRE(target->cameraId().isEmpty());
    const QPoint at = target->rect().center();

    // The events a drag from the map delivers to the tile under the pointer, through the
    // application like a real drag (the enter makes the tile the drag's current target).
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    CHECK(enter.isAccepted());
    CHECK(enter.dropAction() == Qt::CopyAction);
    QDragMoveEvent move(at + QPoint(3, 2), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    CHECK(move.isAccepted());
    CHECK(target->cameraId().isEmpty()); // nothing changes before the drop
    QDropEvent drop(QPointF(at + QPoint(3, 2)), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    CHECK(drop.isAccepted());

    CHECK(target->cameraId() == QStringLiteral("cam-7"));
    CHECK(wall.shownCameraIds().at(2) == QStringLiteral("cam-7"));
    CHECK(target->session()->mainUri() == mainUri);
    CHECK(target->session()->subUri() == subUri);
    CHECK(target->session()->state() != VideoState::Idle); // started on the camera's stream
    CHECK(wall.tile(0)->cameraId().isEmpty());             // the other tiles are untouched

    // Something that is not a camera is refused on entry and changes nothing.
    QMimeData text;
    text.setText(QStringLiteral("cam-7"));
    VideoTile *other = wall.tile(3);
    QDragEnterEvent refused(other->rect().center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(other, &refused);
    CHECK_FALSE(refused.isAccepted());
    CHECK(other->cameraId().isEmpty());
}
