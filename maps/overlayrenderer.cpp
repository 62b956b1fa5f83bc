#include "overlayrenderer.h"

#include "geo.h"
#include "cpustate.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tw {

namespace {

constexpr int kMaxAreaShapes = 400; // antialiased shapes are expensive: cap them per layer
constexpr int kMaxLabels = 300;
constexpr double kMarginPx = 48;

double teamOpacity(qint64 positionAtMs, qint64 nowMs)
{
    if (positionAtMs <= 0 || nowMs <= 0) {
        return 0.6;
    }
    const qint64 ageMinutes = (nowMs - positionAtMs) / 60000;
    return ageMinutes < 10 ? 1.0 : ageMinutes < 60 ? 0.6 : 0.35;
}

// Screen positions in one copy of the world (`copy` world widths east of the main one).
struct Projector {
    const MapCamera &camera;
    double worldSize;
    QPointF topLeft;
    bool plain;

    explicit Projector(const MapCamera &c)
        : camera(c), worldSize(c.worldWidth()), topLeft(c.topLeftWorldPixel()), plain(c.displayDatum() == Datum::Wgs84)
    {
    }
    /// An index item (unit coordinates, WGS-84).
    QPointF unitToScreen(double x, double y, int copy) const
    {
        if (plain) {
            return QPointF((x + copy) * worldSize, y * worldSize) - topLeft;
        }
        return toScreen(WebMercator::fromUnit({x, y}), copy);
    }
    QPointF toScreen(LonLat point, int copy) const
    {
        return WebMercator::toWorldPixel(camera.toDisplay(point), camera.zoom()) - topLeft + QPointF(copy * worldSize, 0);
    }
};

// Longitude into [-180, 180) (cluster centres of the copies east and west).
LonLat wrapped(LonLat point)
{
    if (point.lon < -180.0 || point.lon >= 180.0) {
        point.lon -= 360.0 * std::floor((point.lon + 180.0) / 360.0);
    }
    return point;
}

// A shape's vertices on screen with no jump at the antimeridian (each vertex in the copy of the
// world nearest the previous one), then moved into the copy nearest the middle of the view.
QPolygonF continuousPolygon(const MapCamera &camera, const QList<LonLat> &points)
{
    QPolygonF polygon;
    polygon.reserve(points.size());
    const double width = camera.worldWidth();
    for (const LonLat &p : points) {
        QPointF at = camera.toScreen(p);
        if (!polygon.isEmpty()) {
            at.rx() += width * std::round((polygon.last().x() - at.x()) / width);
        }
        polygon << at;
    }
    if (!polygon.isEmpty()) {
        const double middle = polygon.boundingRect().center().x();
        const double shift = width * std::round((camera.viewportSize().width() / 2.0 - middle) / width);
        polygon.translate(shift, 0);
    }
    return polygon;
}

// Horizontal offsets (multiples of the world width) at which a shape with `bounds` is on screen.
QList<double> copiesOnScreen(const MapCamera &camera, const QRectF &bounds)
{
    QList<double> offsets;
    const double width = camera.worldWidth();
    const double screenWidth = camera.viewportSize().width();
    const int first = int(std::floor(-bounds.right() / width));
    const int last = int(std::ceil((screenWidth - bounds.left()) / width));
    for (int k = first; k <= last && offsets.size() < 64; ++k) {
        if (bounds.right() + k * width >= 0 && bounds.left() + k * width <= screenWidth) {
            offsets << k * width;
        }
    }
    return offsets;
}

} // namespace

QString formatDistance(double meters)
{
    if (meters < 1000) {
        return QCoreApplication::translate("tw::OverlayRenderer", "%1 m").arg(std::lround(meters));
    }
    return QCoreApplication::translate("tw::OverlayRenderer", "%1 km").arg(meters / 1000.0, 0, 'f', meters < 10000 ? 2 : meters < 100000 ? 1 : 0);
}

OverlayFrame OverlayRenderer::render(const MapCamera &camera, const OverlayScene &scene)
{
    OverlayFrame frame;
    frame.camera = camera;
    frame.image = QImage(camera.viewportSize() * m_dpr, QImage::Format_ARGB32_Premultiplied);
    frame.image.setDevicePixelRatio(m_dpr);
    frame.image.fill(Qt::transparent);
    QPainter painter(&frame.image);
    draw(painter, camera, scene, &frame.hits);
    return frame;
}

