#include <catch2/catch.hpp>

#include "mapview.h"
#include "maplayerpanel.h"
#include "tilemanager.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace tw;

namespace {

Record record(ResourceKind kind, const QString &id, LonLat point, const QVariantMap &values)
{
    Record r;
    r.kind = kind;
    r.id = id;
    r.point = point;
    r.values = values;
    return r;
}

QList<Record> incidents()
{
    return {record(ResourceKind::Incidents, QStringLiteral("inc-1"), {120.1550, 30.2600},
                   {{QStringLiteral("title"), QStringLiteral("Warehouse fire")}, {QStringLiteral("event_level"), QStringLiteral("II")},
                    {QStringLiteral("status"), QStringLiteral("responding")}}),
            record(ResourceKind::Incidents, QStringLiteral("inc-2"), {120.1700, 30.2680},
                   {{QStringLiteral("title"), QStringLiteral("Flooded underpass")}, {QStringLiteral("event_level"), QStringLiteral("I")},
                    {QStringLiteral("status"), QStringLiteral("reported")}})};
}

// A view 800x600 showing the records, with the overlay rendered for the current camera.
struct Fixture {
    MapView view;
    Fixture()
    {
        view.resize(800, 600);
        view.tileManager()->setSources({}); // no basemap: these tests are about overlays and input
        view.setView({120.1625, 30.2640}, 14.0);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    void settle()
    {
        QSignalSpy updated(&view, &MapView::overlayUpdated);
        while (!view.isOverlayCurrent()) {
            REQUIRE(updated.wait(5000));
        }
    }
    void setRecords(ResourceKind kind, const QList<Record> &records)
    {
        QSignalSpy layers(&view, &MapView::layersChanged);
        view.setLayerRecords(kind, records);
        REQUIRE(layers.wait(5000));
        settle();
    }
    void waitFlight()
    {
        QSignalSpy finished(&view, &MapView::flyFinished);
        REQUIRE(finished.wait(5000));
        settle();
    }
    void send(QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = {})
    {
        QMouseEvent event(type, at, view.mapToGlobal(at), button, buttons, modifiers);
        QApplication::sendEvent(&view, &event);
    }
};

} // namespace

TEST_CASE("Clicking a record on the map activates it and selects it")
{
    Fixture f;
    f.setRecords(ResourceKind::Incidents, incidents());
    QSignalSpy activated(&f.view, &MapView::recordActivated);
    const QPoint at = f.view.camera().toScreen({120.1700, 30.2680}).toPoint();
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, at);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<ResourceKind>() == ResourceKind::Incidents);
    CHECK(activated.at(0).at(1).toString() == QStringLiteral("inc-2"));
    CHECK(f.view.selectedIds().contains(QStringLiteral("inc-2")));
    // A click on empty map clears the selection and activates nothing.
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, QPoint(20, 580));
    CHECK(activated.count() == 1);
    CHECK(f.view.selectedIds().isEmpty());
}

TEST_CASE("Dragging pans the map with the pointer")
{
    Fixture f;
    const QPointF start(400, 300);
    const LonLat under = f.view.camera().toLonLat(start);
    f.send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 10; ++step) {
        f.send(QEvent::MouseMove, start + QPointF(10 * step, 5 * step), Qt::NoButton, Qt::LeftButton);
    }
    f.send(QEvent::MouseButtonRelease, start + QPointF(100, 50), Qt::LeftButton, Qt::NoButton);
    const QPointF now = f.view.camera().toScreen(under);
    CHECK(now.x() == Approx(500).margin(0.5));
    CHECK(now.y() == Approx(350).margin(0.5));
}

TEST_CASE("The wheel zooms around the place under the pointer")
{
    Fixture f;
    const QPointF at(650, 120);
    const LonLat under = f.view.camera().toLonLat(at);
    QWheelEvent wheel(at, f.view.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.view, &wheel);
    CHECK(f.view.camera().zoom() == Approx(15.0));
    const QPointF after = f.view.camera().toScreen(under);
    CHECK(after.x() == Approx(at.x()).margin(0.5));
    CHECK(after.y() == Approx(at.y()).margin(0.5));
}

TEST_CASE("Keys pan and zoom the map")
{
    Fixture f;
    const LonLat before = f.view.camera().center();
    QTest::keyClick(&f.view, Qt::Key_Plus);
    CHECK(f.view.camera().zoom() == Approx(15.0));
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    CHECK(f.view.camera().zoom() == Approx(13.0));
    QTest::keyClick(&f.view, Qt::Key_Right);
    CHECK(f.view.camera().center().lon > before.lon);
}

TEST_CASE("Clicking a cluster flies to the zoom where it splits")
{
    Fixture f;
    QList<Record> cameras;
    for (int i = 0; i < 30; ++i) {
        cameras << record(ResourceKind::Cameras, QStringLiteral("cam-%1").arg(i), {120.1600 + i * 0.00002, 30.2650 + (i % 5) * 0.00002},
                          {{QStringLiteral("name"), QStringLiteral("Camera %1").arg(i)}});
    }
    f.setRecords(ResourceKind::Cameras, cameras);
    const std::optional<MapHit> hit = f.view.hitAt(f.view.camera().toScreen({120.1603, 30.2650}));
    REQUIRE(hit);
    REQUIRE(hit->isCluster());
    CHECK(hit->count == 30);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, hit->rect.center().toPoint());
    f.waitFlight();
    CHECK(f.view.camera().zoom() >= hit->expansionZoom);
}

