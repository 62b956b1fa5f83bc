#pragma once

#include "incidentreport.h"
#include "mapcamera.h"
#include "overlayscene.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tw {

class TileManager;

/// The map of a report: the incident's surroundings from the offline tile sources (the bundled
/// world basemap unless others are given), with the incident, its area, the committed teams and,
/// for the demo city, its outline drawn on top. Tiles load on the tile manager's thread, so the
/// snapshot arrives later by `ready`, at the latest after the time limit with whatever has loaded.
class ReportMapSnapshot : public QObject {
    Q_OBJECT
public:
    /// The picture's size in logical pixels; it is drawn at twice that for print.
    static constexpr int kWidth = 800;
    static constexpr int kHeight = 520;
    static constexpr qreal kPixelRatio = 2.0;

    explicit ReportMapSnapshot(QObject *parent = nullptr);
    ~ReportMapSnapshot() override;

    /// Starts the snapshot of `data`; `ready` follows exactly once (not from within this call).
    void start(const ReportData &data, int timeLimitMs = 8000);

    /// The view that shows the incident, its area and the committed teams.
    static MapCamera cameraFor(const ReportData &data, QSize size);
    /// What is drawn over the tiles.
    static OverlayScene sceneFor(const ReportData &data);

Q_SIGNALS:
    void ready(const QImage &image);

private:
    void finish();

    TileManager *m_tiles = nullptr;
    MapCamera m_camera;
    OverlayScene m_scene;
    QTimer m_limit;
    bool m_done = true;
};

} // namespace tw
