#include "cameralist.h"
#include "mapview.h"
#include "tilemanager.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QSignalSpy>
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

} // namespace

TEST_CASE("A camera marker on the map gives the video wall's drag payload; other markers and empty map give none")
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
