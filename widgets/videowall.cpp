#include "videowall.h"

#include "cameracoverage.h"
#include "logging.h"
#include "videosession.h"
#include "videotile.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QTime>
#include <QVBoxLayout>

namespace tw {

namespace {

QString defaultDirectory(QStandardPaths::StandardLocation location)
{
    const QString base = QStandardPaths::writableLocation(location);
    return QDir(base.isEmpty() ? QDir::tempPath() : base).filePath(QStringLiteral("Tidewatch"));
}

// Rectangle covering grid cells [column, column + span) x [row, row + span) of an n x n grid.
QRect cell(const QRect &area, int n, int column, int row, int span = 1)
{
    const int left = area.x() + area.width() * column / n;
    const int top = area.y() + area.height() * row / n;
    const int right = area.x() + area.width() * (column + span) / n;
    const int bottom = area.y() + area.height() * (row + span) / n;
    return QRect(left, top, right - left, bottom - top);
}

} // namespace

VideoWall::VideoWall(QWidget *parent) : QWidget(parent)
{
    qRegisterMetaType<tw::WallLayout>();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_canvas = new QWidget(this);
    m_canvas->installEventFilter(this);
    m_canvas->setAutoFillBackground(true);
    QPalette palette = m_canvas->palette();
    palette.setColor(QPalette::Window, Qt::black);
    m_canvas->setPalette(palette);
    layout->addWidget(m_canvas);
    m_placeholder = new QLabel(tr("The video wall is in its own window."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->hide();
    layout->addWidget(m_placeholder);

    for (int i = 0; i < kMaxTiles; ++i) {
        auto *tile = new VideoTile(m_canvas);
        tile->hide();
        connect(tile, &VideoTile::cameraDropped, this, [this](VideoTile *t, const QString &id) {
            assignCamera(indexOf(t), id);
        });
        connect(tile, &VideoTile::doubleClicked, this, [this](VideoTile *t) {
            setMaximisedTile(m_maximised == indexOf(t) ? -1 : indexOf(t));
        });
        connect(tile, &VideoTile::contextMenuRequested, this, [this](VideoTile *t, const QPoint &at) {
            QMenu *menu = createMenu(indexOf(t), this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(at);
        });
        connect(tile, &VideoTile::recordingFinished, this, &VideoWall::recordingFinished);
        m_tiles << tile;
    }
    m_recordingDirectory = defaultDirectory(QStandardPaths::MoviesLocation);
    m_snapshotDirectory = defaultDirectory(QStandardPaths::PicturesLocation);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &VideoWall::tickClock);
    m_clock.start();
    connect(&m_tourTimer, &QTimer::timeout, this, &VideoWall::nextTourPage);
    tickClock();
    arrangeTiles();
}

VideoWall::~VideoWall()
{
    delete m_window; // holds the canvas while detached
}

void VideoWall::setCameras(const QList<Record> &cameras)
{
    m_cameras.clear();
    for (const Record &camera : cameras) {
        if (camera.kind == ResourceKind::Cameras) {
            m_cameras.insert(camera.id, camera);
        }
    }
    for (VideoTile *tile : std::as_const(m_tiles)) {
        if (tile->cameraId().isEmpty()) {
            continue;
        }
        const auto found = m_cameras.constFind(tile->cameraId());
        if (found == m_cameras.cend()) {
            tile->clearCamera();
        } else {
            tile->setCamera(*found);
        }
    }
}

void VideoWall::showCameras(const QStringList &ids)
{
    const int wanted = qMin<int>(int(ids.size()), kMaxTiles);
    if (wanted > tileCount(m_layout)) {
        for (WallLayout layout : {WallLayout::Single, WallLayout::Grid2x2, WallLayout::OnePlusFive,
                                  WallLayout::OnePlusSeven, WallLayout::Grid3x3, WallLayout::Grid4x4}) {
            if (tileCount(layout) >= wanted) {
                setWallLayout(layout);
                break;
            }
        }
    }
    const int count = tileCount(m_layout);
    for (int i = 0; i < count; ++i) {
        assignCamera(i, i < ids.size() ? ids.at(i) : QString());
    }
}

void VideoWall::assignCamera(int tileIndex, const QString &cameraId)
{
    VideoTile *target = tile(tileIndex);
    if (!target) {
        return;
    }
    target->setAlarm(false);
    const auto found = m_cameras.constFind(cameraId);
    if (cameraId.isEmpty() || found == m_cameras.cend()) {
        if (!cameraId.isEmpty()) {
            qCInfo(lcWidgets) << "video wall: unknown camera" << cameraId;
        }
        target->clearCamera();
        return;
    }
    target->setCamera(*found);
}

QStringList VideoWall::shownCameraIds() const
{
    QStringList ids;
    for (int i = 0; i < tileCount(m_layout); ++i) {
        ids << m_tiles.at(i)->cameraId();
    }
    return ids;
}

int VideoWall::tileCount(WallLayout layout)
{
    switch (layout) {
    case WallLayout::Single: return 1;
    case WallLayout::Grid2x2: return 4;
    case WallLayout::Grid3x3: return 9;
    case WallLayout::Grid4x4: return 16;
    case WallLayout::OnePlusFive: return 6;
    case WallLayout::OnePlusSeven: return 8;
    }
    return 1;
}

QList<QRect> VideoWall::tileRects(WallLayout layout, const QRect &area)
{
    QList<QRect> rects;
    switch (layout) {
    case WallLayout::Single:
        rects << area;
        break;
    case WallLayout::Grid2x2:
    case WallLayout::Grid3x3:
    case WallLayout::Grid4x4: {
        const int n = layout == WallLayout::Grid2x2 ? 2 : layout == WallLayout::Grid3x3 ? 3 : 4;
        for (int row = 0; row < n; ++row) {
            for (int column = 0; column < n; ++column) {
                rects << cell(area, n, column, row);
            }
        }
        break;
    }
    case WallLayout::OnePlusFive:
    case WallLayout::OnePlusSeven: {
        const int n = layout == WallLayout::OnePlusFive ? 3 : 4;
        rects << cell(area, n, 0, 0, n - 1);
        for (int row = 0; row < n - 1; ++row) {
            rects << cell(area, n, n - 1, row); // right column
        }
        for (int column = 0; column < n; ++column) {
            rects << cell(area, n, column, n - 1); // bottom row
        }
        break;
    }
    }
    return rects;
}

QString VideoWall::layoutName(WallLayout layout)
{
    switch (layout) {
    case WallLayout::Single: return tr("1 camera");
    case WallLayout::Grid2x2: return tr("2 × 2");
    case WallLayout::Grid3x3: return tr("3 × 3");
    case WallLayout::Grid4x4: return tr("4 × 4");
    case WallLayout::OnePlusFive: return tr("1 + 5");
    case WallLayout::OnePlusSeven: return tr("1 + 7");
    }
    return {};
}

void VideoWall::setWallLayout(WallLayout layout)
{
    if (layout == m_layout) {
        return;
    }
    m_layout = layout;
    m_maximised = -1;
    arrangeTiles();
    Q_EMIT layoutChanged(layout);
}

void VideoWall::setMaximisedTile(int tileIndex)
{
    if (tileIndex >= tileCount(m_layout)) {
        tileIndex = -1;
    }
    if (m_maximised >= 0) {
        m_tiles.at(m_maximised)->setMaximised(false);
    }
    m_maximised = tileIndex;
    if (m_maximised >= 0) {
        m_tiles.at(m_maximised)->setMaximised(true);
    }
    arrangeTiles();
}

void VideoWall::arrangeTiles()
{
    const QRect area = m_canvas->rect();
    const QList<QRect> rects = tileRects(m_layout, area);
    for (int i = 0; i < m_tiles.size(); ++i) {
        VideoTile *tile = m_tiles.at(i);
        const bool shown = m_maximised >= 0 ? i == m_maximised : i < rects.size();
        if (shown) {
            tile->setGeometry(m_maximised >= 0 ? area : rects.at(i));
        }
        // Hidden tiles tear their pipeline down: nothing decodes for what nobody sees.
        tile->setVisible(shown);
    }
}

void VideoWall::startTour(const QStringList &cameraIds, int dwellSeconds)
{
    m_tourIds = cameraIds;
    m_tourPosition = 0;
    if (cameraIds.isEmpty()) {
        stopTour();
        return;
    }
    nextTourPage();
    m_tourTimer.start(qMax(1, dwellSeconds) * 1000);
}

void VideoWall::stopTour()
{
    m_tourTimer.stop();
}

void VideoWall::nextTourPage()
{
    const int count = tileCount(m_layout);
    QStringList page;
    for (int i = 0; i < count && i < m_tourIds.size(); ++i) {
        page << m_tourIds.at((m_tourPosition + i) % m_tourIds.size());
    }
    m_tourPosition = (m_tourPosition + count) % qMax<int>(1, int(m_tourIds.size()));
    for (int i = 0; i < count; ++i) {
        assignCamera(i, i < page.size() ? page.at(i) : QString());
    }
}

QString VideoWall::showAlarmAt(LonLat point)
{
    const QString id = bestCameraFor(m_cameras.values(), point);
    if (id.isEmpty()) {
        return {};
    }
    stopTour();
    if (m_maximised > 0) {
        setMaximisedTile(-1);
    }
    assignCamera(0, id);
    m_tiles.first()->setAlarm(true);
    Q_EMIT alarmShown(id);
    return id;
}

int VideoWall::fillWithCamerasCovering(LonLat point)
{
    QStringList ids;
    for (const CameraHit &hit : camerasCovering(m_cameras.values(), point)) {
        ids << hit.cameraId;
    }
    if (!ids.isEmpty()) {
        stopTour();
        setMaximisedTile(-1);
        showCameras(ids);
    }
    return int(ids.size());
}

void VideoWall::setExerciseMode(bool exercise)
{
    m_exercise = exercise;
    for (VideoTile *tile : std::as_const(m_tiles)) {
        tile->setExerciseMode(exercise);
    }
}

VideoTile *VideoWall::tile(int index) const
{
    return index >= 0 && index < m_tiles.size() ? m_tiles.at(index) : nullptr;
}

int VideoWall::indexOf(const VideoTile *tile) const
{
    return int(m_tiles.indexOf(const_cast<VideoTile *>(tile)));
}

void VideoWall::tickClock()
{
    const QString text = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    for (VideoTile *tile : std::as_const(m_tiles)) {
        if (tile->isVisible()) {
            tile->setClockText(text);
        }
    }
}

void VideoWall::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void VideoWall::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    watchWindow();
}

void VideoWall::watchWindow()
{
    QWidget *top = m_canvas->window();
    if (top != m_watchedWindow) {
        if (m_watchedWindow) {
            m_watchedWindow->removeEventFilter(this);
        }
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
}

bool VideoWall::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize) {
        arrangeTiles();
    } else if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange) {
        // A minimised window decodes nothing.
        const bool minimised = m_watchedWindow->windowState() & Qt::WindowMinimized;
        for (int i = 0; i < m_tiles.size(); ++i) {
            if (m_tiles.at(i)->isVisible()) {
                m_tiles.at(i)->session()->setVisible(!minimised);
            }
        }
    } else if (watched == m_window && event->type() == QEvent::Close) {
        QMetaObject::invokeMethod(this, [this] { setDetached(false); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tw
