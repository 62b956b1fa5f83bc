// MapView: mouse, keys, context menu, search and export.
#include "mapview.h"

#include "cameralist.h"
#include "geo.h"
#include "mapdrawtool.h"
#include "overlayrenderer.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMimeData>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace tw {

namespace {
constexpr double kDragThresholdPx = 4;
constexpr double kWheelZoomPerNotch = 0.5;
constexpr int kKeyPanPx = 120;
}

std::optional<MapHit> MapView::hitAt(QPointF position) const
{
    // Hits are in the coordinates of the frame's camera; map the position into them.
    const QPointF inFrame = m_overlay.camera.toScreen(m_camera.toLonLat(position));
    for (qsizetype i = m_overlay.hits.size() - 1; i >= 0; --i) {
        if (m_overlay.hits[i].rect.contains(inFrame)) {
            return m_overlay.hits[i];
        }
    }
    return std::nullopt;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_afterDoubleClick = false;
    if (m_drawTool->press(event)) {
        m_toolOwnsMouse = true; // dragging a drawing or one of its handles
        return;
    }
    m_pressPosition = event->position();
    m_lastMouse = event->position();
    m_dragging = false;
    m_rubberBand = m_selectingArea || event->modifiers().testFlag(Qt::ShiftModifier);
    m_rubberRect = QRectF(m_pressPosition, QSizeF());
    m_pressCameraId.clear();
    if (!m_rubberBand) {
        const std::unique_ptr<QMimeData> camera(cameraDragData(m_pressPosition));
        if (camera) {
            m_pressCameraId = CameraList::cameraIdFrom(camera.get());
        }
    }
}

QMimeData *MapView::cameraDragData(QPointF position) const
{
    const std::optional<MapHit> hit = hitAt(position);
    if (!hit || hit->kind != ResourceKind::Cameras || hit->count != 1 || hit->id.isEmpty()) {
        return nullptr;
    }
    return CameraList::createMimeData(hit->id);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    m_mouseInside = true;
    m_mouseLonLat = m_camera.toLonLat(position);
    if (m_toolOwnsMouse) {
        m_drawTool->move(event);
        return;
    }
    if (event->buttons().testFlag(Qt::LeftButton)) {
        if (!m_dragging && (position - m_pressPosition).manhattanLength() > kDragThresholdPx) {
            if (!m_pressCameraId.isEmpty()) {
                // A drag that starts on a camera takes it to the video wall instead of panning.
                auto *drag = new QDrag(this);
                drag->setMimeData(CameraList::createMimeData(m_pressCameraId));
                m_pressCameraId.clear();
                drag->exec(Qt::CopyAction);
                return;
            }
            m_dragging = true;
        }
        if (m_dragging && m_rubberBand) {
            m_rubberRect = QRectF(m_pressPosition, position);
            update();
        } else if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            m_camera.panBy(position - m_lastMouse);
            cameraMoved();
        }
        m_lastMouse = position;
        return;
    }
    if (m_drawTool->isSketching()) {
        m_drawTool->hover(position); // the rubber band follows the pointer
    } else {
        updateHover(position);
    }
    update(QRect(width() - 340, height() - 30, 340, 30));
}

