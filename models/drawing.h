#pragma once

#include "lonlat.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tw {

class Store;

/// A shape a user drew on the map (table `drawings`), shared with every console through the
/// `drawing.create/update/delete` mutations (docs/mutations.md).
struct Drawing {
    enum class Shape { Point, Line, Polygon, Circle };

    static constexpr int kMaxVertices = 10000;
    static constexpr double kMaxRadiusMeters = 1000000.0;
    static constexpr int kMaxLabelLength = 200;

    QString id;
    Shape shape = Shape::Point;
    QList<LonLat> points;    ///< Circle: the centre; Polygon: an open ring (first point not repeated)
    double radiusMeters = 0; ///< Circle only
    QString label;
    QString color = QStringLiteral("#1565c0"); ///< "#rrggbb"
    QString exerciseId;      ///< the drill it was drawn in; empty for real work
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    /// The arguments of the `drawing.create` that makes this drawing (id included when set).
    QJsonObject createArgs() const;
};

/// "point", "line", "polygon", "circle".
QString drawingShapeName(Drawing::Shape shape);
std::optional<Drawing::Shape> drawingShapeFromName(const QString &name);

/// `[[lon, lat], ...]`, longitude first as in GeoJSON.
QJsonArray lonLatListToJson(const QList<LonLat> &points);
/// Reads `[[lon, lat], ...]`; the Error names the bad element (`points[2]`, `points[2].lat`).
Result<QList<LonLat>> lonLatListFromJson(const QJsonValue &value, const QString &key);

/// Checks a shape's geometry and returns it normalised (a polygon's repeated closing point
/// dropped). Errors name the argument: `points` (too few or too many vertices),
/// `points[i].lon` / `points[i].lat` (not finite or out of range), `radius_m`.
Result<QList<LonLat>> checkDrawingGeometry(Drawing::Shape shape, const QList<LonLat> &points, double radiusMeters,
                                           const QString &key = QStringLiteral("points"));

/// An incident's area as stored in its `area` field: a GeoJSON Polygon geometry with a closed ring.
QJsonObject areaPolygonJson(const QList<LonLat> &ring);
/// The outer ring (open) of an incident's `area` text; empty when unset or not a polygon.
QList<LonLat> areaPolygonRing(const QString &areaJson);

/// Every drawing in the store, oldest first.
QList<Drawing> readDrawings(const Store &store);

/// An incident's area polygon with what the map needs to colour and name it.
struct IncidentArea {
    QString incidentId;
    QString title;
    QString eventLevel;
    QString status;
    QList<LonLat> ring; ///< open
};

/// Every incident whose `area` holds a polygon.
QList<IncidentArea> readIncidentAreas(const Store &store);

} // namespace tw
