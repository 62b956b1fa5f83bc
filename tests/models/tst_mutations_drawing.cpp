#include "tst_storefixture.h"

#include "drawing.h"

#include <QTemporaryDir>

#include <limits>

using namespace tw;
using namespace tw::test;

namespace {

QJsonArray pairs(std::initializer_list<std::pair<double, double>> points)
{
    QJsonArray array;
    for (const auto &[lon, lat] : points) {
        array.append(QJsonArray{lon, lat});
    }
    return array;
}

std::optional<Drawing> drawingById(const Store &store, const QString &id)
{
    for (const Drawing &d : readDrawings(store)) {
        if (d.id == id) {
            return d;
        }
    }
    return std::nullopt;
}

QString makeFireIncident(Store &store)
{
    return mustApply(store, QStringLiteral("incident.create"),
                     {{QStringLiteral("title"), QStringLiteral("Warehouse fire")},
                      {QStringLiteral("category"), QStringLiteral("accident")},
                      {QStringLiteral("lon"), 120.16},
                      {QStringLiteral("lat"), 30.27}});
}

} // namespace

TEST_CASE("drawing.create stores each shape and logs it to the outbox")
{
    auto store = openStore();
    const qsizetype outboxBefore = store->outbox().size();
    const QString point = mustApply(*store, QStringLiteral("drawing.create"),
                                    {{QStringLiteral("shape"), QStringLiteral("point")},
                                     {QStringLiteral("points"), pairs({{120.15, 30.27}})},
                                     {QStringLiteral("label"), QStringLiteral("Command post")}});
    const QString line = mustApply(*store, QStringLiteral("drawing.create"),
                                   {{QStringLiteral("shape"), QStringLiteral("line")},
                                    {QStringLiteral("points"), pairs({{120.15, 30.27}, {120.16, 30.28}, {120.17, 30.27}})},
                                    {QStringLiteral("color"), QStringLiteral("#D32F2F")}});
    // A closed ring is stored open.
    const QString polygon = mustApply(*store, QStringLiteral("drawing.create"),
                                      {{QStringLiteral("shape"), QStringLiteral("polygon")},
                                       {QStringLiteral("points"),
                                        pairs({{120.10, 30.20}, {120.12, 30.20}, {120.12, 30.22}, {120.10, 30.20}})}});
    const QString circle = mustApply(*store, QStringLiteral("drawing.create"),
                                     {{QStringLiteral("id"), QStringLiteral("cordon-1")},
                                      {QStringLiteral("shape"), QStringLiteral("circle")},
                                      {QStringLiteral("points"), pairs({{120.2, 30.3}})},
                                      {QStringLiteral("radius_m"), 500},
                                      {QStringLiteral("label"), QStringLiteral("Evacuation radius")}});
    CHECK(circle == QStringLiteral("cordon-1"));

    const QList<Drawing> drawings = readDrawings(*store);
    REQUIRE(drawings.size() == 4);
    CHECK(drawings[0].id == point);
    CHECK(drawings[0].shape == Drawing::Shape::Point);
    CHECK(drawings[0].label == QStringLiteral("Command post"));
    CHECK(drawings[0].createdBy == QStringLiteral("duty-officer"));
    CHECK(drawings[1].id == line);
    CHECK(drawings[1].points.size() == 3);
    CHECK(drawings[1].color == QStringLiteral("#d32f2f"));
    CHECK(drawings[2].id == polygon);
    CHECK(drawings[2].points.size() == 3);
    CHECK(drawings[3].radiusMeters == Approx(500));
    CHECK(drawings[3].points.first() == LonLat(120.2, 30.3));

    // Every create is in the outbox, with the generated id in its arguments so replicas agree.
    const QList<LoggedMutation> outbox = store->outbox();
    REQUIRE(outbox.size() == outboxBefore + 4);
    CHECK(outbox.last().mutation.name == QStringLiteral("drawing.create"));
    CHECK(outbox[outboxBefore].mutation.args.value(QStringLiteral("id")).toString() == point);
}

