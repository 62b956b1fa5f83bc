#include "situationviews.h"

#include "cameralist.h"
#include "consoleactions.h"
#include "logging.h"
#include "mainwindow.h"
#include "resourcepanel.h"
#include "store.h"
#include "videowall.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>

namespace tw {

SituationViews::SituationViews(MainWindow *window, Store *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{
    createVideoDocks();
    reloadCameras();
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

void SituationViews::createVideoDocks()
{
    m_wall = new VideoWall;
    m_wall->setObjectName(QStringLiteral("videoWall"));
    m_wallDock = new QDockWidget(m_window);
    m_wallDock->setObjectName(QStringLiteral("videoWallDock"));
    m_wallDock->setWidget(m_wall);
    m_window->addPanel(m_wallDock, Qt::LeftDockWidgetArea);

    m_cameraList = new CameraList;
    m_cameraDock = new QDockWidget(m_window);
    m_cameraDock->setObjectName(QStringLiteral("cameraListDock"));
    m_cameraDock->setWidget(m_cameraList);
    m_window->addPanel(m_cameraDock, Qt::LeftDockWidgetArea);
    m_window->tabifyDockWidget(m_wallDock, m_cameraDock);
    m_wallDock->raise();

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
    return shown;
}

void SituationViews::onRecordActivated(ResourceKind kind, const QString &id)
{
    if (kind == ResourceKind::Incidents) {
        m_selectedIncidentId = id;
    } else if (kind == ResourceKind::Cameras) {
        m_wall->showCameras({id});
    }
}

void SituationViews::onRecordsChanged(ResourceKind kind, const QString &id)
{
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

} // namespace tw
