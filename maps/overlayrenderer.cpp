#include "overlayrenderer.h"

#include "geo.h"
#include "cpustate.h"
#include "labelgrid.h"
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

struct Projector {
    const MapCamera &camera;
    double worldSize;
    QPointF topLeft;
    bool plain;

    explicit Projector(const MapCamera &c)
        : camera(c), worldSize(WebMercator::kTileSize * std::exp2(c.zoom())), topLeft(c.topLeftWorldPixel()),
          plain(c.displayDatum() == Datum::Wgs84)
    {
    }
    QPointF unitToScreen(double x, double y) const
    {
        if (plain) {
            return QPointF(x * worldSize, y * worldSize) - topLeft;
        }
        return camera.toScreen(WebMercator::fromUnit({x, y}));
    }
};

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
    LabelGrid grid(camera.viewportSize());
    std::vector<Placed> labels;
    // The index is in WGS-84; a shifted display moves things by up to about a kilometre.
    const double worldSize = WebMercator::kTileSize * std::exp2(camera.zoom());
    const double margin = kMarginPx / worldSize + (camera.displayDatum() == Datum::Wgs84 ? 0.0 : 3e-5);
    const QRectF bounds = camera.unitBounds().adjusted(-margin, -margin, margin, margin);

    std::vector<std::vector<ClusterIndex::Item>> items(std::size_t(scene.layers.size()));
    for (qsizetype i = 0; i < scene.layers.size(); ++i) {
        const MapLayer &layer = *scene.layers[i];
        if (layer.visible && layer.opacity > 0) {
            items[std::size_t(i)] = layer.index.query(bounds, camera.zoom());
            painter.setOpacity(layer.opacity);
            drawAreas(painter, camera, layer, items[std::size_t(i)]);
        }
    }
    drawDrawings(painter, camera, scene);
    for (qsizetype i = 0; i < scene.layers.size(); ++i) {
        const MapLayer &layer = *scene.layers[i];
        if (layer.visible && layer.opacity > 0) {
            painter.setOpacity(layer.opacity);
            drawMarkers(painter, camera, scene, layer, items[std::size_t(i)], grid, hits, labels);
        }
    }
    painter.setOpacity(1.0);
    if (scene.labels) {
        drawLabels(painter, labels, grid);
    }
    drawMeasurement(painter, camera, scene.measurement); // on top: the user is working with it
}

void OverlayRenderer::drawAreas(QPainter &painter, const MapCamera &camera, const MapLayer &layer,
                                const std::vector<ClusterIndex::Item> &items)
{
    const bool risk = layer.kind == ResourceKind::RiskPoints;
    const bool cameras = layer.kind == ResourceKind::Cameras && camera.zoom() >= kWedgeMinZoom;
    if (!risk && !cameras) {
        return;
    }
    const double metersPerPixel = camera.metersPerPixel();
    int drawn = 0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &item : items) {
        if (item.isCluster() || drawn >= kMaxAreaShapes) {
            continue;
        }
        const MapFeature &f = layer.features[item.id];
        const double radiusPx = f.radiusMeters / metersPerPixel;
        if (radiusPx < 6) {
            continue;
        }
        const QPointF at = camera.toScreen(f.position);
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
                                  const MapLayer &layer, const std::vector<ClusterIndex::Item> &items, LabelGrid &grid,
                                  QList<MapHit> *hits, std::vector<Placed> &labels)
{
    const Projector project(camera);
    const double layerOpacity = layer.opacity;
    const bool wantLabels = scene.labels;
    const int zoom = int(std::floor(camera.zoom()));
    for (const auto &item : items) {
        if (item.isCluster()) {
            const QImage sprite = m_sprites.cluster(layer.kind, item.count);
            const QPointF at = project.unitToScreen(item.x, item.y);
            const QSizeF size = sprite.deviceIndependentSize();
            const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
            painter.drawImage(rect.topLeft(), sprite);
            grid.place(rect);
            if (hits) {
                hits->append(MapHit{layer.kind, {}, item.id, item.count, layer.index.expansionZoom(item.id), rect,
                                    WebMercator::fromUnit({item.x, item.y}), {}});
            }
            continue;
        }
        const MapFeature &f = layer.features[item.id];
        const QPointF at = camera.toScreen(f.position);
        const QImage sprite = m_sprites.marker(layer.kind, f);
        const QSizeF size = sprite.deviceIndependentSize();
        const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
        const bool team = layer.kind == ResourceKind::Teams;
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
        if (scene.selectedIds.contains(f.id)) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(0x00, 0xb0, 0xff), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, size.width() / 2 + 4, size.height() / 2 + 4);
            painter.restore();
        }
        const QRectF core = rect.adjusted(4, 4, -4, -4);
        grid.place(core);
        if (hits) {
            hits->append(MapHit{layer.kind, f.id, 0, 1, 0, rect, f.position, f.label});
        }
        if (wantLabels && !f.label.isEmpty() && (zoom >= kLabelMinZoom || (f.priority >= 70 && zoom >= 11))) {
            labels.push_back({at, size.width() / 2 - 3, &f, layer.kind});
        }
    }
}

void OverlayRenderer::drawLabels(QPainter &painter, std::vector<Placed> &labels, LabelGrid &grid)
{
    std::stable_sort(labels.begin(), labels.end(), [](const Placed &a, const Placed &b) {
        return a.feature->priority > b.feature->priority;
    });
    QFont font;
    font.setPixelSize(12);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    int drawn = 0;
    for (const Placed &label : labels) {
        if (drawn >= kMaxLabels) {
            break;
        }
        const QString text = metrics.elidedText(label.feature->label, Qt::ElideRight, 180);
        const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
        // Right of the marker, else left of it.
        QRectF box(label.at + QPointF(label.halfWidth + 2, -size.height() / 2), size);
        if (!grid.tryPlace(box)) {
            box.moveRight(label.at.x() - label.halfWidth - 2);
            if (!grid.tryPlace(box)) {
                continue;
            }
        }
        ++drawn;
        painter.fillRect(box, QColor(255, 255, 255, 200));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(box, Qt::AlignCenter, text);
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
        QPolygonF polygon;
        for (const LonLat &p : d.points) {
            polygon << camera.toScreen(p);
        }
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
        case MapDrawing::Shape::Circle: {
            const double r = d.radiusMeters / camera.metersPerPixel();
            painter.setBrush(fill);
            painter.drawEllipse(polygon.first(), r, r);
            break;
        }
        }
        if (!d.label.isEmpty()) {
            painter.setPen(d.color.darker(150));
            painter.drawText(labelAt + QPointF(8, -8), d.label);
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
    QPolygonF line;
    for (const LonLat &p : path) {
        line << camera.toScreen(p);
    }
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
