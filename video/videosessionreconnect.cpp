// VideoSession: what happens after a failure. A retryable one schedules the next attempt with
// backoff; while that is far away, a reachability probe may start it early.
#include "videosession.h"

#include "cameraprobe.h"
#include "logging.h"
#include "videofailure.h"

#include <QUrl>

namespace tw {

namespace {
// A serving camera's probe connection is kept until the attempt it started is live or failed,
// at most this long (see CameraProbe: the server keeps the stream it prepared for the probe).
constexpr int kProbeHoldMs = 15000;
// No probe when the backoff retry is this close anyway.
constexpr int kProbeMinLeadMs = 1000;
}

void VideoSession::handleFailure(VideoFailure failure, const QString &details)
{
    dropPipeline();
    releaseProbe();
    m_diagnosing = false;
    m_failure = failure;
    m_details = details;
    const bool retry = m_wanted && isRetryable(failure, isNetworkUri(QUrl(currentUri())));
    if (failure == VideoFailure::NoUri) {
        qCDebug(lcVideo) << "camera without URI";
    } else {
        qCInfo(lcVideo).noquote() << currentUri() << videoFailureText(failure) << (retry ? "- retrying" : "")
                                  << details;
    }
    if (!retry) {
        m_retryDelaySeconds = 0;
        setState(VideoState::Failed);
        return;
    }
    m_retryDelaySeconds = m_backoffSeconds;
    m_backoffSeconds = qMin(m_backoffSeconds * 2, m_options.maxBackoffSeconds);
    ++m_reconnects;
    m_retryTimer.start(m_retryDelaySeconds * 1000);
    // After an early attempt that failed anyway (the camera answers but cannot stream), the next
    // one waits for the backoff: a probe never rebuilds pipelines every few seconds.
    if (!m_attemptByProbe) {
        startProbing();
    }
    setState(VideoState::Reconnecting);
}

int VideoSession::msUntilRetry() const
{
    return m_retryTimer.isActive() ? int(m_retryTimer.remainingTime()) : -1;
}

void VideoSession::retry(RetryCause cause)
{
    if (!m_wanted || !m_visible) {
        return;
    }
    const int early = cause == RetryCause::Probe ? qMax(0, msUntilRetry()) : 0;
    Q_EMIT retryStarted(cause, early);
    startPipeline(cause == RetryCause::Probe);
}

void VideoSession::startProbing()
{
    if (m_options.probeIntervalMs <= 0 || m_retryDelaySeconds * 1000 <= m_options.probeIntervalMs
        || !isNetworkUri(QUrl(currentUri()))) {
        return; // the retry comes soon anyway, or there is nothing to ask
    }
    m_probeTimer.start(m_options.probeIntervalMs);
}

void VideoSession::stopProbing()
{
    m_probeTimer.stop();
    if (m_probe) {
        m_probe->cancel();
    }
}

void VideoSession::releaseProbe()
{
    if (m_probe) {
        m_probe->release();
    }
}

void VideoSession::probe()
{
    if (m_state != VideoState::Reconnecting || msUntilRetry() <= kProbeMinLeadMs) {
        stopProbing();
        return;
    }
    if (!m_probe) {
        m_probe = new CameraProbe(this);
        connect(m_probe, &CameraProbe::finished, this, &VideoSession::probeFinished);
    }
    if (m_probe->isRunning()) {
        return;
    }
    ++m_probes;
    m_probe->start(QUrl(currentUri()), qMax(1, m_options.probeTimeoutMs), kProbeHoldMs);
}

void VideoSession::probeFinished(bool serving, const QString &detail)
{
    qCDebug(lcVideo).noquote() << "probe" << currentUri() << detail;
    if (!serving || m_state != VideoState::Reconnecting || msUntilRetry() < 0) {
        return;
    }
    qCInfo(lcVideo).noquote() << currentUri() << "answers again (" + detail + "): reconnecting"
                              << msUntilRetry() << "ms before the backoff retry";
    ++m_probeRetries;
    retry(RetryCause::Probe);
}

} // namespace tw
