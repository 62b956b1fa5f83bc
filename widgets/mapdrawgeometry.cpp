#include "mapdrawgeometry.h"

#include "geo.h"
#include "overlayrenderer.h"

#include <QCoreApplication>
#include <QLineF>
#include <QPainter>

#include <cmath>

namespace tw {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    if (length2 <= 0.0) {
        return QLineF(p, a).length();
    }
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    return QLineF(p, a + ab * t).length();
}

double distanceToPolyline(QPointF p, const QPolygonF &line, bool closed)
{
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < line.size(); ++i) {
        best = std::min(best, distanceToSegment(p, line[i - 1], line[i]));
    }
    if (closed && line.size() > 2) {
        best = std::min(best, distanceToSegment(p, line.last(), line.first()));
    }
    if (line.size() == 1) {
        best = QLineF(p, line.first()).length();
    }
    return best;
}

} // namespace

QPolygonF drawingScreenPoints(const MapDrawing &drawing, const MapCamera &camera)
{
    QPolygonF screen;
    screen.reserve(drawing.points.size());
    for (const LonLat &p : drawing.points) {
        screen << camera.toScreen(p);
    }
    return screen;
}

double circleRadiusPixels(const MapDrawing &drawing, const MapCamera &camera)
{
    return drawing.radiusMeters / camera.metersPerPixel();
}

bool drawingContains(const MapDrawing &drawing, const MapCamera &camera, QPointF position, double tolerancePx)
{
    const QPolygonF screen = drawingScreenPoints(drawing, camera);
    if (screen.isEmpty()) {
        return false;
    }
    switch (drawing.shape) {
    case MapDrawing::Shape::Point:
        return QLineF(position, screen.first()).length() <= tolerancePx + 5;
    case MapDrawing::Shape::Line:
        return distanceToPolyline(position, screen, false) <= tolerancePx;
    case MapDrawing::Shape::Polygon:
        return screen.containsPoint(position, Qt::OddEvenFill) || distanceToPolyline(position, screen, true) <= tolerancePx;
    case MapDrawing::Shape::Circle:
        return QLineF(position, screen.first()).length() <= circleRadiusPixels(drawing, camera) + tolerancePx;
    }
    return false;
}

QList<DrawHandle> drawingHandles(const MapDrawing &drawing, const MapCamera &camera)
{
    const QPolygonF screen = drawingScreenPoints(drawing, camera);
    QList<DrawHandle> handles;
    for (qsizetype i = 0; i < screen.size(); ++i) {
        handles.append({DrawHandle::Kind::Vertex, int(i), screen[i]});
    }
    if (drawing.shape == MapDrawing::Shape::Circle && !screen.isEmpty()) {
        handles.append({DrawHandle::Kind::Radius, 0, screen.first() + QPointF(circleRadiusPixels(drawing, camera), 0)});
    }
    if (drawing.shape == MapDrawing::Shape::Line || drawing.shape == MapDrawing::Shape::Polygon) {
        const qsizetype segments = drawing.shape == MapDrawing::Shape::Polygon ? screen.size() : screen.size() - 1;
        for (qsizetype i = 0; i < segments; ++i) {
            const QPointF a = screen[i];
            const QPointF b = screen[(i + 1) % screen.size()];
            if (QLineF(a, b).length() >= 24) { // room for a handle between two vertices
                handles.append({DrawHandle::Kind::Midpoint, int(i), (a + b) / 2});
            }
        }
    }
    return handles;
}

QString formatArea(double squareMeters)
{
    if (squareMeters < 1e6) {
        return QCoreApplication::translate("tw::MapDrawTool", "%1 m²").arg(std::lround(squareMeters));
    }
    return QCoreApplication::translate("tw::MapDrawTool", "%1 km²").arg(squareMeters / 1e6, 0, 'f', squareMeters < 1e8 ? 2 : 0);
}

QString drawingMeasureText(const MapDrawing &drawing)
{
    double length = 0;
    for (qsizetype i = 1; i < drawing.points.size(); ++i) {
        length += distanceMeters(drawing.points[i - 1], drawing.points[i]);
    }
    switch (drawing.shape) {
    case MapDrawing::Shape::Point:
        break;
    case MapDrawing::Shape::Line:
        return formatDistance(length);
    case MapDrawing::Shape::Polygon:
        if (drawing.points.size() > 2) {
            length += distanceMeters(drawing.points.last(), drawing.points.first());
        }
        return QCoreApplication::translate("tw::MapDrawTool", "%1 · perimeter %2")
            .arg(formatArea(polygonAreaSquareMeters(drawing.points)), formatDistance(length));
    case MapDrawing::Shape::Circle:
        return QCoreApplication::translate("tw::MapDrawTool", "radius %1 · %2")
            .arg(formatDistance(drawing.radiusMeters), formatArea(M_PI * drawing.radiusMeters * drawing.radiusMeters));
    }
    return {};
}

void paintDrawing(QPainter &painter, const MapDrawing &drawing, const MapCamera &camera)
{
    const QPolygonF screen = drawingScreenPoints(drawing, camera);
    if (screen.isEmpty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = drawing.color;
    fill.setAlpha(50);
    painter.setPen(QPen(drawing.color, 2.5));
    QPointF labelAt = screen.first();
    switch (drawing.shape) {
    case MapDrawing::Shape::Point:
        painter.setBrush(drawing.color);
        painter.drawEllipse(screen.first(), 5, 5);
        break;
    case MapDrawing::Shape::Line:
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(screen);
        labelAt = screen.at(screen.size() / 2);
        break;
    case MapDrawing::Shape::Polygon:
        painter.setBrush(fill);
        painter.drawPolygon(screen);
        labelAt = screen.boundingRect().center();
        break;
    case MapDrawing::Shape::Circle: {
        const double r = circleRadiusPixels(drawing, camera);
        painter.setBrush(fill);
        painter.drawEllipse(screen.first(), r, r);
        break;
    }
    }
    if (!drawing.label.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(12);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(drawing.color.darker(150));
        painter.drawText(labelAt + QPointF(8, -8), drawing.label);
    }
    painter.restore();
}

void paintHandles(QPainter &painter, const QList<DrawHandle> &handles)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const DrawHandle &handle : handles) {
        const bool midpoint = handle.kind == DrawHandle::Kind::Midpoint;
        painter.setPen(QPen(QColor(0x00, 0x78, 0xd7), midpoint ? 1.0 : 1.5));
        painter.setBrush(midpoint ? QColor(255, 255, 255, 150) : QColor(Qt::white));
        const double half = midpoint ? 3.5 : 5.0;
        if (handle.kind == DrawHandle::Kind::Radius) {
            painter.drawEllipse(handle.at, half, half);
        } else {
            painter.drawRect(QRectF(handle.at - QPointF(half, half), QSizeF(2 * half, 2 * half)));
        }
    }
    painter.restore();
}

} // namespace tw
