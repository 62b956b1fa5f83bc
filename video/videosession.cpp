#include "videosession.h"

#include "logging.h"
#include "videofailure.h"
#include "videopipeline.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

namespace tw {

namespace {
constexpr int kWatchdogMs = 250;
constexpr int kDiagnosisTimeoutMs = 3000;
}

VideoSession::VideoSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<tw::VideoState>();
    qRegisterMetaType<tw::RetryCause>();
    m_clock.start();
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &VideoSession::checkProgress);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { retry(RetryCause::Backoff); });
    connect(&m_probeTimer, &QTimer::timeout, this, &VideoSession::probe);
}

VideoSession::~VideoSession() = default; // ~VideoPipeline queues the teardown

void VideoSession::setUris(const QString &mainUri, const QString &subUri)
{
    if (mainUri == m_mainUri && subUri == m_subUri) {
        return;
    }
    m_mainUri = mainUri.trimmed();
    m_subUri = subUri.trimmed();
    m_mainStream = chooseMainStream();
    m_backoffSeconds = m_options.minBackoffSeconds;
    if (m_wanted && m_visible) {
        startPipeline();
    }
}

void VideoSession::setOptions(const VideoSessionOptions &options)
{
    m_options = options;
    m_backoffSeconds = options.minBackoffSeconds;
}

void VideoSession::setTileSize(QSize size)
{
    if (size == m_tileSize || size.isEmpty()) {
        return;
    }
    m_tileSize = size;
    updateStream();
    if (m_pipeline) {
        m_pipeline->setOutputSize(outputSize());
    }
}

void VideoSession::setVisible(bool visible)
{
    if (visible == m_visible) {
        return;
    }
    m_visible = visible;
    if (!visible) {
        dropPipeline();
        m_retryTimer.stop();
        stopProbing();
        releaseProbe();
        m_frame = VideoFrame();
        m_frameImage = QImage();
        setState(VideoState::Idle);
    } else if (m_wanted) {
        startPipeline();
    }
}

void VideoSession::setPreferMainStream(bool prefer)
{
    m_preferMain = prefer;
    updateStream();
}

void VideoSession::start()
{
    m_wanted = true;
    m_backoffSeconds = m_options.minBackoffSeconds;
    if (m_visible) {
        startPipeline();
    }
}

void VideoSession::stop()
{
    m_wanted = false;
    dropPipeline();
    m_retryTimer.stop();
    stopProbing();
    releaseProbe();
    m_failure = VideoFailure::None;
    setState(VideoState::Idle);
}

QString VideoSession::failureText() const
{
    return videoFailureText(m_failure);
}

QString VideoSession::currentUri() const
{
    return m_mainStream || m_subUri.isEmpty() ? m_mainUri : m_subUri;
}

bool VideoSession::chooseMainStream() const
{
    if (m_subUri.isEmpty()) {
        return true;
    }
    if (m_mainUri.isEmpty()) {
        return false;
    }
    if (m_preferMain) {
        return true;
    }
    // Hysteresis: a tile resized around one width does not flip streams back and forth.
    return m_mainStream ? m_tileSize.width() >= m_options.subBelowWidth
                        : m_tileSize.width() > m_options.mainAboveWidth;
}

void VideoSession::updateStream()
{
    const bool main = chooseMainStream();
    if (main == m_mainStream) {
        return;
    }
    m_mainStream = main;
    qCDebug(lcVideo) << "switching to" << (main ? "main" : "sub") << "stream at" << m_tileSize;
    Q_EMIT streamChanged(main);
    if (m_wanted && m_visible) {
        startPipeline(); // the last frame stays on screen until the new stream delivers
    }
}

QSize VideoSession::outputSize() const
{
    return m_tileSize.isEmpty() ? QSize(320, 180) : m_tileSize;
}

