#pragma once

#include "mapcamera.h"
#include "overlayscene.h"

#include <QList>
#include <QPolygonF>

class QPainter;

namespace tw {

/// A place on a selected drawing that can be dragged.
struct DrawHandle {
    enum class Kind {
        Vertex,   ///< moves point `index`
        Midpoint, ///< inserts a point after `index`
        Radius,   ///< a circle's edge: changes the radius
    };
    Kind kind = Kind::Vertex;
    int index = 0;
    QPointF at;
};

/// Screen positions of a drawing's points.
QPolygonF drawingScreenPoints(const MapDrawing &drawing, const MapCamera &camera);
/// A circle's radius in screen pixels (at the centre's scale, as the overlay draws it).
double circleRadiusPixels(const MapDrawing &drawing, const MapCamera &camera);
/// Whether `position` touches the drawing: within `tolerancePx` of a point or an outline, or
/// inside a polygon or circle.
bool drawingContains(const MapDrawing &drawing, const MapCamera &camera, QPointF position, double tolerancePx);
/// The handles of a selected drawing, in the order they are tested (vertices before midpoints).
QList<DrawHandle> drawingHandles(const MapDrawing &drawing, const MapCamera &camera);
/// "1.24 km", "0.45 km² · perimeter 2.60 km", "r 300 m": what the drawing measures.
QString drawingMeasureText(const MapDrawing &drawing);
/// A square-metre figure as people read it ("850 m²", "2.45 km²").
QString formatArea(double squareMeters);

/// Paints a drawing the way the overlay does, for the one being edited (the overlay leaves it out).
void paintDrawing(QPainter &painter, const MapDrawing &drawing, const MapCamera &camera);
/// Paints a drawing's handles.
void paintHandles(QPainter &painter, const QList<DrawHandle> &handles);

} // namespace tw
