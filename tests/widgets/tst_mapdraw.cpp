// The map's drawing tools driven with real mouse and key events: each shape becomes a
// drawing.create, edits become drawing.update / drawing.delete, refused ones write nothing, and
// drawings come back when the database is reopened.
#include <catch2/catch.hpp>

#include "drawing.h"
#include "mapdrawcontroller.h"
#include "mapdrawpanel.h"
#include "mapdrawtool.h"
#include "mapview.h"
#include "store.h"
#include "tilemanager.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tw;

namespace {

constexpr double kPixelDegrees = 2e-4; // a little over a pixel at zoom 14 in Hangzhou

std::unique_ptr<Store> openStore(const QString &path = QStringLiteral(":memory:"))
{
    Result<std::unique_ptr<Store>> store = Store::open(path);
    INFO(store.errorString().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

bool near(LonLat a, LonLat b)
{
    return std::abs(a.lon - b.lon) < kPixelDegrees && std::abs(a.lat - b.lat) < kPixelDegrees;
}

// A map over an empty or given store with the drawing controller wired, as the console has it.
struct DrawFixture {
    std::unique_ptr<Store> store;
    MapView view;
    MapDrawController *controller;

    explicit DrawFixture(std::unique_ptr<Store> opened = openStore()) : store(std::move(opened))
    {
        view.resize(800, 600);
        view.tileManager()->setSources({}); // no basemap: these tests are about drawing
        view.setView({120.1625, 30.2640}, 14.0);
        controller = new MapDrawController(store.get(), &view, &view);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    MapDrawTool *tool() const { return view.drawTool(); }
    QPoint at(LonLat point) const { return view.camera().toScreen(point).toPoint(); }
    void click(LonLat point) { QTest::mouseClick(&view, Qt::LeftButton, {}, at(point)); }
    // What a person's double click delivers: press, release, double click, release.
    void doubleClick(LonLat point)
    {
        QTest::mouseClick(&view, Qt::LeftButton, {}, at(point));
        QTest::mouseDClick(&view, Qt::LeftButton, {}, at(point));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, at(point));
    }
    void send(QEvent::Type type, QPointF position, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, position, view.mapToGlobal(position), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(&view, &event);
    }
    // A drag with a few moves in between, as a hand makes it.
    void drag(QPointF from, QPointF to)
    {
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 5; ++step) {
            send(QEvent::MouseMove, from + (to - from) * (step / 5.0), Qt::NoButton, Qt::LeftButton);
        }
        send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    LoggedMutation lastMutation() const
    {
        const QList<LoggedMutation> outbox = store->outbox();
        REQUIRE(!outbox.isEmpty());
        return outbox.last();
    }
    Drawing onlyDrawing() const
    {
        const QList<Drawing> drawings = readDrawings(*store);
        REQUIRE(drawings.size() == 1);
        return drawings.first();
    }
    QString createLine(const QList<LonLat> &points)
    {
        Drawing line;
        line.shape = Drawing::Shape::Line;
        line.points = points;
        const Result<MutationOutcome> created = store->apply(QStringLiteral("drawing.create"), line.createArgs());
        REQUIRE(created.ok());
        // The controller reloads from the store after the commit.
        REQUIRE(QTest::qWaitFor([this] { return tool()->currentDrawings().size() == readDrawings(*store).size(); }, 5000));
        return created->id;
    }
};

} // namespace

TEST_CASE("Drawing a point with a click creates a point drawing and its label is typed next")
{
    DrawFixture f;
    const LonLat place(120.1600, 30.2620);
    f.tool()->action(MapDrawTool::Mode::Point)->trigger();
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Point);
    f.click(place);
    const LoggedMutation created = f.lastMutation();
    CHECK(created.mutation.name == QStringLiteral("drawing.create"));
    CHECK(created.mutation.args.value(QStringLiteral("shape")).toString() == QStringLiteral("point"));
    const Drawing point = f.onlyDrawing();
    REQUIRE(point.points.size() == 1);
    CHECK(near(point.points.first(), place));
    // The new drawing is selected with its label box ready.
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Select);
    CHECK(f.tool()->selectedId() == point.id);
    QLineEdit *label = f.view.drawPanel()->labelEdit();
    REQUIRE(label->isVisible());
    QTest::keyClicks(label, QStringLiteral("Command post"));
    QTest::keyClick(label, Qt::Key_Return);
    CHECK(f.lastMutation().mutation.name == QStringLiteral("drawing.update"));
    CHECK(f.onlyDrawing().label == QStringLiteral("Command post"));
}

