#pragma once

#include "lonlat.h"
#include "record.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QMenu;

namespace tw {

class VideoTile;

/// How the wall splits into tiles. OnePlusFive / OnePlusSeven: one big tile and a ring of small.
enum class WallLayout { Single, Grid2x2, Grid3x3, Grid4x4, OnePlusFive, OnePlusSeven };

/// The camera wall: up to 16 tiles in a layout, fed with camera records. Cameras arrive by
/// showCameras(), by a drop of "application/x-tidewatch-camera" onto a tile, by a tour, by an
/// alarm, or by "fill with cameras covering" a point. Double-click maximises a tile (main
/// stream). The wall can move into its own top-level window for a second monitor.
class VideoWall : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxTiles = 16;

    explicit VideoWall(QWidget *parent = nullptr);
    ~VideoWall() override;

    /// The camera records (ResourceKind::Cameras) the wall may show; tiles showing a camera
    /// whose URIs changed follow, tiles showing a removed camera are cleared.
    void setCameras(const QList<Record> &cameras);
    QList<Record> cameras() const { return m_cameras.values(); }
    /// Shows these cameras in tile order, enlarging the layout if they do not fit (16 at most).
    void showCameras(const QStringList &ids);
    /// Puts one camera into one tile.
    void assignCamera(int tileIndex, const QString &cameraId);
    /// Camera ids per visible tile ("" for an empty tile).
    QStringList shownCameraIds() const;

    void setWallLayout(WallLayout layout);
    WallLayout wallLayout() const { return m_layout; }
    static int tileCount(WallLayout layout);
    /// Tile rectangles of a layout inside `area`, tile 0 first (the big one in 1+N layouts).
    static QList<QRect> tileRects(WallLayout layout, const QRect &area);
    static QString layoutName(WallLayout layout);

    /// Double-click: a tile fills the wall and takes the main stream; again to go back.
    void setMaximisedTile(int tileIndex);
    int maximisedTile() const { return m_maximised; }

    /// Cycles `cameraIds` a page (tile count) at a time every `dwellSeconds`.
    void startTour(const QStringList &cameraIds, int dwellSeconds);
    void stopTour();
    bool isTouring() const { return m_tourTimer.isActive(); }

    /// An incident or sensor alarm at `point`: the best camera goes into tile 0, marked.
    /// Returns the camera id, empty when no camera covers or is near the point.
    QString showAlarmAt(LonLat point);
    /// Fills the wall with the cameras whose field of view contains `point`, nearest first;
    /// returns how many.
    int fillWithCamerasCovering(LonLat point);

    /// Drill mode: every tile shows a large 演习 EXERCISE watermark.
    void setExerciseMode(bool exercise);
    bool exerciseMode() const { return m_exercise; }

    /// Moves the tiles into their own top-level window (a second monitor) and back.
    void setDetached(bool detached);
    bool isDetached() const { return m_window != nullptr; }

    /// Named layouts with their cameras, kept in QSettings under "videoWall/presets".
    void savePreset(const QString &name);
    bool loadPreset(const QString &name);
    void removePreset(const QString &name);
    static QStringList presetNames();

    /// Snapshot of a tile's picture into `directory`; also emits snapshotTaken().
    Result<QString> saveSnapshot(int tileIndex, const QString &directory);
    void setRecordingDirectory(const QString &directory) { m_recordingDirectory = directory; }
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }

    VideoTile *tile(int index) const;
    /// Builds the tile context menu (also used by the main window's Video menu).
    QMenu *createMenu(int tileIndex, QWidget *parent);

Q_SIGNALS:
    void layoutChanged(tw::WallLayout layout);
    void detachedChanged(bool detached);
    /// For the incident timeline: a snapshot or recording of a camera was written.
    void snapshotTaken(const QString &cameraId, const QString &path);
    void recordingFinished(const QString &cameraId, const QStringList &files);
    void alarmShown(const QString &cameraId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void arrangeTiles();
    void nextTourPage();
    void tickClock();
    int indexOf(const VideoTile *tile) const;
    void watchWindow();

    QWidget *m_canvas = nullptr;
    QLabel *m_placeholder = nullptr;
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_watchedWindow;
    QList<VideoTile *> m_tiles;
    QHash<QString, Record> m_cameras;
    WallLayout m_layout = WallLayout::Grid2x2;
    int m_maximised = -1;
    bool m_exercise = false;
    QTimer m_clock;
    QTimer m_tourTimer;
    QStringList m_tourIds;
    int m_tourPosition = 0;
    QString m_recordingDirectory;
    QString m_snapshotDirectory;
};

} // namespace tw

Q_DECLARE_METATYPE(tw::WallLayout)
