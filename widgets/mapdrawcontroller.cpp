#include "mapdrawcontroller.h"

#include "mapdrawpanel.h"
#include "mapdrawtool.h"
#include "mapfeature.h"
#include "mapview.h"
#include "store.h"

#include <QTimer>

namespace tw {

namespace {

MapDrawing::Shape mapShape(Drawing::Shape shape)
{
    switch (shape) {
    case Drawing::Shape::Point:
        return MapDrawing::Shape::Point;
    case Drawing::Shape::Line:
        return MapDrawing::Shape::Line;
    case Drawing::Shape::Polygon:
        return MapDrawing::Shape::Polygon;
    case Drawing::Shape::Circle:
        return MapDrawing::Shape::Circle;
    }
    return MapDrawing::Shape::Point;
}

Drawing::Shape storedShape(MapDrawing::Shape shape)
{
    switch (shape) {
    case MapDrawing::Shape::Point:
        return Drawing::Shape::Point;
    case MapDrawing::Shape::Line:
        return Drawing::Shape::Line;
    case MapDrawing::Shape::Polygon:
        return Drawing::Shape::Polygon;
    case MapDrawing::Shape::Circle:
        return Drawing::Shape::Circle;
    }
    return Drawing::Shape::Point;
}

} // namespace

MapDrawController::MapDrawController(Store *store, MapView *map, QObject *parent)
    : QObject(parent), m_store(store), m_map(map)
{
    MapDrawTool *tool = map->drawTool();
    connect(tool, &MapDrawTool::drawingFinished, this, &MapDrawController::create);
    connect(tool, &MapDrawTool::drawingEdited, this, &MapDrawController::edit);
    connect(tool, &MapDrawTool::drawingDeleteRequested, this, &MapDrawController::remove);
    connect(tool, &MapDrawTool::incidentAreaFinished, this, &MapDrawController::saveArea);
    // Changes made elsewhere (another panel, a sync pull) arrive here; a burst reloads once.
    connect(store, &Store::mutationApplied, this, [this](const LoggedMutation &logged) {
        if (logged.mutation.name.startsWith(QLatin1String("drawing."))) {
            scheduleReload(true, false);
        }
    });
    connect(store, &Store::recordsChanged, this, [this](ResourceKind kind, const QString &) {
        if (kind == ResourceKind::Incidents) {
            scheduleReload(false, true);
        }
    });
    reloadDrawings();
    reloadAreas();
}

QString MapDrawController::areaDrawingId(const QString &incidentId)
{
    return QStringLiteral("incident-area:") + incidentId;
}

MapDrawing MapDrawController::toMapDrawing(const Drawing &drawing)
{
    MapDrawing d;
    d.id = drawing.id;
    d.shape = mapShape(drawing.shape);
    d.points = drawing.points;
    d.radiusMeters = drawing.radiusMeters;
    d.label = drawing.label;
    d.color = QColor::fromString(drawing.color);
    return d;
}

MapDrawing MapDrawController::toMapDrawing(const IncidentArea &area)
{
    MapDrawing d;
    d.id = areaDrawingId(area.incidentId);
    d.shape = MapDrawing::Shape::Polygon;
    d.points = area.ring;
    d.label = area.title;
    d.color = eventLevelColor(area.eventLevel);
    return d;
}

void MapDrawController::showReplay(const ReplayState &state)
{
    m_replaying = true;
    QList<MapDrawing> drawings;
    for (const Drawing &drawing : state.drawings) {
        drawings << toMapDrawing(drawing);
    }
    QList<MapDrawing> areas;
    for (const Record &incident : state.recordList(ResourceKind::Incidents)) {
        const QString status = incident.text(QStringLiteral("status"));
        if (status == QLatin1String("closed") || status == QLatin1String("false_alarm")) {
            continue;
        }
        IncidentArea area{incident.id, incident.text(QStringLiteral("title")), incident.text(QStringLiteral("event_level")),
                          status, areaPolygonRing(incident.text(QStringLiteral("area")))};
        if (!area.ring.isEmpty()) {
            areas << toMapDrawing(area);
        }
    }
    if (m_map) {
        m_map->setUserDrawings(drawings);
        m_map->setIncidentAreas(areas);
    }
}

void MapDrawController::showLive()
{
    if (!m_replaying) {
        return;
    }
    m_replaying = false;
    reloadDrawings();
    reloadAreas();
}

void MapDrawController::scheduleReload(bool drawings, bool areas)
{
    if (m_replaying) {
        return; // showLive() reloads both
    }
    const bool idle = !m_drawingsStale && !m_areasStale;
    m_drawingsStale = m_drawingsStale || drawings;
    m_areasStale = m_areasStale || areas;
    if (idle) {
        QTimer::singleShot(0, this, [this] {
            if (m_drawingsStale) {
                reloadDrawings();
            }
            if (m_areasStale) {
                reloadAreas();
            }
        });
    }
}

void MapDrawController::reloadDrawings()
{
    m_drawingsStale = false;
    m_drawings.clear();
    QList<MapDrawing> shown;
    for (const Drawing &drawing : readDrawings(*m_store)) {
        m_drawings.insert(drawing.id, drawing);
        shown << toMapDrawing(drawing);
    }
    if (m_map) {
        m_map->setUserDrawings(shown);
    }
}

void MapDrawController::reloadAreas()
{
    m_areasStale = false;
    QList<MapDrawing> shown;
    for (const IncidentArea &area : readIncidentAreas(*m_store)) {
        // Finished incidents leave the map's areas, as they leave the incident list.
        if (area.status != QLatin1String("closed") && area.status != QLatin1String("false_alarm")) {
            shown << toMapDrawing(area);
        }
    }
    if (m_map) {
        m_map->setIncidentAreas(shown);
    }
}

bool MapDrawController::apply(const QString &name, const QJsonObject &args, QString *id)
{
    const Result<MutationOutcome> applied = m_store->apply(name, args);
    if (!applied) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(applied.errorString()));
        return false;
    }
    if (id) {
        *id = applied->id;
    }
    return true;
}

