#pragma once

#include "result.h"
#include "videostats.h"

#include <QElapsedTimer>
#include "videoframe.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <deque>
#include <memory>

namespace tw {

class CameraProbe;
class VideoPipeline;
struct PipelineEvent;

/// One camera (or file) shown in one tile: owns at most one pipeline, runs the state machine
/// (idle, connecting, live, stalled, reconnecting, failed, ended), picks the main or sub-stream
/// by tile size and keeps statistics. Lives in the GUI thread; never blocks it.
class VideoSession : public QObject {
    Q_OBJECT
public:
    explicit VideoSession(QObject *parent = nullptr);
    /// Returns at once; the pipeline is torn down on a worker thread.
    ~VideoSession() override;

    /// Main stream and optional sub-stream; restarts a running session.
    void setUris(const QString &mainUri, const QString &subUri = QString());
    QString mainUri() const { return m_mainUri; }
    QString subUri() const { return m_subUri; }
    void setOptions(const VideoSessionOptions &options);
    const VideoSessionOptions &options() const { return m_options; }

    /// Frames come scaled (letterboxed) to this size. Picks main/sub with hysteresis.
    void setTileSize(QSize size);
    QSize tileSize() const { return m_tileSize; }
    /// A hidden session decodes nothing; showing it again reconnects if it was started.
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    /// Maximised tiles always take the main stream.
    void setPreferMainStream(bool prefer);

    void start();
    void stop();

    VideoState state() const { return m_state; }
    VideoFailure failure() const { return m_failure; }
    /// Translated reason, empty when none.
    QString failureText() const;
    /// GStreamer's own words about the last error, for the log and a tooltip.
    QString details() const { return m_details; }
    int retryDelaySeconds() const { return m_retryDelaySeconds; }
    /// While reconnecting: ms until the backoff retry, -1 when none is scheduled.
    int msUntilRetry() const;

    bool isMainStream() const { return m_mainStream; }
    QString currentUri() const;
    /// The newest frame (tile-sized BGRx as QImage::Format_RGB32); null before the first one.
    /// Made from videoFrame() when first asked for after each new frame.
    QImage frame() const;
    /// The newest frame as it came from the pipeline, for drawing (VideoFrame::drawInto()).
    const VideoFrame &videoFrame() const { return m_frame; }
    VideoStats stats() const;

    /// Writes the current frame as PNG into `directory` (created if needed); returns its path.
    Result<QString> saveSnapshot(const QString &directory) const;

    /// Playback of files: position, duration (ms, -1 when unknown) and seeking.
    bool seek(qint64 positionMs);
    qint64 positionMs() const;
    qint64 durationMs() const;

    /// Pipelines alive in the process (including those being torn down).
    static int livePipelineCount();
    /// Waits for queued teardowns (tests, shutdown).
    static bool waitForTeardown(int timeoutMs);

Q_SIGNALS:
    void stateChanged(tw::VideoState state);
    void frameChanged();
    void streamChanged(bool mainStream);
    /// A reconnection attempt starts; for RetryCause::Probe, `msBeforeBackoff` is how much
    /// earlier than the backoff retry it is.
    void retryStarted(tw::RetryCause cause, int msBeforeBackoff);

private:
    void startPipeline(bool byProbe = false);
    void retry(RetryCause cause);
    void dropPipeline();
    void startProbing();
    void stopProbing();
    void releaseProbe();
    void probe();
    void probeFinished(bool serving, const QString &detail);
    void handleEvent(const PipelineEvent &event);
    void handleFailure(VideoFailure failure, const QString &details);
    void setState(VideoState state);
    void checkProgress();
    bool chooseMainStream() const;
    void updateStream();
    QSize outputSize() const;

    std::unique_ptr<VideoPipeline> m_pipeline;
    QString m_mainUri;
    QString m_subUri;
    VideoSessionOptions m_options;
    QSize m_tileSize{320, 180};
    bool m_visible = true;
    bool m_wanted = false;
    bool m_preferMain = false;
    bool m_mainStream = false;
    VideoState m_state = VideoState::Idle;
    VideoFailure m_failure = VideoFailure::None;
    QString m_details;
    int m_backoffSeconds = 1;
    int m_retryDelaySeconds = 0;
    quint64 m_attempt = 0;
    bool m_diagnosing = false;
    bool m_attemptByProbe = false; // the running attempt was started by a probe, not the backoff

    VideoFrame m_frame;
    mutable QImage m_frameImage; // frame(), made once per frame
    QTimer m_watchdog;
    QTimer m_retryTimer;
    QTimer m_probeTimer;
    CameraProbe *m_probe = nullptr; // created on first use
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_lastFrameClock;
    std::deque<qint64> m_frameTimes; // ms on m_clock, last two seconds
    QElapsedTimer m_clock;
    qint64 m_framesShown = 0;
    qint64 m_decodedBefore = 0; // decoded by earlier pipelines of this session
    qint64 m_lastBytes = 0;
    qint64 m_lastBytesAtMs = 0;
    double m_bitrateKbps = 0.0;
    int m_reconnects = 0;
    int m_probes = 0;
    int m_probeRetries = 0;
};

} // namespace tw
