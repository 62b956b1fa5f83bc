#include "situationviews.h"

#include "cameralist.h"
#include "consoleactions.h"
#include "demodata.h"
#include "geo.h"
#include "logging.h"
#include "mapdrawcontroller.h"
#include "mapdrawtool.h"
#include "mapview.h"
#include "recordform.h"
#include "replaybanner.h"
#include "mainwindow.h"
#include "resourcepanel.h"
#include "store.h"
#include "videowall.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QStatusBar>

namespace tw {

namespace {

// The demo city's districts, West Lake and the Qiantang River, so the demo map reads as a city
// even on the coarse offline world basemap.
QList<MapDrawing> demoCityOutline()
{
    QList<MapDrawing> drawings;
    for (const DemoDistrict &district : demoDistricts()) {
        MapDrawing outline;
        outline.id = QStringLiteral("demo-district-") + district.name;
        outline.shape = MapDrawing::Shape::Polygon;
        outline.points = district.boundary;
        outline.label = district.name;
        outline.color = QColor(0x8d, 0x99, 0xae);
        drawings << outline;
    }
    const QList<QPair<QString, QList<LonLat>>> waters{
        {QStringLiteral("西湖"), demoWestLake()},
        {QStringLiteral("钱塘江"), demoQiantangRiver()},
    };
    for (const auto &[name, ring] : waters) {
        MapDrawing water;
        water.id = QStringLiteral("demo-water-") + name;
        water.shape = MapDrawing::Shape::Polygon;
        water.points = ring;
        water.label = name;
        water.color = QColor(0x2c, 0x7b, 0xb6);
        drawings << water;
    }
    return drawings;
}

// The nearest available teams of a replayed moment, nearest first.
QList<Neighbor> nearestAvailableTeams(const ReplayState &state, LonLat from, int count)
{
    QList<Neighbor> teams;
    for (const Record &team : state.recordsOf(ResourceKind::Teams)) {
        if (team.point && team.text(QStringLiteral("status")) == QLatin1String("available")) {
            teams.append({team, distanceMeters(from, *team.point)});
        }
    }
    std::sort(teams.begin(), teams.end(),
              [](const Neighbor &a, const Neighbor &b) { return a.distanceMeters < b.distanceMeters; });
    return teams.mid(0, count);
}

} // namespace

SituationViews::SituationViews(MainWindow *window, Store *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{
    createMap();
    createVideoDocks();
    reloadCameras();
    // Start with the first cameras on a 2×2 wall so the wall is live from the first minute.
    QStringList firstCameras;
    for (const Record &camera : m_wall->cameras()) {
        firstCameras << camera.id;
    }
    std::sort(firstCameras.begin(), firstCameras.end());
    m_wall->showCameras(firstCameras.mid(0, 4));
    for (const Record &incident : m_store->records(ResourceKind::Incidents)) {
        m_knownIncidents.insert(incident.id);
    }
    rememberAlarmStates();

    connect(m_store, &Store::recordsChanged, this, &SituationViews::onRecordsChanged);
    for (const KindDef &kind : allKinds()) {
        if (ResourcePanel *panel = window->resourcePanel(kind.kind)) {
            connect(panel, &ResourcePanel::recordActivated, this, &SituationViews::onRecordActivated);
        }
    }
    connect(this, &SituationViews::statusMessage, window, [window](const QString &message) {
        window->statusBar()->showMessage(message, 8000);
    });
    window->installEventFilter(this);
    retranslate();
}

bool SituationViews::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void SituationViews::createMap()
{
    m_map = new MapView;
    m_map->setObjectName(QStringLiteral("mapView"));
    m_window->setCentralMapWidget(m_map);
    // The urban districts of the city fill the first view.
    m_map->setView(LonLat(120.19, 30.26), 11.5);
    for (const KindDef &kind : allKinds()) {
        if (kind.hasPoint) {
            m_staleLayers.insert(kind.kind);
        }
    }
    reloadMapLayers();
    if (m_store->metadata(QStringLiteral("dataset")) == QLatin1String("demo")) {
        m_map->setDrawings(demoCityOutline());
    }
    // User drawings and incident areas, saved through mutations.
    m_drawings = new MapDrawController(m_store, m_map, this);
    connect(m_drawings, &MapDrawController::statusMessage, this, &SituationViews::statusMessage);

    m_map->setNameSearch([this](const QString &text) {
        QList<MapSearchHit> hits;
        for (const SearchHit &hit : m_store->search(text, 20)) {
            const ResourceKind kind = hit.isTimelineEvent ? ResourceKind::Incidents : hit.kind;
            const QString id = hit.isTimelineEvent ? hit.incidentId : hit.id;
            const Result<Record> record = m_store->record(kind, id);
            if (record.ok() && record->point) {
                hits.append({kind, id, hit.title, *record->point});
            }
        }
        return hits;
    });
    connect(m_map, &MapView::recordActivated, this, &SituationViews::onMapRecordActivated);
    m_banner = new ReplayBanner(m_map);
    m_banner->placeBelow(m_map->searchBox());
    connect(m_map, &MapView::newIncidentRequested, this, [this](LonLat position) {
        if (m_replay) {
            Q_EMIT statusMessage(tr("Replay only shows the past: return to live to report an incident."));
            return;
        }
        ResourcePanel *panel = m_window->resourcePanel(ResourceKind::Incidents);
        if (QDockWidget *dock = m_window->resourceDock(ResourceKind::Incidents)) {
            dock->show();
            dock->raise();
        }
        panel->newRecord();
        panel->form()->startNew(position);
    });
    connect(m_map, &MapView::nearestResourcesRequested, this, &SituationViews::showNearestTeams);
    connect(m_map, &MapView::coordinatesCopied, this, [this](const QString &text) {
        Q_EMIT statusMessage(tr("Copied %1").arg(text));
    });
    connect(m_map, &MapView::measureChanged, this, [this](double meters) {
        Q_EMIT statusMessage(meters >= 1000.0 ? tr("Distance: %1 km").arg(meters / 1000.0, 0, 'f', 2)
                                              : tr("Distance: %1 m").arg(meters, 0, 'f', 0));
    });
}

void SituationViews::reloadMapLayers()
{
    if (m_replay) {
        return; // the replayed moment stays on the map; showLive() reloads what went stale
    }
    for (const ResourceKind kind : std::as_const(m_staleLayers)) {
        m_map->setLayerRecords(kind, m_store->records(kind));
    }
    m_staleLayers.clear();
}

void SituationViews::onMapRecordActivated(ResourceKind kind, const QString &id)
{
    if (kind == ResourceKind::Incidents) {
        m_selectedIncidentId = id;
    }
    m_map->setSelectedIds({id});
    if (QDockWidget *dock = m_window->resourceDock(kind)) {
        dock->show();
        dock->raise();
    }
    if (ResourcePanel *panel = m_window->resourcePanel(kind)) {
        panel->selectRecord(id);
    }
}

void SituationViews::showNearestTeams(LonLat from)
{
    RecordFilter available;
    available.equals.insert(QStringLiteral("status"), QStringLiteral("available"));
    const QList<Neighbor> nearest =
        m_replay ? nearestAvailableTeams(*m_replay, from, 10) : m_store->nearest(ResourceKind::Teams, from, 10, available);
    const FieldDef *kindField = kindDef(ResourceKind::Teams).field(QStringLiteral("team_kind"));
    QSet<QString> ids;
    QStringList lines;
    for (const Neighbor &neighbor : nearest) {
        ids.insert(neighbor.record.id);
        lines << tr("%1 (%2) — %3 km")
                     .arg(neighbor.record.displayName(),
                          kindField->enumLabel(neighbor.record.text(QStringLiteral("team_kind"))))
                     .arg(neighbor.distanceMeters / 1000.0, 0, 'f', 1);
    }
    m_map->setSelectedIds(ids);
    QMessageBox box(QMessageBox::Information, tr("Nearest available teams"),
                    lines.isEmpty() ? tr("No team is available.") : lines.join(QLatin1Char('\n')),
                    QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("nearestTeamsBox"));
    box.setWindowModality(Qt::NonModal);
    box.exec();
}

void SituationViews::createVideoDocks()
{
    m_wall = new VideoWall;
    m_wall->setObjectName(QStringLiteral("videoWall"));
    m_wallDock = new QDockWidget(m_window);
    m_wallDock->setObjectName(QStringLiteral("videoWallDock"));
    m_wallDock->setWidget(m_wall);
    // The wall sits under the map; the resource panels keep the full height on the right.
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->addPanel(m_wallDock, Qt::BottomDockWidgetArea);

    m_cameraList = new CameraList;
    m_cameraDock = new QDockWidget(m_window);
    m_cameraDock->setObjectName(QStringLiteral("cameraListDock"));
    m_cameraDock->setWidget(m_cameraList);
    m_window->addPanel(m_cameraDock, Qt::BottomDockWidgetArea);
    m_window->tabifyDockWidget(m_wallDock, m_cameraDock);
    m_wallDock->raise();
    m_window->resizeDocks({m_wallDock}, {360}, Qt::Vertical);

    connect(m_cameraList, &CameraList::cameraActivated, m_wall, [this](const QString &cameraId) {
        m_wall->showCameras({cameraId});
    });
    connect(m_wall, &VideoWall::snapshotTaken, this, &SituationViews::onSnapshotTaken);

    m_coveringAction = new QAction(m_window);
    m_coveringAction->setObjectName(QStringLiteral("camerasCoveringIncident"));
    m_coveringAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_coveringAction->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(m_coveringAction);
    connect(m_coveringAction, &QAction::triggered, this, [this] { showCamerasCoveringSelectedIncident(); });
    if (QMenu *panels = m_window->consoleActions()->panelsMenu()) {
        panels->addSeparator();
        panels->addAction(m_coveringAction);
    }
}

void SituationViews::retranslate()
{
    m_wallDock->setWindowTitle(tr("Video wall"));
    m_cameraDock->setWindowTitle(tr("Camera list"));
    m_coveringAction->setText(tr("Show cameras covering the selected incident"));
}

void SituationViews::reloadCameras()
{
    const QList<Record> cameras = m_store->records(ResourceKind::Cameras);
    m_wall->setCameras(cameras);
    m_cameraList->setCameras(cameras);
}

int SituationViews::showCamerasCoveringSelectedIncident()
{
    const std::optional<LonLat> point = incidentPoint(m_selectedIncidentId);
    if (!point) {
        Q_EMIT statusMessage(tr("Select an incident first."));
        return 0;
    }
    const int shown = m_wall->fillWithCamerasCovering(*point);
    Q_EMIT statusMessage(shown > 0 ? tr("%n camera(s) cover the incident.", nullptr, shown)
                                   : tr("No camera covers the incident."));
    m_wallDock->raise();
    m_window->resizeDocks({m_wallDock}, {360}, Qt::Vertical);
    return shown;
}

void SituationViews::onRecordActivated(ResourceKind kind, const QString &id)
{
    const Record *replayed = m_replay ? m_replay->record(kind, id) : nullptr;
    const Result<Record> record = replayed ? Result<Record>(*replayed) : m_store->record(kind, id);
    if (record.ok() && record->point) {
        m_map->setSelectedIds({id});
        m_map->flyTo(*record->point, 15.0);
    }
    if (kind == ResourceKind::Incidents) {
        m_selectedIncidentId = id;
    } else if (kind == ResourceKind::Cameras) {
        m_wall->showCameras({id});
    }
}

void SituationViews::onRecordsChanged(ResourceKind kind, const QString &id)
{
    if (kindDef(kind).hasPoint) {
        // A burst of changes (an import, a sync batch) rebuilds each layer once.
        const bool first = m_staleLayers.isEmpty();
        m_staleLayers.insert(kind);
        if (first) {
            QTimer::singleShot(100, this, &SituationViews::reloadMapLayers);
        }
    }
    if (kind == ResourceKind::Cameras) {
        reloadCameras();
        return;
    }
    if (kind == ResourceKind::Incidents) {
        // A new incident pops the best camera onto the alarm tile.
        const QList<Record> incidents = id.isEmpty() ? m_store->records(ResourceKind::Incidents)
                                                     : QList<Record>{};
        QStringList fresh;
        if (id.isEmpty()) {
            for (const Record &incident : incidents) {
                if (!m_knownIncidents.contains(incident.id)) {
                    fresh << incident.id;
                }
            }
        } else if (!m_knownIncidents.contains(id)) {
            fresh << id;
        }
        for (const QString &incidentId : std::as_const(fresh)) {
            m_knownIncidents.insert(incidentId);
            if (const std::optional<LonLat> point = incidentPoint(incidentId)) {
                m_wall->showAlarmAt(*point);
            }
        }
        return;
    }
    if (kind == ResourceKind::Sensors) {
        const QHash<QString, QString> before = m_sensorAlarmStates;
        rememberAlarmStates();
        for (auto it = m_sensorAlarmStates.cbegin(); it != m_sensorAlarmStates.cend(); ++it) {
            if (it.value() == QLatin1String("alarm") && before.value(it.key()) != QLatin1String("alarm")) {
                const Result<Record> sensor = m_store->record(ResourceKind::Sensors, it.key());
                if (sensor.ok() && sensor->point) {
                    m_wall->showAlarmAt(*sensor->point);
                }
            }
        }
    }
}

void SituationViews::rememberAlarmStates()
{
    m_sensorAlarmStates.clear();
    for (const Record &sensor : m_store->records(ResourceKind::Sensors)) {
        m_sensorAlarmStates.insert(sensor.id, sensor.text(QStringLiteral("alarm_state")));
    }
}

void SituationViews::onSnapshotTaken(const QString &cameraId, const QString &path)
{
    if (m_selectedIncidentId.isEmpty()) {
        Q_EMIT statusMessage(tr("Snapshot saved to %1").arg(path));
        return;
    }
    const Result<Record> camera = m_store->record(ResourceKind::Cameras, cameraId);
    const QString cameraName = camera.ok() ? camera->displayName() : cameraId;
    const QJsonObject args{{QStringLiteral("incident_id"), m_selectedIncidentId},
                           {QStringLiteral("text"), tr("Snapshot from camera %1: %2").arg(cameraName, path)}};
    const Result<MutationOutcome> applied = m_store->apply(QStringLiteral("timeline.note"), args);
    Q_EMIT statusMessage(applied.ok() ? tr("Snapshot attached to the incident's timeline.")
                                      : tr("Snapshot saved to %1, but not attached: %2").arg(path, applied.errorString()));
}

std::optional<LonLat> SituationViews::incidentPoint(const QString &id) const
{
    if (id.isEmpty()) {
        return std::nullopt;
    }
    const Result<Record> incident = m_store->record(ResourceKind::Incidents, id);
    if (!incident.ok()) {
        return std::nullopt;
    }
    return incident->point;
}

void SituationViews::showReplay(const ReplayState &state)
{
    for (const KindDef &kind : allKinds()) {
        // Unchanged tables are still shared with the last moment shown: no layer rebuild.
        if (kind.hasPoint && (!m_replay || !state.recordsOf(kind.kind).isSharedWith(m_replay->recordsOf(kind.kind)))) {
            m_map->setLayerRecords(kind.kind, state.recordList(kind.kind));
        }
    }
    m_replay = state;
    m_banner->showMoment(state.atMs);
    m_map->drawTool()->setEditable(false); // replay never writes
    m_drawings->showReplay(state);
}

void SituationViews::showLive()
{
    if (!m_replay) {
        return;
    }
    m_replay.reset();
    m_banner->clearMoment();
    m_map->drawTool()->setEditable(true);
    m_drawings->showLive();
    for (const KindDef &kind : allKinds()) {
        if (kind.hasPoint) {
            m_staleLayers.insert(kind.kind);
        }
    }
    reloadMapLayers();
}

} // namespace tw