void VideoSession::startPipeline(bool byProbe)
{
    dropPipeline();
    m_retryTimer.stop();
    stopProbing();
    ++m_attempt;
    m_diagnosing = false;
    m_attemptByProbe = byProbe;
    const QString uri = currentUri();
    if (uri.isEmpty()) {
        handleFailure(VideoFailure::NoUri, QString());
        return;
    }
    m_pipeline = std::make_unique<VideoPipeline>(this, [this](const PipelineEvent &event) { handleEvent(event); });
    const Status started = m_pipeline->start(uri, outputSize(), m_options);
    if (!started) {
        handleFailure(VideoFailure::Other, started.errorString());
        return;
    }
    m_attemptClock.start();
    m_lastBytes = 0;
    m_lastBytesAtMs = m_clock.elapsed();
    m_watchdog.start();
    setState(VideoState::Connecting);
}

void VideoSession::dropPipeline()
{
    if (m_pipeline) {
        m_decodedBefore += m_pipeline->decodedFrames();
        m_pipeline.reset();
    }
    m_watchdog.stop();
    m_bitrateKbps = 0.0;
}

void VideoSession::handleEvent(const PipelineEvent &event)
{
    switch (event.kind) {
    case PipelineEvent::FrameReady: {
        VideoFrame image = m_pipeline ? m_pipeline->takeFrame() : VideoFrame();
        if (image.isNull()) {
            return;
        }
        m_frame = std::move(image);
        m_frameImage = QImage();
        ++m_framesShown;
        m_lastFrameClock.start();
        const qint64 now = m_clock.elapsed();
        m_frameTimes.push_back(now);
        while (!m_frameTimes.empty() && m_frameTimes.front() < now - 2000) {
            m_frameTimes.pop_front();
        }
        if (m_state != VideoState::Live) {
            m_failure = VideoFailure::None;
            m_details.clear();
            m_backoffSeconds = m_options.minBackoffSeconds;
            m_attemptByProbe = false;
            releaseProbe();
            setState(VideoState::Live);
        }
        Q_EMIT frameChanged();
        return;
    }
    case PipelineEvent::EndOfStream:
        if (isNetworkUri(QUrl(currentUri()))) {
            handleFailure(VideoFailure::StreamEnded, QString());
        } else if (m_options.loop && m_pipeline) {
            m_pipeline->seek(0);
        } else {
            setState(VideoState::Ended); // pipeline kept: a seek plays on from anywhere
        }
        return;
    case PipelineEvent::NoVideo:
        handleFailure(VideoFailure::NoVideo, QString());
        return;
    case PipelineEvent::UnknownType: {
        const bool network = isNetworkUri(QUrl(currentUri()));
        if (event.caps.startsWith(QLatin1String("text/")) || event.caps.startsWith(QLatin1String("application/xhtml"))) {
            handleFailure(network ? VideoFailure::WebPage : VideoFailure::NotMedia, event.caps);
        } else if (event.caps.startsWith(QLatin1String("video/")) || event.caps.startsWith(QLatin1String("image/"))) {
            handleFailure(VideoFailure::UnsupportedCodec, event.caps);
        }
        return; // other unknown streams (data, subtitles) do not matter to a picture
    }
    case PipelineEvent::Error:
        break;
    }

    const QUrl uri(currentUri());
    bool needsDiagnosis = false;
    const VideoFailure failure = classifyPipelineError(event.error, uri, &needsDiagnosis);
    const QString details = event.error.message + QLatin1String(" (") + event.error.debug + QLatin1Char(')');
    qCDebug(lcVideo) << "pipeline error" << currentUri() << event.error.sourceFactory << details;
    if (!needsDiagnosis) {
        handleFailure(failure, details);
        return;
    }
    // GStreamer says only "could not connect": look at the socket level on a worker thread.
    dropPipeline();
    m_diagnosing = true;
    QPointer<VideoSession> self(this);
    const quint64 attempt = m_attempt;
    QThreadPool::globalInstance()->start([self, uri, attempt, details] {
        const VideoFailure found = diagnoseConnection(uri, kDiagnosisTimeoutMs);
        QMetaObject::invokeMethod(
            self.data(),
            [self, found, attempt, details] {
                if (!self || self->m_attempt != attempt || !self->m_diagnosing) {
                    return; // a newer attempt or a stop overtook this diagnosis
                }
                self->m_diagnosing = false;
                self->handleFailure(found == VideoFailure::None ? VideoFailure::Other : found, details);
            },
            Qt::QueuedConnection);
    });
}