void OverlayRenderer::draw(QPainter &painter, const MapCamera &camera, const OverlayScene &scene, QList<MapHit> *hits)
{
    clearUpperVectorState();
    m_grid.reset(camera.viewportSize());
    m_labels.clear();
    // The index is in WGS-84; a shifted display moves things by up to about a kilometre.
    const double worldSize = camera.worldWidth();
    const double margin = kMarginPx / worldSize + (camera.displayDatum() == Datum::Wgs84 ? 0.0 : 3e-5);
    const QRectF bounds = camera.unitBounds().adjusted(-margin, -margin, margin, margin);
    const QList<int> copies = MapCamera::worldCopies(bounds);

    m_items.resize(std::size_t(scene.layers.size()));
    for (qsizetype i = 0; i < scene.layers.size(); ++i) {
        std::vector<Visible> &items = m_items[std::size_t(i)];
        items.clear();
        const MapLayer &layer = *scene.layers[i];
        if (!layer.visible || layer.opacity <= 0) {
            continue;
        }
        for (int copy : copies) {
            // The part of the view over this copy, in the index's [0, 1] coordinates.
            const QRectF part(QPointF(std::max(bounds.left() - copy, 0.0), bounds.top()),
                              QPointF(std::min(bounds.right() - copy, 1.0), bounds.bottom()));
            for (const ClusterIndex::Item &item : layer.index.query(part, camera.zoom())) {
                items.push_back({item, copy});
            }
        }
        painter.setOpacity(layer.opacity);
        drawAreas(painter, camera, layer, items);
    }
    drawDrawings(painter, camera, scene);
    for (qsizetype i = 0; i < scene.layers.size(); ++i) {
        const MapLayer &layer = *scene.layers[i];
        if (layer.visible && layer.opacity > 0) {
            painter.setOpacity(layer.opacity);
            drawMarkers(painter, camera, scene, layer, m_items[std::size_t(i)], hits);
        }
    }
    painter.setOpacity(1.0);
    if (scene.labels) {
        drawLabels(painter);
    }
    drawMeasurement(painter, camera, scene.measurement); // on top: the user is working with it
}

void OverlayRenderer::drawAreas(QPainter &painter, const MapCamera &camera, const MapLayer &layer,
                                const std::vector<Visible> &items)
{
    const bool risk = layer.kind == ResourceKind::RiskPoints;
    const bool cameras = layer.kind == ResourceKind::Cameras && camera.zoom() >= kWedgeMinZoom;
    if (!risk && !cameras) {
        return;
    }
    const Projector project(camera);
    const double metersPerPixel = camera.metersPerPixel();
    int drawn = 0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &[item, copy] : items) {
        if (item.isCluster() || drawn >= kMaxAreaShapes) {
            continue;
        }
        const MapFeature &f = layer.features[item.id];
        const double radiusPx = f.radiusMeters / metersPerPixel;
        if (radiusPx < 6) {
            continue;
        }
        const QPointF at = project.plain ? project.unitToScreen(item.x, item.y, copy) : project.toScreen(f.position, copy);
        ++drawn;
        QColor fill = f.color;
        if (risk) {
            fill.setAlpha(50);
            painter.setBrush(fill);
            painter.setPen(QPen(f.color, 1.2, Qt::DashLine));
            painter.drawEllipse(at, radiusPx, radiusPx);
        } else {
            fill = QColor(0x20, 0x80, 0xe0, f.dimmed ? 25 : 55);
            painter.setBrush(fill);
            painter.setPen(QPen(QColor(0x20, 0x80, 0xe0, 140), 1.0));
            // Qt angles: counter-clockwise from 3 o'clock in 1/16 degree; headings: clockwise from north.
            const double start = 90.0 - f.headingDeg - f.fovDeg / 2.0;
            painter.drawPie(QRectF(at - QPointF(radiusPx, radiusPx), QSizeF(2 * radiusPx, 2 * radiusPx)),
                            int(start * 16), int(f.fovDeg * 16));
        }
    }
    painter.restore();
}

void OverlayRenderer::drawMarkers(QPainter &painter, const MapCamera &camera, const OverlayScene &scene,
                                  const MapLayer &layer, const std::vector<Visible> &items, QList<MapHit> *hits)
{
    const Projector project(camera);
    const double layerOpacity = layer.opacity;
    const bool wantLabels = scene.labels;
    const bool anySelected = !scene.selectedIds.isEmpty();
    const int zoom = int(std::floor(camera.zoom()));
    const bool team = layer.kind == ResourceKind::Teams;
    for (const auto &[item, copy] : items) {
        if (item.isCluster()) {
            const QImage sprite = m_sprites.cluster(layer.kind, item.count);
            const QPointF at = project.unitToScreen(item.x, item.y, copy);
            const QSizeF size = sprite.deviceIndependentSize();
            const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
            painter.drawImage(rect.topLeft(), sprite);
            m_grid.place(rect);
            if (hits) {
                hits->append(MapHit{layer.kind, {}, item.id, item.count, layer.index.expansionZoom(item.id), rect,
                                    wrapped(WebMercator::fromUnit({item.x, item.y})), {}});
            }
            continue;
        }
        const MapFeature &f = layer.features[item.id];
        const QPointF at = project.plain ? project.unitToScreen(item.x, item.y, copy) : project.toScreen(f.position, copy);
        const QImage sprite = m_sprites.marker(layer.kind, f);
        const QSizeF size = sprite.deviceIndependentSize();
        const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
        if (team) {
            painter.setOpacity(layerOpacity * teamOpacity(f.positionAtMs, scene.nowMs));
        }
        if (team && f.headingDeg >= 0) {
            const QImage arrow = m_sprites.headingArrow(f.headingDeg, f.color);
            painter.drawImage(at - QPointF(20, 20), arrow);
        }
        painter.drawImage(rect.topLeft(), sprite);
        if (team) {
            painter.setOpacity(layerOpacity);
        }
        if (anySelected && scene.selectedIds.contains(f.id)) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(0x00, 0xb0, 0xff), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, size.width() / 2 + 4, size.height() / 2 + 4);
            painter.restore();
        }
        const QRectF core = rect.adjusted(4, 4, -4, -4);
        m_grid.place(core);
        if (hits) {
            hits->append(MapHit{layer.kind, f.id, 0, 1, 0, rect, f.position, f.label});
        }
        if (wantLabels && !f.label.isEmpty() && (zoom >= kLabelMinZoom || (f.priority >= 70 && zoom >= 11))) {
            m_labels.push_back({at, size.width() / 2 - 3, &f, layer.kind});
        }
    }
}