TEST_CASE("invalid drawings are refused with the field named and nothing written")
{
    auto store = openStore();
    const QString existing = mustApply(*store, QStringLiteral("drawing.create"),
                                       {{QStringLiteral("shape"), QStringLiteral("line")},
                                        {QStringLiteral("points"), pairs({{120.15, 30.27}, {120.16, 30.28}})}});
    const auto before = rowCounts(*store);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    struct Case {
        const char *what;
        QJsonObject args;
        const char *field;
    };
    const QList<Case> cases{
        {"a line with one point", {{"shape", "line"}, {"points", pairs({{120.1, 30.2}})}}, "points"},
        {"a line with one point twice", {{"shape", "line"}, {"points", pairs({{120.1, 30.2}, {120.1, 30.2}})}}, "points"},
        {"a polygon with two corners", {{"shape", "polygon"}, {"points", pairs({{120.1, 30.2}, {120.2, 30.2}})}}, "points"},
        {"a point with two points", {{"shape", "point"}, {"points", pairs({{120.1, 30.2}, {120.2, 30.2}})}}, "points"},
        {"no points", {{"shape", "polygon"}}, "points"},
        {"points that are not a list", {{"shape", "point"}, {"points", "120.1,30.2"}}, "points"},
        {"a vertex that is not a pair", {{"shape", "line"}, {"points", QJsonArray{QJsonArray{120.1, 30.2}, 5}}}, "points[1]"},
        {"a latitude that is text", {{"shape", "point"}, {"points", QJsonArray{QJsonArray{120.1, "north"}}}}, "points[0].lat"},
        {"a NaN longitude", {{"shape", "line"}, {"points", pairs({{120.1, 30.2}, {nan, 30.3}})}}, "points[1].lon"},
        {"a latitude out of range", {{"shape", "point"}, {"points", pairs({{120.1, 95.0}})}}, "points[0].lat"},
        {"a longitude out of range", {{"shape", "line"}, {"points", pairs({{120.1, 30.2}, {181.0, 30.2}})}}, "points[1].lon"},
        {"a negative radius", {{"shape", "circle"}, {"points", pairs({{120.1, 30.2}})}, {"radius_m", -5}}, "radius_m"},
        {"a circle without radius", {{"shape", "circle"}, {"points", pairs({{120.1, 30.2}})}}, "radius_m"},
        {"a radius on a line", {{"shape", "line"}, {"points", pairs({{120.1, 30.2}, {120.2, 30.2}})}, {"radius_m", 10}}, "radius_m"},
        {"an unknown shape", {{"shape", "star"}, {"points", pairs({{120.1, 30.2}})}}, "shape"},
        {"a colour by name", {{"shape", "point"}, {"points", pairs({{120.1, 30.2}})}, {"color", "red"}}, "color"},
        {"a label too long", {{"shape", "point"}, {"points", pairs({{120.1, 30.2}})}, {"label", QString(201, QLatin1Char('x'))}}, "label"},
        {"a misspelt argument", {{"shape", "point"}, {"points", pairs({{120.1, 30.2}})}, {"colour", "#ff0000"}}, "colour"},
        {"an id already taken", {{"id", existing}, {"shape", "point"}, {"points", pairs({{120.1, 30.2}})}}, "id"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Error error = mustFail(*store, QStringLiteral("drawing.create"), c.args);
        CHECK(error.field == QLatin1String(c.field));
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("drawing.update moves vertices and relabels, an invalid update changes nothing")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("drawing.create"),
                                 {{QStringLiteral("shape"), QStringLiteral("polygon")},
                                  {QStringLiteral("points"), pairs({{120.10, 30.20}, {120.12, 30.20}, {120.12, 30.22}})}});
    mustApply(*store, QStringLiteral("drawing.update"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("points"), pairs({{120.10, 30.20}, {120.13, 30.19}, {120.12, 30.22}, {120.10, 30.22}})},
               {QStringLiteral("label"), QStringLiteral("Flooded blocks")}});
    std::optional<Drawing> drawing = drawingById(*store, id);
    REQUIRE(drawing);
    CHECK(drawing->points.size() == 4);
    CHECK(drawing->points[1] == LonLat(120.13, 30.19));
    CHECK(drawing->label == QStringLiteral("Flooded blocks"));

    const auto before = rowCounts(*store);
    const qsizetype logBefore = store->mutationLog().size();
    CHECK(mustFail(*store, QStringLiteral("drawing.update"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("points"), pairs({{120.1, 30.2}, {120.2, 30.2}})}})
              .field == QStringLiteral("points"));
    CHECK(mustFail(*store, QStringLiteral("drawing.update"), {{QStringLiteral("id"), id}, {QStringLiteral("radius_m"), 20}})
              .field == QStringLiteral("radius_m"));
    CHECK(mustFail(*store, QStringLiteral("drawing.update"), {{QStringLiteral("id"), id}}).field == QStringLiteral("id"));
    CHECK(mustFail(*store, QStringLiteral("drawing.update"), {{QStringLiteral("id"), QStringLiteral("ghost")}, {QStringLiteral("label"), QStringLiteral("x")}})
              .field == QStringLiteral("id"));
    CHECK(mustFail(*store, QStringLiteral("drawing.update"), {{QStringLiteral("id"), id}, {QStringLiteral("shape"), QStringLiteral("line")}})
              .field == QStringLiteral("shape"));
    CHECK(rowCounts(*store) == before);
    CHECK(store->mutationLog().size() == logBefore);
    drawing = drawingById(*store, id);
    REQUIRE(drawing);
    CHECK(drawing->points.size() == 4);
}

TEST_CASE("drawing.delete removes the drawing, an unknown id is refused")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("drawing.create"),
                                 {{QStringLiteral("shape"), QStringLiteral("circle")},
                                  {QStringLiteral("points"), pairs({{120.2, 30.3}})},
                                  {QStringLiteral("radius_m"), 250}});
    mustApply(*store, QStringLiteral("drawing.delete"), {{QStringLiteral("id"), id}});
    CHECK(readDrawings(*store).isEmpty());
    CHECK(mustFail(*store, QStringLiteral("drawing.delete"), {{QStringLiteral("id"), id}}).field == QStringLiteral("id"));
    CHECK(store->outbox().last().mutation.name == QStringLiteral("drawing.delete"));
}