void VideoSession::setState(VideoState state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VideoSession::checkProgress()
{
    if (!m_pipeline) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    const qint64 bytes = m_pipeline->compressedBytes();
    if (now - m_lastBytesAtMs >= 1000) {
        m_bitrateKbps = double(bytes - m_lastBytes) * 8.0 / double(now - m_lastBytesAtMs);
        m_lastBytes = bytes;
        m_lastBytesAtMs = now;
    }
    const qint64 stallMs = qint64(m_options.stallSeconds) * 1000;
    switch (m_state) {
    case VideoState::Connecting:
        if (m_attemptClock.elapsed() > qint64(m_options.firstFrameTimeoutSeconds) * 1000) {
            handleFailure(VideoFailure::Timeout, QString());
        }
        break;
    case VideoState::Live:
        if (!m_options.syncToClock && m_lastFrameClock.elapsed() > stallMs) {
            setState(VideoState::Stalled);
        }
        break;
    case VideoState::Stalled:
        if (m_lastFrameClock.elapsed() > 2 * stallMs) {
            handleFailure(VideoFailure::Timeout, QString());
        }
        break;
    default:
        break;
    }
}

VideoStats VideoSession::stats() const
{
    VideoStats stats;
    const qint64 now = m_clock.elapsed();
    qint64 recent = 0;
    for (qint64 at : m_frameTimes) {
        recent += at >= now - 2000 ? 1 : 0;
    }
    stats.fps = double(recent) / 2.0;
    stats.framesDecoded = m_decodedBefore + (m_pipeline ? m_pipeline->decodedFrames() : 0);
    stats.framesShown = m_framesShown;
    stats.framesDropped = qMax<qint64>(0, stats.framesDecoded - m_framesShown);
    stats.bitrateKbps = m_bitrateKbps;
    stats.msSinceLastFrame = m_lastFrameClock.isValid() ? m_lastFrameClock.elapsed() : -1;
    stats.frameSize = m_frame.size();
    stats.mainStream = m_mainStream;
    stats.reconnects = m_reconnects;
    stats.probes = m_probes;
    stats.probeRetries = m_probeRetries;
    return stats;
}

QImage VideoSession::frame() const
{
    if (m_frameImage.isNull() && !m_frame.isNull()) {
        m_frameImage = m_frame.toImage();
    }
    return m_frameImage;
}

Result<QString> VideoSession::saveSnapshot(const QString &directory) const
{
    if (m_frame.isNull()) {
        return Error{tr("No picture to save yet"), {}, currentUri()};
    }
    if (!QDir().mkpath(directory)) {
        return Error{tr("Cannot create the folder"), {}, directory};
    }
    const QString name = QStringLiteral("snapshot-%1.png")
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    const QString path = QDir(directory).filePath(name);
    if (!frame().save(path, "PNG")) {
        return Error{tr("Cannot write the snapshot"), {}, path};
    }
    return path;
}

bool VideoSession::seek(qint64 positionMs)
{
    return m_pipeline && m_pipeline->seek(positionMs);
}

qint64 VideoSession::positionMs() const
{
    return m_pipeline ? m_pipeline->positionMs() : -1;
}

qint64 VideoSession::durationMs() const
{
    return m_pipeline ? m_pipeline->durationMs() : -1;
}

int VideoSession::livePipelineCount()
{
    return VideoPipeline::liveCount();
}

bool VideoSession::waitForTeardown(int timeoutMs)
{
    return VideoPipeline::waitForTeardown(timeoutMs);
}

} // namespace tw