TEST_CASE("Drawing a line: clicks add points and a double click finishes it")
{
    DrawFixture f;
    const QList<LonLat> path{{120.1550, 30.2600}, {120.1620, 30.2660}, {120.1700, 30.2610}};
    f.tool()->action(MapDrawTool::Mode::Line)->trigger();
    f.click(path[0]);
    f.click(path[1]);
    CHECK(readDrawings(*f.store).isEmpty()); // nothing is written while sketching
    f.doubleClick(path[2]);
    const Drawing line = f.onlyDrawing();
    CHECK(line.shape == Drawing::Shape::Line);
    REQUIRE(line.points.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(near(line.points[i], path[i]));
    }
    CHECK(f.view.camera().zoom() == Approx(14.0)); // the double click did not zoom
    CHECK(f.lastMutation().mutation.args.value(QStringLiteral("points")).toArray().size() == 3);
}

TEST_CASE("Drawing a polygon: Enter or a click on the first corner finishes it, in the chosen colour")
{
    DrawFixture f;
    const QList<LonLat> corners{{120.1550, 30.2600}, {120.1650, 30.2600}, {120.1650, 30.2680}};
    f.view.drawPanel()->colorButton()->menu()->actions().at(1)->trigger(); // red
    f.tool()->action(MapDrawTool::Mode::Polygon)->trigger();
    for (const LonLat &corner : corners) {
        f.click(corner);
    }
    f.click(corners.first()); // closes the ring
    Drawing polygon = f.onlyDrawing();
    CHECK(polygon.shape == Drawing::Shape::Polygon);
    CHECK(polygon.points.size() == 3);
    CHECK(polygon.color == MapDrawPanel::palette().at(1).first.name());

    f.tool()->action(MapDrawTool::Mode::Polygon)->trigger();
    for (const LonLat &corner : corners) {
        f.click(LonLat(corner.lon + 0.01, corner.lat));
    }
    QTest::keyClick(&f.view, Qt::Key_Return);
    const QList<Drawing> drawings = readDrawings(*f.store);
    REQUIRE(drawings.size() == 2);
    CHECK(near(drawings[1].points[0], LonLat(120.1650, 30.2600)));
}

TEST_CASE("Drawing a circle: the centre, then the edge")
{
    DrawFixture f;
    const LonLat centre(120.1625, 30.2640);
    f.tool()->action(MapDrawTool::Mode::Circle)->trigger();
    f.click(centre);
    const QPoint edge = f.at(centre) + QPoint(150, 0);
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, edge);
    const Drawing circle = f.onlyDrawing();
    CHECK(circle.shape == Drawing::Shape::Circle);
    CHECK(near(circle.points.first(), centre));
    CHECK(circle.radiusMeters == Approx(150 * f.view.camera().metersPerPixel()).epsilon(0.02));
}

TEST_CASE("Esc cancels a sketch and too few points finish nothing")
{
    DrawFixture f;
    f.tool()->action(MapDrawTool::Mode::Polygon)->trigger();
    f.click({120.1550, 30.2600});
    f.click({120.1650, 30.2600});
    const qsizetype before = f.store->outbox().size();
    QTest::keyClick(&f.view, Qt::Key_Return); // two corners are not a polygon
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Polygon);
    CHECK(f.tool()->sketchPoints().size() == 2);
    QTest::keyClick(&f.view, Qt::Key_Escape);
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Select);
    CHECK(f.tool()->sketchPoints().isEmpty());
    CHECK(f.store->outbox().size() == before);
    CHECK(readDrawings(*f.store).isEmpty());
    CHECK_FALSE(f.tool()->action(MapDrawTool::Mode::Polygon)->isChecked());
}

TEST_CASE("Dragging a vertex of the selected drawing updates it, dragging its body moves it, Delete removes it")
{
    DrawFixture f;
    const QList<LonLat> path{{120.1550, 30.2600}, {120.1700, 30.2600}};
    const QString id = f.createLine(path);
    // Select it with a click on the line.
    f.click(LonLat(120.1625, 30.2600));
    REQUIRE(f.tool()->selectedId() == id);
    // Selected, it shows a handle on each vertex.
    const QImage selected = f.view.grab().toImage();
    QDir().mkpath(QStringLiteral(TW_BINARY_DIR "/test-renders"));
    selected.save(QStringLiteral(TW_BINARY_DIR "/test-renders/mapdraw-selected.png"));
    CHECK(QColor(selected.pixel(f.at(path[0]))) == QColor(Qt::white));
    CHECK(QColor(selected.pixel(f.at(path[1]))) == QColor(Qt::white));

    const LonLat target(120.1580, 30.2660);
    f.drag(f.at(path[0]), f.at(target));
    CHECK(f.lastMutation().mutation.name == QStringLiteral("drawing.update"));
    Drawing line = f.onlyDrawing();
    CHECK(near(line.points[0], target));
    CHECK(near(line.points[1], path[1]));
    CHECK(f.view.camera().center().lon == Approx(120.1625)); // the map did not pan

    // Three quarters along the line: on its body, away from the handles.
    const QPointF onLine = (QPointF(f.at(line.points[0])) * 0.25 + QPointF(f.at(line.points[1])) * 0.75);
    const LonLat secondBefore = line.points[1];
    f.drag(onLine, onLine + QPointF(0, 40));
    line = f.onlyDrawing();
    CHECK(line.points.size() == 2);
    CHECK(line.points[1].lat < secondBefore.lat); // moved down the screen, south
    CHECK(line.points[1].lon == Approx(secondBefore.lon).margin(kPixelDegrees));

    QTest::keyClick(&f.view, Qt::Key_Delete);
    CHECK(f.lastMutation().mutation.name == QStringLiteral("drawing.delete"));
    CHECK(readDrawings(*f.store).isEmpty());
    CHECK(f.tool()->selectedId().isEmpty());
}