void MapView::updateHover(QPointF position)
{
    const std::optional<MapHit> hit = hitAt(position);
    if (!hit) {
        const QString drawing = m_drawTool->drawingAt(position);
        if (drawing.isEmpty()) {
            unsetCursor();
        } else {
            // The selected drawing can be dragged; another one can be selected.
            setCursor(drawing == m_drawTool->selectedId() ? Qt::SizeAllCursor : Qt::PointingHandCursor);
        }
        QToolTip::hideText();
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const QString text = hit->isCluster()
        ? tr("%n %1 here: click to zoom in", nullptr, int(hit->count)).arg(kindDef(hit->kind).translatedLabel())
        : QStringLiteral("%1\n%2").arg(hit->label, kindDef(hit->kind).translatedSingularLabel());
    QToolTip::showText(mapToGlobal(position.toPoint()), text, this);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (m_toolOwnsMouse) {
        m_toolOwnsMouse = false;
        m_drawTool->release(event);
        return;
    }
    if (m_afterDoubleClick) {
        m_afterDoubleClick = false; // the second release of a double click is not another click
        return;
    }
    if (m_drawTool->isSketching()) {
        setCursor(Qt::CrossCursor);
    } else {
        unsetCursor();
    }
    const bool wasDragging = m_dragging;
    m_dragging = false;
    if (m_rubberBand) {
        m_rubberBand = false;
        if (wasDragging && m_selectingArea) {
            finishAreaSelection(m_rubberRect.normalized());
        } else if (wasDragging) {
            finishRubberBand(m_rubberRect.normalized());
        }
        update();
        if (wasDragging) {
            return;
        }
    }
    if (wasDragging) {
        update(); // redraw with smooth tiles
        return;
    }
    clickAt(event->position(), event->modifiers());
}

void MapView::clickAt(QPointF position, Qt::KeyboardModifiers modifiers)
{
    if (m_drawTool->click(position)) {
        return; // a point of a sketch, a picked place
    }
    if (m_measuring) {
        m_scene.measurement << m_camera.toLonLat(position);
        double total = 0;
        for (qsizetype i = 1; i < m_scene.measurement.size(); ++i) {
            total += distanceMeters(m_scene.measurement[i - 1], m_scene.measurement[i]);
        }
        Q_EMIT measureChanged(total);
        scheduleOverlay();
        return;
    }
    const std::optional<MapHit> hit = hitAt(position);
    if (!hit) {
        if (!modifiers.testFlag(Qt::ControlModifier) && !m_scene.selectedIds.isEmpty()) {
            setSelectedIds({});
        }
        m_drawTool->select(m_drawTool->drawingAt(position)); // markers first, then user drawings
        return;
    }
    m_drawTool->select({});
    if (hit->isCluster()) {
        flyTo(hit->position, std::max<double>(hit->expansionZoom, m_camera.zoom() + 1));
        return;
    }
    QSet<QString> selection = modifiers.testFlag(Qt::ControlModifier) ? m_scene.selectedIds : QSet<QString>{};
    selection.insert(hit->id);
    setSelectedIds(selection);
    Q_EMIT recordActivated(hit->kind, hit->id);
}

void MapView::finishRubberBand(const QRectF &rect)
{
    QList<QPair<ResourceKind, QString>> records;
    QSet<QString> ids;
    const LonLat a = m_camera.toLonLat(rect.topLeft());
    const LonLat b = m_camera.toLonLat(rect.bottomRight());
    const QRectF box(QPointF(std::min(a.lon, b.lon), std::min(a.lat, b.lat)), QPointF(std::max(a.lon, b.lon), std::max(a.lat, b.lat)));
    // Every record inside, clustered or not: ask the layers, not the drawn markers.
    for (ResourceKind kind : layerKinds()) {
        const MapLayerPtr layer = m_layers.value(int(kind));
        if (!layer->visible) {
            continue;
        }
        for (const MapFeature &f : layer->features) {
            if (box.contains(QPointF(f.position.lon, f.position.lat))) {
                records.append({kind, f.id});
                ids.insert(f.id);
            }
        }
    }
    setSelectedIds(ids);
    Q_EMIT recordsSelected(records);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (m_drawTool->doubleClick(event)) {
        m_afterDoubleClick = true;
        return;
    }
    if (m_measuring) {
        m_measuring = false; // the double click ends the measurement; the path stays shown
        return;
    }
    const LonLat under = m_camera.toLonLat(event->position());
    const double zoom = m_camera.zoom() + 1;
    // Zoom in around the clicked place: it stays under the pointer.
    MapCamera after = m_camera;
    after.zoomAt(event->position(), zoom);
    Q_UNUSED(under);
    flyTo(after.center(), after.zoom());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        return;
    }
    m_camera.zoomAt(event->position(), m_camera.zoom() + notches * kWheelZoomPerNotch);
    cameraMoved();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_drawTool->key(event)) {
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_camera.panBy({kKeyPanPx, 0});
        break;
    case Qt::Key_Right:
        m_camera.panBy({-kKeyPanPx, 0});
        break;
    case Qt::Key_Up:
        m_camera.panBy({0, kKeyPanPx});
        break;
    case Qt::Key_Down:
        m_camera.panBy({0, -kKeyPanPx});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_PageUp:
        m_camera.setZoom(std::round(m_camera.zoom()) + 1);
        break;
    case Qt::Key_Minus:
    case Qt::Key_PageDown:
        m_camera.setZoom(std::round(m_camera.zoom()) - 1);
        break;
    case Qt::Key_Escape:
        if (m_selectingArea) {
            m_selectingArea = false;
            m_rubberBand = false;
            unsetCursor();
            update();
            Q_EMIT areaSelectionCancelled();
            return;
        }
        clearMeasure();
        setSelectedIds({});
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    cameraMoved();
}

