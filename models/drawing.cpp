#include "drawing.h"

#include "logging.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace tw {

namespace {

struct ShapeName {
    Drawing::Shape shape;
    const char *name;
};

constexpr ShapeName kShapeNames[] = {
    {Drawing::Shape::Point, "point"},
    {Drawing::Shape::Line, "line"},
    {Drawing::Shape::Polygon, "polygon"},
    {Drawing::Shape::Circle, "circle"},
};

// The fewest distinct points each shape needs.
int minimumPoints(Drawing::Shape shape)
{
    switch (shape) {
    case Drawing::Shape::Line:
        return 2;
    case Drawing::Shape::Polygon:
        return 3;
    case Drawing::Shape::Point:
    case Drawing::Shape::Circle:
        break;
    }
    return 1;
}

int distinctCount(const QList<LonLat> &points)
{
    QList<LonLat> seen;
    for (const LonLat &p : points) {
        if (!seen.contains(p)) {
            seen << p;
            if (seen.size() >= 3) {
                break; // enough for every rule
            }
        }
    }
    return int(seen.size());
}

} // namespace

QJsonObject Drawing::createArgs() const
{
    QJsonObject args{{QStringLiteral("shape"), drawingShapeName(shape)},
                     {QStringLiteral("points"), lonLatListToJson(points)},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("color"), color}};
    if (!id.isEmpty()) {
        args.insert(QStringLiteral("id"), id);
    }
    if (shape == Shape::Circle) {
        args.insert(QStringLiteral("radius_m"), radiusMeters);
    }
    if (!exerciseId.isEmpty()) {
        args.insert(QStringLiteral("exercise_id"), exerciseId);
    }
    return args;
}

QString drawingShapeName(Drawing::Shape shape)
{
    for (const ShapeName &entry : kShapeNames) {
        if (entry.shape == shape) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

std::optional<Drawing::Shape> drawingShapeFromName(const QString &name)
{
    for (const ShapeName &entry : kShapeNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.shape;
        }
    }
    return std::nullopt;
}

QJsonArray lonLatListToJson(const QList<LonLat> &points)
{
    QJsonArray array;
    for (const LonLat &p : points) {
        array.append(QJsonArray{p.lon, p.lat});
    }
    return array;
}

Result<QList<LonLat>> lonLatListFromJson(const QJsonValue &value, const QString &key)
{
    if (!value.isArray()) {
        return fieldError(key, QCoreApplication::translate("tw::Store", "must be a list of [longitude, latitude] pairs"));
    }
    const QJsonArray array = value.toArray();
    if (array.size() > Drawing::kMaxVertices) {
        return fieldError(key, QCoreApplication::translate("tw::Store", "has %1 points; at most %2 are allowed")
                                   .arg(array.size())
                                   .arg(Drawing::kMaxVertices));
    }
    QList<LonLat> points;
    points.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(key).arg(i);
        const QJsonArray pair = array.at(i).toArray();
        if (!array.at(i).isArray() || pair.size() != 2) {
            return fieldError(place, QCoreApplication::translate("tw::Store", "must be a [longitude, latitude] pair"));
        }
        // A JSON document cannot hold NaN or infinity; a non-number here is the way they arrive.
        if (!pair.at(0).isDouble()) {
            return fieldError(place + QStringLiteral(".lon"), QCoreApplication::translate("tw::Store", "must be a number"));
        }
        if (!pair.at(1).isDouble()) {
            return fieldError(place + QStringLiteral(".lat"), QCoreApplication::translate("tw::Store", "must be a number"));
        }
        points.append(LonLat(pair.at(0).toDouble(), pair.at(1).toDouble()));
    }
    return points;
}