void MapDrawController::create(const MapDrawing &drawing)
{
    Drawing stored;
    stored.shape = storedShape(drawing.shape);
    stored.points = drawing.points;
    stored.radiusMeters = drawing.shape == MapDrawing::Shape::Circle ? drawing.radiusMeters : 0.0;
    stored.label = drawing.label;
    stored.color = drawing.color.name();
    QString id;
    const bool saved = apply(QStringLiteral("drawing.create"), stored.createArgs(), &id);
    reloadDrawings();
    if (saved && m_map) {
        // Selected with the cursor in its label box: type the label right away.
        m_map->drawTool()->select(id);
        m_map->drawPanel()->editLabel();
    }
}

void MapDrawController::edit(const MapDrawing &drawing)
{
    const auto before = m_drawings.constFind(drawing.id);
    if (before == m_drawings.constEnd()) {
        reloadDrawings();
        return;
    }
    QJsonObject args{{QStringLiteral("id"), drawing.id}};
    if (drawing.points != before->points) {
        args.insert(QStringLiteral("points"), lonLatListToJson(drawing.points));
    }
    if (before->shape == Drawing::Shape::Circle && drawing.radiusMeters != before->radiusMeters) {
        args.insert(QStringLiteral("radius_m"), drawing.radiusMeters);
    }
    if (drawing.label != before->label) {
        args.insert(QStringLiteral("label"), drawing.label);
    }
    if (drawing.color.name() != before->color) {
        args.insert(QStringLiteral("color"), drawing.color.name());
    }
    if (args.size() > 1) {
        apply(QStringLiteral("drawing.update"), args);
    }
    reloadDrawings(); // saved, or back to what is stored
}

void MapDrawController::remove(const QString &id)
{
    apply(QStringLiteral("drawing.delete"), {{QStringLiteral("id"), id}});
    reloadDrawings();
}

void MapDrawController::saveArea(const QString &incidentId, const QList<LonLat> &ring)
{
    const Result<QList<LonLat>> checked = checkDrawingGeometry(Drawing::Shape::Polygon, ring, 0.0, QStringLiteral("area"));
    if (!checked) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(checked.errorString()));
        return;
    }
    if (apply(QStringLiteral("incident.update"),
              {{QStringLiteral("id"), incidentId}, {QStringLiteral("area"), areaPolygonJson(checked.value())}})) {
        Q_EMIT statusMessage(tr("The incident's area is saved."));
    }
    reloadAreas();
}

} // namespace tw
