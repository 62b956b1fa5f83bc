#include "incidentreportmap.h"

#include "basemap.h"
#include "demodata.h"
#include "mapfeature.h"
#include "maprenderer.h"
#include "overlayrenderer.h"
#include "tilemanager.h"
#include "webmercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tw {

namespace {

constexpr double kSingleZoom = 14.0; // the incident alone: a few blocks around it
constexpr double kMinZoom = 9.0;
constexpr double kMaxZoom = 16.0;

QList<LonLat> pointsOf(const ReportData &data)
{
    QList<LonLat> points{data.incident.position};
    points += data.incident.area;
    for (const ReportTeam &team : data.teams) {
        if (team.record.point && team.record.point->isValid()) {
            points.append(*team.record.point);
        }
    }
    return points;
}

} // namespace

ReportMapSnapshot::ReportMapSnapshot(QObject *parent) : QObject(parent)
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, &ReportMapSnapshot::finish);
}

ReportMapSnapshot::~ReportMapSnapshot() = default;

MapCamera ReportMapSnapshot::cameraFor(const ReportData &data, QSize size)
{
    const QList<LonLat> points = pointsOf(data);
    double left = 1.0, top = 1.0, right = 0.0, bottom = 0.0;
    for (const LonLat &point : points) {
        const QPointF at = WebMercator::toUnit(point);
        left = std::min(left, at.x());
        right = std::max(right, at.x());
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
    }
    const QRectF unit(QPointF(left, top), QPointF(right, bottom));
    double zoom = kSingleZoom;
    const double span = std::max(unit.width(), unit.height() * size.width() / double(size.height()));
    if (points.size() > 1 && span > 0.0) {
        // Leave a fifth of the picture free around the points.
        zoom = std::log2(size.width() * 0.6 / (WebMercator::kTileSize * span));
        zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    }
    const LonLat centre = points.size() > 1 ? WebMercator::fromUnit(unit.center()) : data.incident.position;
    return MapCamera(centre, zoom, size);
}

OverlayScene ReportMapSnapshot::sceneFor(const ReportData &data)
{
    OverlayScene scene;
    QList<Record> teams;
    for (const ReportTeam &team : data.teams) {
        if (team.record.point) {
            teams.append(team.record);
            // A thin line from each team to the incident shows who comes from where.
            MapDrawing line;
            line.id = QStringLiteral("report-route-") + team.record.id;
            line.shape = MapDrawing::Shape::Line;
            line.points = {*team.record.point, data.incident.position};
            line.color = QColor(0x44, 0x55, 0x66);
            scene.drawings.append(line);
        }
    }
    if (data.demoCity) {
        for (const DemoDistrict &district : demoDistricts()) {
            MapDrawing outline;
            outline.id = QStringLiteral("demo-district-") + district.name;
            outline.shape = MapDrawing::Shape::Polygon;
            outline.points = district.boundary;
            outline.label = district.name;
            outline.color = QColor(0x8d, 0x99, 0xae);
            scene.drawings.prepend(outline);
        }
        MapDrawing lake;
        lake.id = QStringLiteral("demo-water-lake");
        lake.shape = MapDrawing::Shape::Polygon;
        lake.points = demoWestLake();
        lake.color = QColor(0x2c, 0x7b, 0xb6);
        scene.drawings.prepend(lake);
        MapDrawing river = lake;
        river.id = QStringLiteral("demo-water-river");
        river.points = demoQiantangRiver();
        scene.drawings.prepend(river);
    }
    if (data.incident.area.size() >= 3) {
        MapDrawing area;
        area.id = QStringLiteral("report-area");
        area.shape = MapDrawing::Shape::Polygon;
        area.points = data.incident.area;
        area.color = eventLevelColor(data.incident.eventLevel);
        scene.drawings.append(area);
    }
    scene.layers << MapLayer::build(ResourceKind::Teams, teams)
                 << MapLayer::build(ResourceKind::Incidents, {data.incidentRecord});
    scene.selectedIds.insert(data.incident.id);
    scene.nowMs = data.options.generatedAtMs;
    scene.labels = true;
    return scene;
}

void ReportMapSnapshot::start(const ReportData &data, int timeLimitMs)
{
    delete m_tiles;
    m_tiles = new TileManager(this);
    QList<TileSourceSpec> sources = data.options.tileSources;
    if (sources.isEmpty()) {
        const TileSourceSpec world = bundledBasemapSource();
        if (!world.path.isEmpty()) {
            sources << world;
        }
    }
    m_tiles->setSources(sources);
    m_camera = cameraFor(data, QSize(kWidth, kHeight));
    m_camera.setDisplayDatum(m_tiles->displayDatum());
    m_scene = sceneFor(data);
    m_done = false;

    // A first pass asks for the tiles; the picture is drawn once they are in (or time is up).
    QImage probe(QSize(kWidth, kHeight), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&probe);
    MapRenderer().drawTiles(painter, m_camera, *m_tiles);
    painter.end();
    connect(m_tiles, &TileManager::idle, this, &ReportMapSnapshot::finish);
    if (m_tiles->pendingCount() == 0) {
        QTimer::singleShot(0, this, &ReportMapSnapshot::finish);
    }
    m_limit.start(timeLimitMs);
}

void ReportMapSnapshot::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_limit.stop();
    QImage image(QSize(kWidth, kHeight) * kPixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(QColor(0xd8, 0xdc, 0xe0));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    MapRenderer().drawTiles(painter, m_camera, *m_tiles);
    OverlayRenderer(kPixelRatio).draw(painter, m_camera, m_scene); // sprites drawn at print resolution
    painter.end();
    m_tiles->cancelQueued();
    Q_EMIT ready(image);
}

} // namespace tw