TEST_CASE("Shift-dragging a rectangle selects every record inside it")
{
    Fixture f;
    f.setRecords(ResourceKind::Incidents, incidents());
    QSignalSpy selected(&f.view, &MapView::recordsSelected);
    const QPointF a = f.view.camera().toScreen({120.150, 30.255});
    const QPointF b = f.view.camera().toScreen({120.160, 30.265});
    f.send(QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    f.send(QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    f.send(QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    f.send(QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    REQUIRE(selected.count() == 1);
    const auto records = selected.at(0).at(0).value<QList<QPair<ResourceKind, QString>>>();
    REQUIRE(records.size() == 1);
    CHECK(records.first().second == QStringLiteral("inc-1"));
}

TEST_CASE("Typed coordinates in decimal or DMS fly the map there, a name goes through the search callback")
{
    Fixture f;
    REQUIRE(f.view.search(QStringLiteral("120.2000, 30.3000")));
    f.waitFlight();
    CHECK(f.view.camera().center().lon == Approx(120.2).margin(1e-6));
    CHECK(f.view.camera().center().lat == Approx(30.3).margin(1e-6));
    REQUIRE(f.view.search(QStringLiteral("30°16'48\"N 120°09'00\"E")));
    f.waitFlight();
    CHECK(f.view.camera().center().lon == Approx(120.15).margin(1e-6));
    CHECK(f.view.camera().center().lat == Approx(30.28).margin(1e-6));
    CHECK(!f.view.search(QStringLiteral("Lingyin Temple"))); // no name search wired
    f.view.setNameSearch([](const QString &text) {
        return QList<MapSearchHit>{{ResourceKind::Shelters, QStringLiteral("s-1"), text, LonLat{120.1010, 30.2410}}};
    });
    QSignalSpy activated(&f.view, &MapView::recordActivated);
    REQUIRE(f.view.search(QStringLiteral("Lingyin Temple")));
    f.waitFlight();
    CHECK(activated.count() == 1);
    CHECK(f.view.camera().center().lon == Approx(120.1010).margin(1e-6));
    CHECK(!f.view.search(QStringLiteral("   ")));
}

TEST_CASE("The readout shows WGS-84 or GCJ-02 coordinates")
{
    Fixture f;
    CHECK(f.view.coordinateText({120.155, 30.274}) == QStringLiteral("120.15500, 30.27400"));
    f.view.setReadoutGcj02(true);
    CHECK(f.view.coordinateText({120.155, 30.274}) != QStringLiteral("120.15500, 30.27400"));
}

TEST_CASE("Measuring adds a point per click and reports the distance")
{
    Fixture f;
    QSignalSpy measured(&f.view, &MapView::measureChanged);
    f.view.startMeasure(f.view.camera().toLonLat({100, 300}));
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, QPoint(500, 300));
    REQUIRE(measured.count() == 2);
    const double meters = measured.last().at(0).toDouble();
    CHECK(meters == Approx(400 * f.view.camera().metersPerPixel()).epsilon(0.02));
    QTest::keyClick(&f.view, Qt::Key_Escape);
    CHECK(f.view.measurement().isEmpty());
}

TEST_CASE("The layer panel and the view hide a layer")
{
    Fixture f;
    f.setRecords(ResourceKind::Incidents, incidents());
    CHECK(f.view.hitAt(f.view.camera().toScreen({120.1700, 30.2680})));
    f.view.setLayerVisible(ResourceKind::Incidents, false);
    f.settle();
    CHECK(!f.view.hitAt(f.view.camera().toScreen({120.1700, 30.2680})));
    CHECK(!f.view.isLayerVisible(ResourceKind::Incidents));
    f.view.layerPanel()->setExpanded(true);
    CHECK(f.view.layerPanel()->isExpanded());
}

TEST_CASE("The view exports as PNG at screen and print resolution")
{
    Fixture f;
    f.setRecords(ResourceKind::Incidents, incidents());
    const QImage screen = f.view.exportImage(1.0);
    CHECK(screen.size() == QSize(800, 600));
    const QImage print = f.view.exportImage(3.0);
    CHECK(print.size() == QSize(2400, 1800));
    const QPoint incident = (f.view.camera().toScreen({120.1700, 30.2680}) * 3).toPoint();
    CHECK(QColor(print.pixel(incident)).red() > 150); // the level I marker, red
}

TEST_CASE("A new map view opens on the offline world basemap")
{
    MapView view;
    view.resize(900, 560);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(!view.tileManager()->sources().isEmpty());
    view.setView({112.0, 30.0}, 3.6);
    QSignalSpy layers(&view, &MapView::layersChanged);
    view.setLayerRecords(ResourceKind::Incidents, incidents());
    REQUIRE(layers.wait(5000));
    QSignalSpy idle(view.tileManager(), &TileManager::idle);
    view.repaint(); // requests the tiles
    if (view.tileManager()->pendingCount() > 0) {
        REQUIRE(idle.wait(10000));
    }
    QSignalSpy updated(&view, &MapView::overlayUpdated);
    while (!view.isOverlayCurrent()) {
        REQUIRE(updated.wait(5000));
    }
    const QImage image = view.grab().toImage();
    QDir().mkpath(QStringLiteral(TW_BINARY_DIR "/test-renders"));
    image.save(QStringLiteral(TW_BINARY_DIR "/test-renders/mapview-basemap.png"));
    // Land and sea, not the empty background.
    const QColor middle(image.pixel(image.width() / 2, image.height() / 2 + 60));
    CHECK(middle != QColor(0x0b, 0x1d, 0x33));
}
