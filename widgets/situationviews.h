#pragma once

#include "entityschema.h"
#include "lonlat.h"
#include "replaystate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QAction;
class QDockWidget;

namespace tw {

class CameraList;
class MainWindow;
class MapDrawController;
class MapView;
class ReplayBanner;
class Store;
class VideoWall;

/// Puts the situation views (video wall, camera list, map) into the main window and keeps them
/// fed from the store: camera records into the wall, the selected incident for "cameras covering
/// it", and an alarm tile when a new incident or a sensor alarm arrives.
class SituationViews : public QObject {
    Q_OBJECT
public:
    SituationViews(MainWindow *window, Store *store);

    VideoWall *videoWall() const { return m_wall; }
    MapView *mapView() const { return m_map; }
    CameraList *cameraList() const { return m_cameraList; }
    /// The incident last selected in any panel, if any.
    QString selectedIncidentId() const { return m_selectedIncidentId; }

    /// Centres the map on a record and selects it (an incident also becomes the selected one).
    void focusRecord(ResourceKind kind, const QString &id) { onRecordActivated(kind, id); }

    /// Fills the wall with the cameras whose field of view covers the selected incident.
    int showCamerasCoveringSelectedIncident();

    /// Feeds the map layers from a replayed moment instead of the store (only the kinds that
    /// changed since the last one shown), under a REPLAY badge, until showLive(). Map actions that
    /// would change data are refused meanwhile.
    void showReplay(const ReplayState &state);
    /// Back to the live records.
    void showLive();
    bool isReplaying() const { return m_replay.has_value(); }
    ReplayBanner *replayBanner() const { return m_banner; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMap();
    void reloadMapLayers();
    void onMapRecordActivated(ResourceKind kind, const QString &id);
    void showNearestTeams(LonLat from);
    void createVideoDocks();
    void reloadCameras();
    void onRecordsChanged(ResourceKind kind, const QString &id);
    void onRecordActivated(ResourceKind kind, const QString &id);
    void onSnapshotTaken(const QString &cameraId, const QString &path);
    void rememberAlarmStates();
    std::optional<LonLat> incidentPoint(const QString &id) const;
    void retranslate();

    QPointer<MainWindow> m_window;
    Store *m_store;
    MapView *m_map = nullptr;
    QSet<ResourceKind> m_staleLayers;
    VideoWall *m_wall = nullptr;
    CameraList *m_cameraList = nullptr;
    QDockWidget *m_wallDock = nullptr;
    QDockWidget *m_cameraDock = nullptr;
    QAction *m_coveringAction = nullptr;
    QString m_selectedIncidentId;
    QSet<QString> m_knownIncidents;
    QHash<QString, QString> m_sensorAlarmStates;
    std::optional<ReplayState> m_replay;
    MapDrawController *m_drawings = nullptr;
    ReplayBanner *m_banner = nullptr;
};

} // namespace tw