Result<QList<LonLat>> checkDrawingGeometry(Drawing::Shape shape, const QList<LonLat> &points, double radiusMeters,
                                           const QString &key)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        const LonLat &p = points[i];
        const QString place = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!std::isfinite(p.lon) || p.lon < -180.0 || p.lon > 180.0) {
            return fieldError(place + QStringLiteral(".lon"),
                              QCoreApplication::translate("tw::Store", "must be a longitude from -180 to 180 (got %1)").arg(p.lon));
        }
        if (!std::isfinite(p.lat) || p.lat < -90.0 || p.lat > 90.0) {
            return fieldError(place + QStringLiteral(".lat"),
                              QCoreApplication::translate("tw::Store", "must be a latitude from -90 to 90 (got %1)").arg(p.lat));
        }
    }
    QList<LonLat> normalised = points;
    if (shape == Drawing::Shape::Polygon && normalised.size() > 1 && normalised.first() == normalised.last()) {
        normalised.removeLast(); // stored as an open ring
    }
    const bool single = shape == Drawing::Shape::Point || shape == Drawing::Shape::Circle;
    if (single && normalised.size() != 1) {
        return fieldError(key, QCoreApplication::translate("tw::Store", "a %1 has exactly one point (got %2)")
                                   .arg(drawingShapeName(shape))
                                   .arg(normalised.size()));
    }
    const int needed = minimumPoints(shape);
    if (!single && distinctCount(normalised) < needed) {
        return fieldError(key, QCoreApplication::translate("tw::Store", "a %1 needs at least %2 different points (got %3)")
                                   .arg(drawingShapeName(shape))
                                   .arg(needed)
                                   .arg(distinctCount(normalised)));
    }
    if (normalised.size() > Drawing::kMaxVertices) {
        return fieldError(key, QCoreApplication::translate("tw::Store", "has %1 points; at most %2 are allowed")
                                   .arg(normalised.size())
                                   .arg(Drawing::kMaxVertices));
    }
    const QString radiusKey = QStringLiteral("radius_m");
    if (shape == Drawing::Shape::Circle) {
        if (!std::isfinite(radiusMeters) || radiusMeters <= 0.0 || radiusMeters > Drawing::kMaxRadiusMeters) {
            return fieldError(radiusKey, QCoreApplication::translate("tw::Store", "must be more than 0 and at most %1 metres")
                                             .arg(Drawing::kMaxRadiusMeters, 0, 'f', 0));
        }
    } else if (radiusMeters != 0.0) {
        return fieldError(radiusKey, QCoreApplication::translate("tw::Store", "only a circle has a radius"));
    }
    return normalised;
}

QJsonObject areaPolygonJson(const QList<LonLat> &ring)
{
    QList<LonLat> closed = ring;
    if (!closed.isEmpty() && !(closed.first() == closed.last())) {
        closed.append(closed.first());
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                       {QStringLiteral("coordinates"), QJsonArray{lonLatListToJson(closed)}}};
}

QList<LonLat> areaPolygonRing(const QString &areaJson)
{
    if (areaJson.trimmed().isEmpty()) {
        return {};
    }
    const QJsonObject geometry = QJsonDocument::fromJson(areaJson.toUtf8()).object();
    if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("Polygon")) {
        return {};
    }
    Result<QList<LonLat>> ring =
        lonLatListFromJson(geometry.value(QStringLiteral("coordinates")).toArray().at(0), QStringLiteral("area"));
    if (!ring) {
        return {};
    }
    Result<QList<LonLat>> checked = checkDrawingGeometry(Drawing::Shape::Polygon, ring.value(), 0.0);
    return checked ? checked.value() : QList<LonLat>();
}

QList<Drawing> readDrawings(const Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, shape, points, radius_m, label, color, exercise_id, created_by, "
                                   "created_at_ms, updated_at_ms FROM drawings ORDER BY rid"))) {
        qCWarning(lcModels) << "cannot read the drawings:" << query.lastError().text();
        return {};
    }
    QList<Drawing> drawings;
    while (query.next()) {
        Drawing d;
        d.id = query.value(0).toString();
        d.shape = drawingShapeFromName(query.value(1).toString()).value_or(Drawing::Shape::Point);
        d.points = lonLatListFromJson(QJsonDocument::fromJson(query.value(2).toByteArray()).array(), QStringLiteral("points"))
                       .valueOr({});
        d.radiusMeters = query.value(3).toDouble();
        d.label = query.value(4).toString();
        d.color = query.value(5).toString();
        d.exerciseId = query.value(6).toString();
        d.createdBy = query.value(7).toString();
        d.createdAtMs = query.value(8).toLongLong();
        d.updatedAtMs = query.value(9).toLongLong();
        drawings.append(d);
    }
    return drawings;
}

QList<IncidentArea> readIncidentAreas(const Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, title, event_level, status, area FROM incidents "
                                   "WHERE area IS NOT NULL AND area <> '' ORDER BY rid"))) {
        qCWarning(lcModels) << "cannot read the incident areas:" << query.lastError().text();
        return {};
    }
    QList<IncidentArea> areas;
    while (query.next()) {
        IncidentArea area{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), areaPolygonRing(query.value(4).toString())};
        if (!area.ring.isEmpty()) {
            areas.append(area);
        }
    }
    return areas;
}

} // namespace tw