void OverlayRenderer::drawLabels(QPainter &painter)
{
    std::stable_sort(m_labels.begin(), m_labels.end(), [](const Placed &a, const Placed &b) {
        return a.feature->priority > b.feature->priority;
    });
    int drawn = 0;
    for (const Placed &label : m_labels) {
        if (drawn >= kMaxLabels) {
            break;
        }
        const QImage image = m_labelImages.label(label.feature->label);
        const QSizeF size = image.deviceIndependentSize();
        // Right of the marker, else left of it.
        QRectF box(label.at + QPointF(label.halfWidth + 2, -size.height() / 2), size);
        if (!m_grid.tryPlace(box)) {
            box.moveRight(label.at.x() - label.halfWidth - 2);
            if (!m_grid.tryPlace(box)) {
                continue;
            }
        }
        ++drawn;
        painter.drawImage(box.topLeft(), image);
    }
}

void OverlayRenderer::drawDrawings(QPainter &painter, const MapCamera &camera, const OverlayScene &scene)
{
    if (scene.drawings.isEmpty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    painter.setFont(font);
    for (const MapDrawing &d : scene.drawings) {
        if (d.points.isEmpty()) {
            continue;
        }
        const QPolygonF shape = continuousPolygon(camera, d.points);
        const double radius = d.shape == MapDrawing::Shape::Circle ? d.radiusMeters / camera.metersPerPixel() : 0.0;
        const QRectF extent = shape.boundingRect().adjusted(-radius - 8, -radius - 8, radius + 8, radius + 8);
        for (double offset : copiesOnScreen(camera, extent)) {
            const QPolygonF polygon = shape.translated(offset, 0);
            QColor fill = d.color;
            fill.setAlpha(50);
            painter.setPen(QPen(d.color, 2.5));
            QPointF labelAt = polygon.first();
            switch (d.shape) {
            case MapDrawing::Shape::Point:
                painter.setBrush(d.color);
                painter.drawEllipse(polygon.first(), 5, 5);
                break;
            case MapDrawing::Shape::Line:
                painter.setBrush(Qt::NoBrush);
                painter.drawPolyline(polygon);
                labelAt = polygon.at(polygon.size() / 2);
                break;
            case MapDrawing::Shape::Polygon:
                painter.setBrush(fill);
                painter.drawPolygon(polygon);
                labelAt = polygon.boundingRect().center();
                break;
            case MapDrawing::Shape::Circle:
                painter.setBrush(fill);
                painter.drawEllipse(polygon.first(), radius, radius);
                break;
            }
            if (!d.label.isEmpty()) {
                painter.setPen(d.color.darker(150));
                painter.drawText(labelAt + QPointF(8, -8), d.label);
            }
        }
    }
    painter.restore();
}

void OverlayRenderer::drawMeasurement(QPainter &painter, const MapCamera &camera, const QList<LonLat> &path)
{
    if (path.isEmpty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPolygonF line = continuousPolygon(camera, path);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 5));
    painter.drawPolyline(line);
    painter.setPen(QPen(QColor(0xe6, 0x00, 0x7e), 2.5, Qt::DashLine));
    painter.drawPolyline(line);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0xe6, 0x00, 0x7e), 2));
    double total = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        painter.drawEllipse(line[i], 4, 4);
        if (i > 0) {
            total += distanceMeters(path[i - 1], path[i]);
        }
    }
    QFont font;
    font.setPixelSize(13);
    font.setBold(true);
    painter.setFont(font);
    const QString text = formatDistance(total);
    const QRectF box(line.last() + QPointF(10, -10), QSizeF(QFontMetricsF(font).horizontalAdvance(text) + 10, 20));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0xe6, 0x00, 0x7e));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace tw