TEST_CASE("Dragging a circle's edge handle changes its radius")
{
    DrawFixture f;
    Drawing circle;
    circle.shape = Drawing::Shape::Circle;
    circle.points = {LonLat(120.1625, 30.2640)};
    circle.radiusMeters = 300;
    REQUIRE(f.store->apply(QStringLiteral("drawing.create"), circle.createArgs()).ok());
    REQUIRE(QTest::qWaitFor([&f] { return f.tool()->currentDrawings().size() == 1; }, 5000));
    f.click(circle.points.first());
    REQUIRE(!f.tool()->selectedId().isEmpty());
    const double pixels = 300 / f.view.camera().metersPerPixel();
    const QPointF edge = QPointF(f.at(circle.points.first())) + QPointF(pixels, 0);
    f.drag(edge, edge + QPointF(100, 0));
    CHECK(f.onlyDrawing().radiusMeters == Approx((pixels + 100) * f.view.camera().metersPerPixel()).epsilon(0.03));
}

TEST_CASE("A drawing the store refuses is reported with its field and writes nothing")
{
    DrawFixture f;
    QSignalSpy messages(f.controller, &MapDrawController::statusMessage);
    const qsizetype before = f.store->outbox().size();
    MapDrawing bad;
    bad.shape = MapDrawing::Shape::Line;
    bad.points = {LonLat(120.16, 30.26), LonLat(std::numeric_limits<double>::quiet_NaN(), 30.27)};
    Q_EMIT f.tool()->drawingFinished(bad);
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("points[1].lon")));
    MapDrawing circle;
    circle.shape = MapDrawing::Shape::Circle;
    circle.points = {LonLat(120.16, 30.26)};
    circle.radiusMeters = -10;
    Q_EMIT f.tool()->drawingFinished(circle);
    REQUIRE(messages.count() == 2);
    CHECK(messages.at(1).at(0).toString().contains(QStringLiteral("radius_m")));
    CHECK(f.store->outbox().size() == before);
    CHECK(readDrawings(*f.store).isEmpty());
    CHECK(f.tool()->currentDrawings().isEmpty());
}

TEST_CASE("Drawings are shown again after the database is reopened")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    const QList<LonLat> path2{{120.1550, 30.2600}, {120.1700, 30.2650}};
    {
        DrawFixture f(openStore(path));
        f.tool()->action(MapDrawTool::Mode::Line)->trigger();
        f.click(path2[0]);
        f.doubleClick(path2[1]);
        QTest::keyClicks(f.view.drawPanel()->labelEdit(), QStringLiteral("Detour"));
        QTest::keyClick(f.view.drawPanel()->labelEdit(), Qt::Key_Return);
        REQUIRE(f.onlyDrawing().label == QStringLiteral("Detour"));
    }
    DrawFixture reopened(openStore(path));
    const QList<MapDrawing> shown = reopened.tool()->currentDrawings();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().label == QStringLiteral("Detour"));
    CHECK(shown.first().shape == MapDrawing::Shape::Line);
    CHECK(near(shown.first().points.last(), path2[1]));
    bool onMap = false;
    for (const MapDrawing &d : reopened.view.drawings()) {
        onMap = onMap || d.id == shown.first().id;
    }
    CHECK(onMap);
}

TEST_CASE("While the drawings are not editable (replay) clicks neither sketch nor select, and nothing is written")
{
    DrawFixture f;
    const QList<LonLat> path{{120.1550, 30.2600}, {120.1700, 30.2600}};
    f.createLine(path);
    f.tool()->action(MapDrawTool::Mode::Line)->trigger();
    f.click(path[0]);
    f.tool()->setEditable(false);
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Select); // the sketch is dropped
    CHECK_FALSE(f.tool()->action(MapDrawTool::Mode::Polygon)->isEnabled());
    const qsizetype before = f.store->outbox().size();
    f.tool()->start(MapDrawTool::Mode::Point);
    CHECK(f.tool()->mode() == MapDrawTool::Mode::Select);
    f.click(LonLat(120.1625, 30.2600)); // on the line
    CHECK(f.tool()->selectedId().isEmpty());
    QTest::keyClick(&f.view, Qt::Key_Delete);
    CHECK(f.store->outbox().size() == before);
    CHECK(f.tool()->currentDrawings().size() == 1); // still shown

    f.tool()->setEditable(true);
    f.click(LonLat(120.1625, 30.2600));
    CHECK_FALSE(f.tool()->selectedId().isEmpty());
}
