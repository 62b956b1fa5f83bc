#pragma once

#include "record.h"
#include "result.h"
#include "videostats.h"
#include "videotilepainter.h"

#include <QPointer>
#include <QWidget>

namespace tw {

class VideoRecorder;
class VideoSession;

/// One tile of the video wall: shows a camera's session with its overlay; accepts a camera
/// dropped on it; double-click asks the wall to maximise it. Hidden tiles decode nothing.
class VideoTile : public QWidget {
    Q_OBJECT
public:
    explicit VideoTile(QWidget *parent = nullptr);
    ~VideoTile() override;

    /// Shows `camera` (its main_uri/sub_uri); an empty record clears the tile.
    void setCamera(const Record &camera);
    void clearCamera();
    QString cameraId() const { return m_camera.id; }
    const Record &camera() const { return m_camera; }
    VideoSession *session() const { return m_session; }

    void setExerciseMode(bool exercise);
    void setAlarm(bool alarm);
    bool isAlarm() const { return m_alarm; }
    void setSelected(bool selected);
    /// Maximised tiles take the main stream.
    void setMaximised(bool maximised);
    /// Updates the burnt-in clock text (the wall ticks all tiles once a second).
    void setClockText(const QString &text);

    /// Snapshot of the current picture into `directory`.
    Result<QString> saveSnapshot(const QString &directory);
    /// Starts/stops recording this camera's main stream into `directory`.
    Status startRecording(const QString &directory, int segmentSeconds = 300);
    void stopRecording();
    bool isRecording() const;

    /// Frames painted since the tile was created (a paint with a new frame counts once).
    qint64 framesPainted() const { return m_framesPainted; }

    static QString mimeType();

Q_SIGNALS:
    void cameraDropped(tw::VideoTile *tile, const QString &cameraId);
    void doubleClicked(tw::VideoTile *tile);
    void clicked(tw::VideoTile *tile);
    void contextMenuRequested(tw::VideoTile *tile, const QPoint &globalPos);
    void recordingFinished(const QString &cameraId, const QStringList &files);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateStatus();

    VideoSession *m_session = nullptr;
    QPointer<VideoRecorder> m_recorder;
    Record m_camera;
    VideoTilePainter m_painter;
    bool m_alarm = false;
    bool m_newFrame = false;
    qint64 m_framesPainted = 0;
};

} // namespace tw
