#pragma once

#include "drawing.h"
#include "overlayscene.h"
#include "replaystate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace tw {

class MapView;
class Store;

/// Keeps the map's user drawings and incident areas in step with the store, and turns what the
/// user does with the drawing tool into mutations: `drawing.create/update/delete` for drawings,
/// `incident.update` (field `area`) for an incident's area. A refused change is reported through
/// statusMessage and the map goes back to what is stored.
class MapDrawController : public QObject {
    Q_OBJECT
public:
    /// `store` must outlive the controller.
    MapDrawController(Store *store, MapView *map, QObject *parent = nullptr);

    void reloadDrawings();
    void reloadAreas();
    /// Shows the drawings and incident areas of a replayed moment; the store's changes wait until
    /// showLive().
    void showReplay(const ReplayState &state);
    /// Back to the store's drawings and areas.
    void showLive();

    static MapDrawing toMapDrawing(const Drawing &drawing);
    /// How an incident's area is shown: a translucent polygon in its level's colour.
    static MapDrawing toMapDrawing(const IncidentArea &area);
    /// The map-drawing id of an incident's area.
    static QString areaDrawingId(const QString &incidentId);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void create(const MapDrawing &drawing);
    void edit(const MapDrawing &drawing);
    void remove(const QString &id);
    void saveArea(const QString &incidentId, const QList<LonLat> &ring);
    bool apply(const QString &name, const QJsonObject &args, QString *id = nullptr);
    void scheduleReload(bool drawings, bool areas);

    Store *m_store;
    QPointer<MapView> m_map;
    QHash<QString, Drawing> m_drawings;
    bool m_drawingsStale = false;
    bool m_areasStale = false;
    bool m_replaying = false;
};

} // namespace tw