void MapView::leaveEvent(QEvent *)
{
    m_mouseInside = false;
    update();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    showContextMenu(event->pos());
}

void MapView::showContextMenu(QPoint position)
{
    const LonLat place = m_camera.toLonLat(position);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_drawTool->isSketching()) {
        addDrawingActions(menu, position); // only finishing or cancelling the sketch
        menu->popup(mapToGlobal(position));
        return;
    }
    menu->addAction(tr("New incident here"), this, [this, place] { Q_EMIT newIncidentRequested(place); });
    menu->addAction(tr("Nearest resources from here"), this, [this, place] { Q_EMIT nearestResourcesRequested(place); });
    menu->addAction(tr("Measure from here"), this, [this, place] { startMeasure(place); });
    if (!m_scene.measurement.isEmpty()) {
        menu->addAction(tr("Clear measurement"), this, [this] { clearMeasure(); });
    }
    menu->addAction(tr("Copy coordinates (%1)").arg(coordinateText(place)), this, [this, place] {
        const QString text = coordinateText(place);
        QApplication::clipboard()->setText(text);
        Q_EMIT coordinatesCopied(text);
    });
    addDrawingActions(menu, position);
    menu->addSeparator();
    menu->addAction(m_downloadAction);
    menu->addAction(m_sourcesAction);
    QAction *gcj = menu->addAction(tr("Show GCJ-02 coordinates"), this, [this](bool on) { setReadoutGcj02(on); });
    gcj->setCheckable(true);
    gcj->setChecked(m_readoutGcj02);
    menu->popup(mapToGlobal(position));
}

bool MapView::search(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        return false;
    }
    const Result<LonLat> coordinate = parseCoordinate(query);
    if (coordinate.ok() && coordinate->isValid()) {
        flyTo(*coordinate, std::max(15.0, m_camera.zoom()));
        startMeasure(*coordinate); // a marker where the coordinates point
        m_measuring = false;
        return true;
    }
    if (!m_nameSearch) {
        return false;
    }
    const QList<MapSearchHit> hits = m_nameSearch(query);
    if (hits.isEmpty()) {
        return false;
    }
    auto go = [this](const MapSearchHit &hit) {
        flyTo(hit.position, std::max(16.0, m_camera.zoom()));
        if (!hit.id.isEmpty()) {
            setSelectedIds({hit.id});
            Q_EMIT recordActivated(hit.kind, hit.id);
        }
    };
    if (hits.size() == 1) {
        go(hits.first());
        return true;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const MapSearchHit &hit : hits.mid(0, 12)) {
        menu->addAction(QStringLiteral("%1 — %2").arg(hit.label, kindDef(hit.kind).translatedSingularLabel()), this,
                        [go, hit] { go(hit); });
    }
    menu->popup(m_searchBox->mapToGlobal(QPoint(0, m_searchBox->height())));
    return true;
}

QImage MapView::exportImage(double scale)
{
    scale = std::clamp(scale, 0.25, 8.0);
    MapRenderer renderer;
    renderer.setBackground(QColor(0x0b, 0x1d, 0x33));
    QImage image;
    if (scale >= 2.0) {
        // Print resolution: the tiles of the zoom that matches it (loaded and waited for, within
        // a bound), not the screen's tiles scaled up.
        constexpr int kPrintTileWaitMs = 15000;
        image = renderer.renderTilesAtPixelRatio(m_camera, *m_tiles, scale, kPrintTileWaitMs);
    } else {
        image = QImage(size() * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(renderer.background());
        QPainter tilePainter(&image);
        renderer.drawTiles(tilePainter, m_camera, *m_tiles);
    }
    QPainter painter(&image);
    OverlayScene scene = m_scene;
    scene.layers.clear();
    for (ResourceKind kind : layerKinds()) {
        scene.layers << m_layers.value(int(kind));
    }
    scene.nowMs = QDateTime::currentMSecsSinceEpoch();
    OverlayRenderer overlay(scale); // sprites drawn at the export resolution
    overlay.draw(painter, m_camera, scene);
    paintDecorations(painter);
    return image;
}

bool MapView::exportPng(const QString &path, double scale)
{
    return exportImage(scale).save(path, "PNG");
}

} // namespace tw
