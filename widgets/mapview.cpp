#include "mapview.h"

#include "basemap.h"
#include "geo.h"
#include "logging.h"
#include "mapdrawpanel.h"
#include "mapdrawtool.h"
#include "maplayerpanel.h"
#include "maplegend.h"
#include "overlayrenderer.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QVariantAnimation>
#include <QtConcurrent>

#include <cmath>

namespace tw {

namespace {

TileManager::Options tileOptions()
{
    TileManager::Options options;
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheDir.isEmpty()) {
        options.diskCachePath = QDir(cacheDir).filePath(QStringLiteral("tiles.sqlite"));
    }
    return options;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_tiles(new TileManager(tileOptions(), this)), m_overlayRenderer(std::make_shared<OverlayRenderer>()),
      m_searchBox(new QLineEdit(this)), m_layerPanel(nullptr), m_legend(nullptr), m_downloadAction(new QAction(tr("Download this area for offline use…"), this)),
      m_sourcesAction(new QAction(tr("Map sources…"), this)), m_drawTool(new MapDrawTool(this)), m_drawPanel(nullptr)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_camera = MapCamera({120.155, 30.274}, 11.0, size());

    const TileSourceSpec basemap = bundledBasemapSource();
    if (!restoreSources(QSettings())) {
        if (!basemap.path.isEmpty()) {
            m_tiles->setSources({basemap});
        } else {
            qCWarning(lcWidgets) << "the offline world basemap was not found; the map shows overlays only";
        }
    }
    connect(m_downloadAction, &QAction::triggered, this, &MapView::showDownloadDialog);
    connect(m_sourcesAction, &QAction::triggered, this, &MapView::showSourcesDialog);
    connect(m_tiles, &TileManager::tilesChanged, this, qOverload<>(&QWidget::update));
    connect(m_tiles, &TileManager::sourcesChanged, this, [this] {
        m_camera.setDisplayDatum(m_tiles->displayDatum());
        scheduleOverlay();
        update();
    });
    connect(&m_overlayWatcher, &QFutureWatcher<OverlayFrame>::finished, this, &MapView::overlayJobDone);

    m_searchBox->setPlaceholderText(tr("Search a place, or type coordinates (120.155, 30.274 or 30°16'26\"N 120°09'18\"E)"));
    m_searchBox->setClearButtonEnabled(true);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        if (!search(m_searchBox->text())) {
            m_searchBox->setStyleSheet(QStringLiteral("QLineEdit { background: #ffe0e0; }"));
        }
    });
    connect(m_searchBox, &QLineEdit::textEdited, this, [this] { m_searchBox->setStyleSheet({}); });
    m_layerPanel = new MapLayerPanel(this, this);
    m_legend = new MapLegend(this);
    m_drawPanel = new MapDrawPanel(m_drawTool, this);
    connect(m_drawTool, &MapDrawTool::sceneChanged, this, [this] {
        composeDrawings();
        scheduleOverlay();
    });
    layoutChildren();
}

MapView::~MapView()
{
    m_overlayWatcher.waitForFinished();
}

void MapView::layoutChildren()
{
    m_searchBox->setGeometry(10, 10, std::min(420, width() - 20), m_searchBox->sizeHint().height());
    const QSize panel = m_layerPanel->sizeHint();
    m_layerPanel->setGeometry(width() - panel.width() - 10, 10, panel.width(), std::min(panel.height(), height() - 20));
    const QSize legend = m_legend->sizeHint();
    m_legend->setGeometry(width() - legend.width() - 10, height() - legend.height() - 34, legend.width(), legend.height());
    m_drawPanel->move(10, m_searchBox->geometry().bottom() + 6);
    m_drawPanel->adjustSize();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_camera.setViewportSize(size());
    layoutChildren();
    cameraMoved();
}

void MapView::setLayerRecords(ResourceKind kind, const QList<Record> &records)
{
    const int key = int(kind);
    const quint64 generation = ++m_layerGeneration[key];
    auto *watcher = new QFutureWatcher<MapLayerPtr>(this);
    connect(watcher, &QFutureWatcher<MapLayerPtr>::finished, this, [this, watcher, key, generation] {
        watcher->deleteLater();
        if (m_layerGeneration.value(key) != generation) {
            return; // a newer snapshot is on its way
        }
        auto layer = std::make_shared<MapLayer>(*watcher->result());
        if (const MapLayerPtr old = m_layers.value(key)) {
            layer->visible = old->visible;
            layer->opacity = old->opacity;
        }
        m_layers.insert(key, layer);
        Q_EMIT layersChanged();
        scheduleOverlay();
    });
    watcher->setFuture(QtConcurrent::run([kind, records] { return MapLayer::build(kind, records); }));
}

