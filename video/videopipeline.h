#pragma once

#include "result.h"
#include "videofailure.h"
#include "videostats.h"

#include "videoframe.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThreadPool;

namespace tw {

/// Something a pipeline's streaming threads saw, copied into values and delivered in the
/// receiver's thread.
struct PipelineEvent {
    enum Kind { FrameReady, Error, EndOfStream, NoVideo, UnknownType };
    Kind kind = FrameReady;
    PipelineError error; ///< for Error
    QString caps;        ///< for UnknownType: the caps nothing could decode
};

/// One GStreamer pipeline: URI -> decode -> I420 -> appsink, whose callback scales and converts
/// each picture to a BGRx frame of the tile size (FrameScaler, SIMD) before handing it over.
/// Internal to the video engine (VideoSession, benchmarks). All calls from one thread (the
/// receiver's); streaming-thread callbacks only copy values and post them to the receiver.
class VideoPipeline {
public:
    using Deliver = std::function<void(const PipelineEvent &)>;

    /// `deliver` runs in `receiver`'s thread and never after `receiver` is destroyed or after
    /// this pipeline is destroyed.
    VideoPipeline(QObject *receiver, Deliver deliver);
    /// Returns at once: the pipeline is stopped and freed on teardownPool().
    ~VideoPipeline();

    VideoPipeline(const VideoPipeline &) = delete;
    VideoPipeline &operator=(const VideoPipeline &) = delete;

    Status start(const QString &uri, QSize outputSize, const VideoSessionOptions &options);
    /// Changes the frame size in place: the next picture is scaled to it, nothing renegotiates.
    void setOutputSize(QSize size);
    QSize outputSize() const { return m_outputSize; }

    /// The newest frame since the last call (null if none); older undelivered ones are dropped.
    VideoFrame takeFrame();
    qint64 decodedFrames() const;
    qint64 compressedBytes() const;

    bool seek(qint64 positionMs);
    qint64 positionMs() const;
    qint64 durationMs() const;

    /// Pipelines built and not yet fully torn down, in the whole process.
    static int liveCount();
    /// Other engine pipelines (recordings) count themselves here too.
    static void countPipeline(int delta);
    /// The workers that run set_state(NULL) and free pipelines.
    static QThreadPool *teardownPool();
    /// For tests and shutdown: waits until every queued teardown is done.
    static bool waitForTeardown(int timeoutMs);

    struct Context;

private:
    std::shared_ptr<Context> m_context;
    QSize m_outputSize;
};

/// The caps the appsink accepts: the decoder's own 8-bit 4:2:0 pictures at their own size (a
/// decoder that already gives I420 needs no conversion in GStreamer at all).
QString decodedCapsString();

} // namespace tw
