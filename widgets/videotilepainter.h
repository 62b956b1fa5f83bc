#pragma once

#include "videoframe.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace tw {

/// Paints one wall tile: the frame, then the overlay (camera name, clock, state and reason,
/// REC mark, alarm border, EXERCISE watermark). Text is rendered into small cached images when it
/// changes, so a repaint per frame is a blit or two. Used by VideoTile and by the benchmark.
class VideoTilePainter {
public:
    void setName(const QString &name);
    /// Empty for a live picture; otherwise the state and reason shown in the middle.
    void setStatus(const QString &status, const QString &reason);
    void setClockText(const QString &text);
    void setRecording(bool recording);
    void setExercise(bool exercise);
    void setAlarm(bool alarm);
    void setSelected(bool selected);
    void setDevicePixelRatio(qreal ratio);

    void paint(QPainter &painter, const QRect &rect, const QImage &frame);
    /// The same for a frame as the pipeline delivers it: its pixels are written straight into
    /// the painter's image (a window's backing store) where nothing else decides them, so each
    /// is written once; elsewhere it is drawn as frame.toImage().
    void paint(QPainter &painter, const QRect &rect, const VideoFrame &frame);
    /// How many frames paint() wrote straight into the painter's image.
    qint64 framesWrittenDirectly() const { return m_framesWrittenDirectly; }

private:
    bool drawDirect(QPainter &painter, const QRect &rect, const VideoFrame &frame);
    void paintOverlay(QPainter &painter, const QRect &rect);
    void renderTopBar(int width);
    void renderStatus(const QSize &size);
    void renderWatermark(const QSize &size);

    QString m_name;
    QString m_status;
    QString m_reason;
    QString m_clock;
    bool m_recording = false;
    bool m_exercise = false;
    bool m_alarm = false;
    bool m_selected = false;
    qreal m_ratio = 1.0;
    qint64 m_framesWrittenDirectly = 0;

    QImage m_topBar;
    bool m_topBarDirty = true;
    QImage m_statusImage;
    bool m_statusDirty = true;
    QImage m_watermark;
};

} // namespace tw