void MapView::setLayerVisible(ResourceKind kind, bool visible)
{
    if (const MapLayerPtr old = m_layers.value(int(kind))) {
        auto layer = std::make_shared<MapLayer>(*old);
        layer->visible = visible;
        m_layers.insert(int(kind), layer);
        scheduleOverlay();
    }
}

void MapView::setLayerOpacity(ResourceKind kind, double opacity)
{
    if (const MapLayerPtr old = m_layers.value(int(kind))) {
        auto layer = std::make_shared<MapLayer>(*old);
        layer->opacity = std::clamp(opacity, 0.0, 1.0);
        m_layers.insert(int(kind), layer);
        scheduleOverlay();
    }
}

bool MapView::isLayerVisible(ResourceKind kind) const
{
    const MapLayerPtr layer = m_layers.value(int(kind));
    return layer && layer->visible;
}

double MapView::layerOpacity(ResourceKind kind) const
{
    const MapLayerPtr layer = m_layers.value(int(kind));
    return layer ? layer->opacity : 1.0;
}

QList<ResourceKind> MapView::layerKinds() const
{
    // Drawing order: areas and infrastructure below, moving things and incidents on top.
    static const ResourceKind order[] = {ResourceKind::RiskPoints, ResourceKind::Shelters, ResourceKind::Targets,
                                         ResourceKind::Warehouses, ResourceKind::Cameras, ResourceKind::Sensors,
                                         ResourceKind::Teams, ResourceKind::Incidents};
    QList<ResourceKind> kinds;
    for (ResourceKind kind : order) {
        if (m_layers.contains(int(kind))) {
            kinds << kind;
        }
    }
    return kinds;
}

void MapView::setDrawings(const QList<MapDrawing> &drawings)
{
    m_fixedDrawings = drawings;
    composeDrawings();
    scheduleOverlay();
}

void MapView::setSelectedIds(const QSet<QString> &ids)
{
    m_scene.selectedIds = ids;
    scheduleOverlay();
}

void MapView::startMeasure(LonLat from)
{
    m_measuring = true;
    m_scene.measurement = {from};
    Q_EMIT measureChanged(0);
    scheduleOverlay();
}

void MapView::clearMeasure()
{
    m_measuring = false;
    m_scene.measurement.clear();
    scheduleOverlay();
}

void MapView::setReadoutGcj02(bool on)
{
    m_readoutGcj02 = on;
    update();
}

QString MapView::coordinateText(LonLat point) const
{
    const LonLat shown = m_readoutGcj02 ? wgs84ToGcj02(point) : point;
    return QStringLiteral("%1, %2").arg(shown.lon, 0, 'f', 5).arg(shown.lat, 0, 'f', 5);
}

void MapView::setView(LonLat center, double zoom)
{
    if (m_flight) {
        m_flight->stop();
    }
    m_camera.setCenter(center);
    m_camera.setZoom(zoom);
    cameraMoved();
}

void MapView::flyTo(LonLat target, double zoom)
{
    if (m_flight) {
        m_flight->stop();
        m_flight->deleteLater();
    }
    const QPointF from = WebMercator::toUnit(m_camera.center());
    const QPointF to = WebMercator::toUnit(target);
    const double fromZoom = m_camera.zoom();
    const double toZoom = std::clamp(zoom, MapCamera::kMinZoom, MapCamera::kMaxZoom);
    // Far jumps zoom out on the way so the user sees where the map goes.
    const double distancePx = std::hypot(to.x() - from.x(), to.y() - from.y()) * 256 * std::exp2(std::min(fromZoom, toZoom));
    const double dip = std::clamp(std::log2(std::max(1.0, distancePx / std::max(1, width()))), 0.0, 6.0);
    m_flight = new QVariantAnimation(this);
    m_flight->setStartValue(0.0);
    m_flight->setEndValue(1.0);
    m_flight->setDuration(dip > 0 ? 1200 : 600);
    m_flight->setEasingCurve(QEasingCurve::InOutCubic);
    m_interacting = true;
    connect(m_flight, &QVariantAnimation::valueChanged, this, [=, this](const QVariant &value) {
        const double t = value.toDouble();
        m_camera.setCenter(WebMercator::fromUnit(from + (to - from) * t));
        m_camera.setZoom(fromZoom + (toZoom - fromZoom) * t - dip * std::sin(t * M_PI));
        cameraMoved();
    });
    connect(m_flight, &QVariantAnimation::finished, this, [=, this] {
        m_camera.setCenter(target);
        m_camera.setZoom(toZoom);
        m_interacting = false;
        cameraMoved();
        Q_EMIT flyFinished();
    });
    m_flight->start();
}

void MapView::cameraMoved()
{
    m_tiles->cancelQueued(); // what was queued for the old view is not wanted any more
    scheduleOverlay();
    update();
    Q_EMIT cameraChanged();
}

void MapView::scheduleOverlay()
{
    m_overlayDirty = true;
    if (!m_overlayWatcher.isRunning()) {
        startOverlayJob();
    }
}

