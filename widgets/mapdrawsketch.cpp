// MapDrawTool: sketching new shapes, an incident's area and a picked point.
#include "mapdrawtool.h"

#include "geo.h"
#include "mapview.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>

namespace tw {

MapDrawing MapDrawTool::sketchDrawing() const
{
    MapDrawing d;
    switch (m_mode) {
    case Mode::Line:
        d.shape = MapDrawing::Shape::Line;
        break;
    case Mode::Polygon:
    case Mode::IncidentArea:
        d.shape = MapDrawing::Shape::Polygon;
        break;
    case Mode::Circle:
        d.shape = MapDrawing::Shape::Circle;
        break;
    default:
        d.shape = MapDrawing::Shape::Point;
        break;
    }
    d.points = m_sketch;
    d.color = m_color;
    if (d.shape == MapDrawing::Shape::Circle && !m_sketch.isEmpty() && m_hover) {
        d.radiusMeters = distanceMeters(m_sketch.first(), m_view->camera().toLonLat(*m_hover));
    }
    return d;
}

void MapDrawTool::addSketchPoint(LonLat point)
{
    if (m_sketch.isEmpty() || !(m_sketch.last() == point)) {
        m_sketch << point;
    }
    m_view->update();
}

bool MapDrawTool::finish()
{
    const MapDrawing drawing = sketchDrawing();
    QList<LonLat> distinct;
    for (const LonLat &p : drawing.points) {
        if (!distinct.contains(p)) {
            distinct << p;
        }
    }
    switch (m_mode) {
    case Mode::Line:
        if (distinct.size() < 2) {
            return false;
        }
        break;
    case Mode::Polygon:
    case Mode::IncidentArea:
        if (distinct.size() < 3) {
            return false;
        }
        break;
    case Mode::Circle:
        if (drawing.points.isEmpty() || drawing.radiusMeters <= 0) {
            return false;
        }
        break;
    default:
        return false;
    }
    const Mode mode = m_mode;
    const QString incidentId = m_incidentId;
    setMode(Mode::Select);
    if (mode == Mode::IncidentArea) {
        Q_EMIT incidentAreaFinished(incidentId, drawing.points);
    } else {
        Q_EMIT drawingFinished(drawing);
    }
    return true;
}

bool MapDrawTool::click(QPointF position)
{
    const LonLat point = m_view->camera().toLonLat(position);
    switch (m_mode) {
    case Mode::Select:
        return false;
    case Mode::Point: {
        MapDrawing drawing = sketchDrawing();
        drawing.points = {point};
        setMode(Mode::Select);
        Q_EMIT drawingFinished(drawing);
        return true;
    }
    case Mode::Line:
        addSketchPoint(point);
        return true;
    case Mode::Polygon:
    case Mode::IncidentArea:
        // A click on the first corner closes the ring.
        if (m_sketch.size() >= 3 && QLineF(m_view->camera().toScreen(m_sketch.first()), position).length() <= kHandleRadiusPx) {
            finish();
            return true;
        }
        addSketchPoint(point);
        return true;
    case Mode::Circle:
        if (m_sketch.isEmpty()) {
            addSketchPoint(point);
        } else {
            m_hover = position;
            finish();
        }
        return true;
    case Mode::Measure:
        setMode(Mode::Select);
        m_view->startMeasure(point);
        return true;
    case Mode::PickPoint:
        m_pickDone = true;
        setMode(Mode::Select);
        m_pickDone = false;
        setMarker(point);
        Q_EMIT pointPicked(point);
        return true;
    }
    return false;
}

bool MapDrawTool::doubleClick(QMouseEvent *event)
{
    const QPointF position = event->position();
    switch (m_mode) {
    case Mode::Select:
        if (!m_selectedId.isEmpty() && selectedDrawing()
            && drawingContains(*selectedDrawing(), m_view->camera(), position, kHitTolerancePx)) {
            Q_EMIT labelEditRequested();
            return true;
        }
        return false;
    case Mode::Line:
    case Mode::Polygon:
    case Mode::IncidentArea:
        // The first click of the double click already added its point.
        if (m_sketch.isEmpty() || QLineF(m_view->camera().toScreen(m_sketch.last()), position).length() > 4) {
            addSketchPoint(m_view->camera().toLonLat(position));
        }
        finish();
        return true;
    case Mode::Circle:
        if (!m_sketch.isEmpty()) {
            m_hover = position;
            finish();
        }
        return true;
    case Mode::Point:
    case Mode::Measure:
    case Mode::PickPoint:
        return true;
    }
    return false;
}

bool MapDrawTool::key(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (isSketching()) {
            cancel();
            return true;
        }
        select({});
        return false; // the view clears its own selection and measurement too
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isSketching()) {
            finish();
            return true;
        }
        return false;
    case Qt::Key_Backspace:
        if (isSketching()) {
            if (!m_sketch.isEmpty()) {
                m_sketch.removeLast();
                m_view->update();
            }
            return true;
        }
        [[fallthrough]];
    case Qt::Key_Delete:
        if (!m_selectedId.isEmpty()) {
            deleteSelected();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void MapDrawTool::hover(QPointF position)
{
    if (isSketching()) {
        m_hover = position;
        m_view->update();
    }
}

} // namespace tw
