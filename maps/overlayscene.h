#pragma once

#include "mapcamera.h"
#include "mapfeature.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>

namespace tw {

/// A shape a user drew on the map (a point, a line, a polygon or a circle) with its label.
struct MapDrawing {
    enum class Shape { Point, Line, Polygon, Circle };
    QString id;
    Shape shape = Shape::Point;
    QList<LonLat> points;     ///< Circle: the centre
    double radiusMeters = 0;  ///< Circle
    QString label;
    QColor color{0x15, 0x65, 0xc0};
};

/// Everything the overlay renderer draws, as values: a render job gets a copy.
struct OverlayScene {
    QList<MapLayerPtr> layers; ///< bottom first
    QList<MapDrawing> drawings;
    QList<LonLat> measurement; ///< a path being measured (empty: none)
    QSet<QString> selectedIds;
    qint64 nowMs = 0;          ///< for the age of team positions
    bool labels = true;
};

/// Something drawn at a screen place: what a click or hover there means.
struct MapHit {
    ResourceKind kind = ResourceKind::Incidents;
    QString id;              ///< the record, empty for a cluster
    std::uint32_t clusterId = 0;
    std::uint32_t count = 1; ///< > 1: a cluster
    int expansionZoom = 0;   ///< clusters: the zoom where it splits
    QRectF rect;             ///< screen box of the marker
    LonLat position;
    QString label;
    bool isCluster() const { return count > 1; }
};

/// The result of one overlay render job: the image, the camera it was drawn for and what is where.
struct OverlayFrame {
    QImage image;
    MapCamera camera;
    QList<MapHit> hits; ///< bottom first: search backwards for the topmost
    quint64 serial = 0;
};

} // namespace tw