void MapView::startOverlayJob()
{
    m_overlayDirty = false;
    OverlayScene scene = m_scene;
    scene.layers.clear();
    for (ResourceKind kind : layerKinds()) {
        scene.layers << m_layers.value(int(kind));
    }
    scene.nowMs = QDateTime::currentMSecsSinceEpoch();
    // The drawing being edited is painted by the tool, live, over the overlay.
    if (const QString live = m_drawTool->liveDrawingId(); !live.isEmpty()) {
        scene.drawings.removeIf([&live](const MapDrawing &d) { return d.id == live; });
    }
    const quint64 serial = ++m_overlaySerial;
    m_overlayWatcher.setFuture(QtConcurrent::run([renderer = m_overlayRenderer, camera = m_camera, scene, serial] {
        OverlayFrame frame = renderer->render(camera, scene);
        frame.serial = serial;
        return frame;
    }));
}

void MapView::overlayJobDone()
{
    m_overlay = m_overlayWatcher.result();
    if (m_overlayDirty) {
        startOverlayJob(); // latest wins: the camera or data moved while this one rendered
    }
    update();
    Q_EMIT overlayUpdated();
}

bool MapView::isOverlayCurrent() const
{
    const MapCamera &c = m_overlay.camera;
    // The serial, not the watcher: a finished job's result may still be on its way to us.
    return !m_overlayDirty && m_overlay.serial == m_overlaySerial && !m_overlay.image.isNull() && c.center() == m_camera.center()
        && c.zoom() == m_camera.zoom() && c.viewportSize() == m_camera.viewportSize();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x0b, 0x1d, 0x33));
    m_renderer.setSmoothScaling(!m_interacting && !m_dragging);
    m_renderer.drawTiles(painter, m_camera, *m_tiles);
    paintOverlay(painter);
    m_drawTool->paint(painter);
    paintDecorations(painter);
}

void MapView::paintOverlay(QPainter &painter)
{
    if (m_overlay.image.isNull()) {
        return;
    }
    // The last frame may be for an older camera: place it where its pixels belong now.
    const MapCamera &frameCamera = m_overlay.camera;
    const double scale = std::exp2(m_camera.zoom() - frameCamera.zoom());
    QPointF frameOrigin = frameCamera.topLeftWorldPixel() * scale - m_camera.topLeftWorldPixel();
    // Across the antimeridian the two cameras may stand in neighbouring copies of the world: the
    // frame belongs to the copy nearest the current view.
    const double world = m_camera.worldWidth();
    if (world > 0.0) {
        frameOrigin.setX(frameOrigin.x() - world * std::round(frameOrigin.x() / world));
    }
    const QSizeF frameSize = QSizeF(frameCamera.viewportSize()) * scale;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
    painter.drawImage(QRectF(frameOrigin, frameSize), m_overlay.image);
    painter.restore();
}

void MapView::paintDecorations(QPainter &painter)
{
    // Scale bar: a round distance about 100 px long, bottom left.
    const double metersPerPixel = m_camera.metersPerPixel();
    const double target = metersPerPixel * 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double meters = magnitude;
    for (double step : {2.0, 5.0, 10.0}) {
        if (magnitude * step <= target) {
            meters = magnitude * step;
        }
    }
    const double barPx = meters / metersPerPixel;
    const QPointF origin(12, height() - 14);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin - QPointF(4, 18), QSizeF(barPx + 70, 24)), QColor(255, 255, 255, 190));
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(origin, origin + QPointF(barPx, 0));
    painter.drawLine(origin, origin - QPointF(0, 6));
    painter.drawLine(origin + QPointF(barPx, 0), origin + QPointF(barPx, -6));
    painter.drawText(origin + QPointF(barPx + 6, 0), formatDistance(meters));

    // Coordinate readout, bottom right.
    const QString readout = (m_readoutGcj02 ? QStringLiteral("GCJ-02  ") : QStringLiteral("WGS-84  "))
        + coordinateText(m_mouseInside ? m_mouseLonLat : m_camera.center()) + QStringLiteral("   z %1").arg(m_camera.zoom(), 0, 'f', 1);
    const QRectF box(width() - 330, height() - 26, 320, 20);
    painter.fillRect(box, QColor(255, 255, 255, 190));
    painter.setPen(Qt::black);
    painter.drawText(box, Qt::AlignCenter, readout);

    if (m_rubberBand || m_selectingArea) {
        if (m_selectingArea && !m_rubberBand) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, 46, width(), 24), Qt::AlignHCenter, tr("Drag a rectangle to choose the area; Esc cancels"));
            return;
        }
        painter.setPen(QPen(QColor(0x00, 0x78, 0xd7), 1, Qt::DashLine));
        painter.setBrush(QColor(0x00, 0x78, 0xd7, 40));
        painter.drawRect(m_rubberRect.normalized());
    }
}

} // namespace tw