TEST_CASE("drawings are still there after the database is reopened")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    QString id;
    {
        auto store = openStore(path);
        id = mustApply(*store, QStringLiteral("drawing.create"),
                       {{QStringLiteral("shape"), QStringLiteral("line")},
                        {QStringLiteral("points"), pairs({{120.15, 30.27}, {120.16, 30.28}})},
                        {QStringLiteral("label"), QStringLiteral("Detour")}});
    }
    auto reopened = openStore(path);
    const std::optional<Drawing> drawing = drawingById(*reopened, id);
    REQUIRE(drawing);
    CHECK(drawing->label == QStringLiteral("Detour"));
    CHECK(drawing->points == QList<LonLat>{LonLat(120.15, 30.27), LonLat(120.16, 30.28)});
}

TEST_CASE("an older label pulled from the server loses to a newer local one")
{
    auto store = openStore();
    const QString id = mustApply(*store, QStringLiteral("drawing.create"),
                                 {{QStringLiteral("shape"), QStringLiteral("point")}, {QStringLiteral("points"), pairs({{120.15, 30.27}})}});
    mustApply(*store, QStringLiteral("drawing.update"), {{QStringLiteral("id"), id}, {QStringLiteral("label"), QStringLiteral("newer")}});
    const Hlc local = store->outbox().last().mutation.hlc;
    Mutation older;
    older.name = QStringLiteral("drawing.update");
    older.args = {{QStringLiteral("id"), id}, {QStringLiteral("label"), QStringLiteral("older")},
                  {QStringLiteral("points"), pairs({{120.5, 30.5}})}};
    older.hlc = Hlc{local.wallMs - 5000, 0, QStringLiteral("field-laptop")};
    older.clientId = QStringLiteral("field-laptop");
    older.clientSeq = 1;
    REQUIRE(store->applyRemote(older, 3).ok());
    std::optional<Drawing> drawing = drawingById(*store, id);
    REQUIRE(drawing);
    CHECK(drawing->label == QStringLiteral("newer"));
    // Its geometry had no newer local change: that group takes the pulled value.
    CHECK(drawing->points.first() == LonLat(120.5, 30.5));
}

TEST_CASE("an incident's area is stored as a GeoJSON polygon and read back as a ring")
{
    auto store = openStore();
    const QString incident = makeFireIncident(*store);
    const QList<LonLat> ring{{120.15, 30.26}, {120.17, 30.26}, {120.17, 30.28}};
    const QJsonObject area = areaPolygonJson(ring);
    CHECK(area.value(QStringLiteral("type")).toString() == QStringLiteral("Polygon"));
    CHECK(area.value(QStringLiteral("coordinates")).toArray().at(0).toArray().size() == 4); // closed
    mustApply(*store, QStringLiteral("incident.update"), {{QStringLiteral("id"), incident}, {QStringLiteral("area"), area}});
    const QList<IncidentArea> areas = readIncidentAreas(*store);
    REQUIRE(areas.size() == 1);
    CHECK(areas.first().incidentId == incident);
    CHECK(areas.first().title == QStringLiteral("Warehouse fire"));
    CHECK(areas.first().ring == ring);
    CHECK(areaPolygonRing(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[1,2]}")).isEmpty());
    mustApply(*store, QStringLiteral("incident.update"), {{QStringLiteral("id"), incident}, {QStringLiteral("area"), QJsonValue()}});
    CHECK(readIncidentAreas(*store).isEmpty());
}

TEST_CASE("an incident's area that is not a valid polygon is refused and nothing is written")
{
    auto store = openStore();
    const QString incident = makeFireIncident(*store);
    const QMap<QString, qint64> before = rowCounts(*store);
    const QJsonObject point{{QStringLiteral("type"), QStringLiteral("Point")},
                            {QStringLiteral("coordinates"), QJsonArray{120.1, 30.2}}};
    const QJsonObject twoCorners = areaPolygonJson({{120.15, 30.26}, {120.17, 30.26}});
    const QJsonObject outOfRange = areaPolygonJson({{120.15, 30.26}, {220.17, 30.26}, {120.17, 30.28}});
    for (const QJsonObject &area : {point, twoCorners, outOfRange}) {
        const Error error = mustFail(*store, QStringLiteral("incident.update"),
                                     {{QStringLiteral("id"), incident}, {QStringLiteral("area"), area}});
        CHECK(error.field.startsWith(QStringLiteral("area")));
    }
    const Error created = mustFail(*store, QStringLiteral("incident.create"),
                                   {{QStringLiteral("title"), QStringLiteral("Bad area")},
                                    {QStringLiteral("category"), QStringLiteral("accident")},
                                    {QStringLiteral("lon"), 120.1},
                                    {QStringLiteral("lat"), 30.2},
                                    {QStringLiteral("area"), point}});
    CHECK(created.field == QStringLiteral("area"));
    CHECK(rowCounts(*store) == before);
}
