#pragma once

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

private:
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

    QImage m_topBar;
    bool m_topBarDirty = true;
    QImage m_statusImage;
    bool m_statusDirty = true;
    QImage m_watermark;
};

} // namespace tw
