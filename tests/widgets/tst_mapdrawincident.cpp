// Drawing on the map for incidents: an incident's area from its detail panel (saved through
// incident.update and shown in its level colour), and "Pick on map" in the phone report form.
#include <catch2/catch.hpp>

#include "drawing.h"
#include "incidentdetail.h"
#include "mapdrawcontroller.h"
#include "mapdrawtool.h"
#include "mapfeature.h"
#include "mapview.h"
#include "phonereportdialog.h"
#include "store.h"
#include "tilemanager.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tw;

namespace {

constexpr double kPixelDegrees = 2e-4;

bool near(LonLat a, LonLat b)
{
    return std::abs(a.lon - b.lon) < kPixelDegrees && std::abs(a.lat - b.lat) < kPixelDegrees;
}

// A window with the map and a side panel, the way the console puts them together.
struct ConsoleFixture {
    std::unique_ptr<Store> store;
    QWidget window;
    MapView *map;
    MapDrawController *controller;

    ConsoleFixture()
    {
        Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        map = new MapView(&window);
        map->tileManager()->setSources({});
        map->setView({120.1625, 30.2640}, 14.0);
        map->setFixedSize(800, 600);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(map);
        controller = new MapDrawController(store.get(), map, map);
    }
    void show()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        map->setView({120.1625, 30.2640}, 14.0);
    }
    QPoint at(LonLat point) const { return map->camera().toScreen(point).toPoint(); }
    void click(LonLat point) { QTest::mouseClick(map, Qt::LeftButton, {}, at(point)); }
    QString makeIncident(const QString &level)
    {
        const Result<MutationOutcome> created = store->apply(
            QStringLiteral("incident.create"),
            {{QStringLiteral("title"), QStringLiteral("Chemical leak")}, {QStringLiteral("category"), QStringLiteral("accident")},
             {QStringLiteral("lon"), 120.1625}, {QStringLiteral("lat"), 30.2640}});
        REQUIRE(created.ok());
        REQUIRE(store->apply(QStringLiteral("incident.setLevel"), {{QStringLiteral("id"), created->id}, {QStringLiteral("event_level"), level}}).ok());
        return created->id;
    }
    std::optional<MapDrawing> shown(const QString &id) const
    {
        for (const MapDrawing &d : map->drawings()) {
            if (d.id == id) {
                return d;
            }
        }
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("Draw area in the incident detail saves the polygon through incident.update and shows it in the level colour")
{
    ConsoleFixture f;
    auto *detail = new IncidentDetail(f.store.get(), &f.window);
    f.window.layout()->addWidget(detail);
    f.show();
    const QString id = f.makeIncident(QStringLiteral("II"));
    detail->setIncident(id);
    CHECK_FALSE(detail->clearAreaButton()->isEnabled());

    QTest::mouseClick(detail->drawAreaButton(), Qt::LeftButton);
    REQUIRE(f.map->drawTool()->mode() == MapDrawTool::Mode::IncidentArea);
    const QList<LonLat> corners{{120.1580, 30.2610}, {120.1680, 30.2610}, {120.1690, 30.2670}, {120.1590, 30.2680}};
    for (const LonLat &corner : corners.mid(0, 3)) {
        f.click(corner);
    }
    // The last corner with a double click, as a person ends it.
    QTest::mouseClick(f.map, Qt::LeftButton, {}, f.at(corners[3]));
    QTest::mouseDClick(f.map, Qt::LeftButton, {}, f.at(corners[3]));
    QTest::mouseRelease(f.map, Qt::LeftButton, {}, f.at(corners[3]));

    const LoggedMutation saved = f.store->outbox().last();
    CHECK(saved.mutation.name == QStringLiteral("incident.update"));
    CHECK(saved.mutation.args.value(QStringLiteral("id")).toString() == id);
    const Result<Record> incident = f.store->record(ResourceKind::Incidents, id);
    REQUIRE(incident.ok());
    const QList<LonLat> ring = areaPolygonRing(incident->text(QStringLiteral("area")));
    REQUIRE(ring.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(near(ring[i], corners[i]));
    }
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::Select);

    // On the map as a polygon in the level II colour (the overlay fills it translucent).
    const std::optional<MapDrawing> area = f.shown(MapDrawController::areaDrawingId(id));
    REQUIRE(area);
    CHECK(area->shape == MapDrawing::Shape::Polygon);
    CHECK(area->color == eventLevelColor(QStringLiteral("II")));
    CHECK(area->label == QStringLiteral("Chemical leak"));
    // It is not a user drawing: the drawing tool does not offer it for editing.
    CHECK(f.map->drawTool()->currentDrawings().isEmpty());

    REQUIRE(QTest::qWaitFor([detail] { return detail->clearAreaButton()->isEnabled(); }, 5000));
    QTest::mouseClick(detail->clearAreaButton(), Qt::LeftButton);
    CHECK(f.store->record(ResourceKind::Incidents, id)->text(QStringLiteral("area")).isEmpty());
    REQUIRE(QTest::qWaitFor([&f, &id] { return !f.shown(MapDrawController::areaDrawingId(id)); }, 5000));
}

TEST_CASE("An incident area with too few corners is not saved, and Esc leaves the area tool")
{
    ConsoleFixture f;
    f.show();
    const QString id = f.makeIncident(QStringLiteral("III"));
    const qsizetype before = f.store->outbox().size();
    f.map->drawTool()->startIncidentArea(id, QStringLiteral("Chemical leak"));
    f.click({120.1580, 30.2610});
    f.click({120.1680, 30.2610});
    QTest::keyClick(f.map, Qt::Key_Return);
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::IncidentArea);
    QTest::keyClick(f.map, Qt::Key_Escape);
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::Select);
    CHECK(f.store->outbox().size() == before);
    CHECK(f.store->record(ResourceKind::Incidents, id)->text(QStringLiteral("area")).isEmpty());
}

