#include "videotile.h"

#include "videofailure.h"
#include "videorecorder.h"
#include "videosession.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>

namespace tw {

VideoTile::VideoTile(QWidget *parent) : QWidget(parent), m_session(new VideoSession(this))
{
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 36);
    connect(m_session, &VideoSession::frameChanged, this, [this] {
        m_newFrame = true;
        update();
    });
    connect(m_session, &VideoSession::stateChanged, this, &VideoTile::updateStatus);
    updateStatus();
}

VideoTile::~VideoTile() = default;

QString VideoTile::mimeType()
{
    return QStringLiteral("application/x-tidewatch-camera");
}

void VideoTile::setCamera(const Record &camera)
{
    if (camera.id.isEmpty()) {
        clearCamera();
        return;
    }
    const bool sameCamera = camera.id == m_camera.id;
    if (!sameCamera) {
        stopRecording();
    }
    m_camera = camera;
    m_painter.setName(camera.displayName());
    m_session->setUris(camera.text(QStringLiteral("main_uri")), camera.text(QStringLiteral("sub_uri")));
    if (!sameCamera || m_session->state() == VideoState::Idle) {
        m_session->start();
    }
    updateStatus();
}

void VideoTile::clearCamera()
{
    stopRecording();
    m_camera = Record{};
    m_session->stop();
    m_painter.setName(QString());
    setAlarm(false);
    updateStatus();
}

void VideoTile::setExerciseMode(bool exercise)
{
    m_painter.setExercise(exercise);
    update();
}

void VideoTile::setAlarm(bool alarm)
{
    m_alarm = alarm;
    m_painter.setAlarm(alarm);
    update();
}

void VideoTile::setSelected(bool selected)
{
    m_painter.setSelected(selected);
    update();
}

void VideoTile::setMaximised(bool maximised)
{
    m_session->setPreferMainStream(maximised);
}

void VideoTile::setClockText(const QString &text)
{
    m_painter.setClockText(text);
    // A live tile repaints with its next frame anyway; only still tiles need the tick.
    if (!m_camera.id.isEmpty() && m_session->state() != VideoState::Live) {
        update(QRect(0, 0, width(), 24));
    }
}

Result<QString> VideoTile::saveSnapshot(const QString &directory)
{
    return m_session->saveSnapshot(directory);
}

Status VideoTile::startRecording(const QString &directory, int segmentSeconds)
{
    if (m_camera.id.isEmpty()) {
        return Error{tr("No camera in this tile"), {}, {}};
    }
    if (isRecording()) {
        return {};
    }
    auto *recorder = new VideoRecorder(this);
    const QString uri = m_session->mainUri().isEmpty() ? m_session->currentUri() : m_session->mainUri();
    const QString prefix = QStringLiteral("%1-%2").arg(m_camera.id.left(8),
                                                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const Status started = recorder->start(uri, directory, prefix, segmentSeconds, m_session->options());
    if (!started) {
        delete recorder;
        return started;
    }
    const QString cameraId = m_camera.id;
    connect(recorder, &VideoRecorder::finished, this, [this, recorder, cameraId](const QStringList &files) {
        Q_EMIT recordingFinished(cameraId, files);
        recorder->deleteLater();
    });
    connect(recorder, &VideoRecorder::recordingChanged, this, [this](bool recording) {
        m_painter.setRecording(recording);
        update();
    });
    m_recorder = recorder;
    m_painter.setRecording(true);
    update();
    return {};
}

void VideoTile::stopRecording()
{
    if (m_recorder) {
        m_recorder->stop();
        m_recorder = nullptr;
    }
    m_painter.setRecording(false);
    update();
}

bool VideoTile::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

void VideoTile::updateStatus()
{
    const VideoState state = m_session->state();
    if (m_camera.id.isEmpty()) {
        m_painter.setStatus(tr("Drop a camera here"), QString());
    } else if (state == VideoState::Live) {
        m_painter.setStatus(QString(), QString());
    } else if (state == VideoState::Reconnecting) {
        m_painter.setStatus(tr("Reconnecting in %n s", nullptr, m_session->retryDelaySeconds()), m_session->failureText());
    } else {
        m_painter.setStatus(videoStateText(state), m_session->failureText());
    }
    setToolTip(m_session->details());
    update();
}

void VideoTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_newFrame) {
        ++m_framesPainted;
        m_newFrame = false;
    }
    m_painter.paint(painter, rect(), m_camera.id.isEmpty() ? VideoFrame() : m_session->videoFrame());
}

void VideoTile::resizeEvent(QResizeEvent *)
{
    m_painter.setDevicePixelRatio(devicePixelRatioF());
    m_session->setTileSize(size() * devicePixelRatioF());
}

void VideoTile::showEvent(QShowEvent *)
{
    m_session->setVisible(true);
}

void VideoTile::hideEvent(QHideEvent *)
{
    m_session->setVisible(false);
}

void VideoTile::mouseDoubleClickEvent(QMouseEvent *)
{
    Q_EMIT doubleClicked(this);
}

void VideoTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        Q_EMIT clicked(this);
    }
}

void VideoTile::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(this, event->globalPos());
}

void VideoTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType())) {
        event->acceptProposedAction();
    }
}

void VideoTile::dragMoveEvent(QDragMoveEvent *event)
{
    // Says so on every move, not only on entry: the drop stays allowed wherever it lands here.
    if (event->mimeData()->hasFormat(mimeType())) {
        event->acceptProposedAction();
    }
}

void VideoTile::dropEvent(QDropEvent *event)
{
    const QString id = QString::fromUtf8(event->mimeData()->data(mimeType())).trimmed();
    if (!id.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT cameraDropped(this, id);
    }
}

} // namespace tw