TEST_CASE("Pick on map fills the phone report's point and pins it, Esc keeps the point")
{
    ConsoleFixture f;
    f.show();
    auto *dialog = new PhoneReportDialog(f.store.get(), &f.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    REQUIRE(dialog->pickButton()->isEnabled()); // it found the window's map

    QTest::mouseClick(dialog->pickButton(), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible()); // out of the way while the map is clicked
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::PickPoint);
    const LonLat place(120.1700, 30.2590);
    f.click(place);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->lonBox()->value() == Approx(place.lon).margin(kPixelDegrees));
    CHECK(dialog->latBox()->value() == Approx(place.lat).margin(kPixelDegrees));
    REQUIRE(f.map->drawTool()->marker());
    CHECK(near(*f.map->drawTool()->marker(), place));

    // Picking again and pressing Esc brings the form back unchanged.
    const double lon = dialog->lonBox()->value();
    QTest::mouseClick(dialog->pickButton(), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    QTest::keyClick(f.map, Qt::Key_Escape);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->lonBox()->value() == lon);
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::Select);

    // The incident is created at the picked point; closing the form removes the pin.
    dialog->whatEdit()->setPlainText(QStringLiteral("Smoke from a warehouse"));
    const Result<QString> created = dialog->create();
    REQUIRE(created.ok());
    const Result<Record> incident = f.store->record(ResourceKind::Incidents, created.value());
    REQUIRE(incident.ok());
    REQUIRE(incident->point);
    CHECK(near(*incident->point, place));
    dialog->reject();
    CHECK_FALSE(f.map->drawTool()->marker());
}

TEST_CASE("An incident's area is drawn filled translucent in its level colour, under a sketch in progress")
{
    ConsoleFixture f;
    f.show();
    const QString id = f.makeIncident(QStringLiteral("I"));
    const QList<LonLat> ring{{120.1500, 30.2560}, {120.1750, 30.2560}, {120.1750, 30.2720}, {120.1500, 30.2720}};
    REQUIRE(f.store->apply(QStringLiteral("incident.update"), {{QStringLiteral("id"), id}, {QStringLiteral("area"), areaPolygonJson(ring)}}).ok());
    REQUIRE(QTest::qWaitFor([&f, &id] { return f.shown(MapDrawController::areaDrawingId(id)).has_value(); }, 5000));
    QSignalSpy updated(f.map, &MapView::overlayUpdated);
    while (!f.map->isOverlayCurrent()) {
        REQUIRE(updated.wait(5000));
    }
    // A sketch in progress on top, with the hint over the map.
    f.map->drawTool()->start(MapDrawTool::Mode::Line);
    f.click({120.1550, 30.2700});
    f.click({120.1600, 30.2600});
    const QImage image = f.map->grab().toImage();
    QDir().mkpath(QStringLiteral(TW_BINARY_DIR "/test-renders"));
    image.save(QStringLiteral(TW_BINARY_DIR "/test-renders/mapdraw-area.png"));
    const QColor inside(image.pixel(f.at({120.1720, 30.2580})));
    const QColor outside(image.pixel(f.at({120.1450, 30.2580})));
    const QColor level = eventLevelColor(QStringLiteral("I"));
    // Tinted towards the level colour (red), yet translucent: not the colour itself.
    CHECK(inside.red() > outside.red() + 20);
    CHECK(inside.red() < level.red() - 40);
}

TEST_CASE("The map's context menu on an incident starts drawing that incident's area")
{
    ConsoleFixture f;
    f.show();
    const QString id = f.makeIncident(QStringLiteral("IV"));
    QSignalSpy layers(f.map, &MapView::layersChanged);
    f.map->setLayerRecords(ResourceKind::Incidents, f.store->records(ResourceKind::Incidents));
    REQUIRE(layers.wait(5000));
    QSignalSpy updated(f.map, &MapView::overlayUpdated);
    while (!f.map->isOverlayCurrent()) {
        REQUIRE(updated.wait(5000));
    }
    const QPoint marker = f.at({120.1625, 30.2640});
    QContextMenuEvent event(QContextMenuEvent::Mouse, marker, f.map->mapToGlobal(marker));
    QApplication::sendEvent(f.map, &event);
    QAction *drawArea = nullptr;
    QMenu *menu = nullptr;
    for (QMenu *candidate : f.map->findChildren<QMenu *>(Qt::FindDirectChildrenOnly)) {
        for (QAction *action : candidate->actions()) {
            if (action->text().startsWith(QStringLiteral("Draw the area"))) {
                drawArea = action;
                menu = candidate;
            }
        }
    }
    REQUIRE(drawArea);
    drawArea->trigger();
    menu->close();
    CHECK(f.map->drawTool()->mode() == MapDrawTool::Mode::IncidentArea);
    CHECK(f.map->drawTool()->incidentAreaId() == id);
    for (const LonLat &corner : QList<LonLat>{{120.1580, 30.2610}, {120.1680, 30.2610}, {120.1690, 30.2670}}) {
        f.click(corner);
    }
    QTest::keyClick(f.map, Qt::Key_Return);
    CHECK(areaPolygonRing(f.store->record(ResourceKind::Incidents, id)->text(QStringLiteral("area"))).size() == 3);
    const std::optional<MapDrawing> area = f.shown(MapDrawController::areaDrawingId(id));
    REQUIRE(area);
    CHECK(area->color == eventLevelColor(QStringLiteral("IV")));
}

