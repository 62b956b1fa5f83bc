// VideoWall's user actions: detaching, presets, snapshots, recording and the tile menu.
#include "videowall.h"

#include "videosession.h"
#include "videotile.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QVBoxLayout>

namespace tw {

namespace {
const QString kPresets = QStringLiteral("videoWall/presets");
}

void VideoWall::setDetached(bool detached)
{
    if (detached == isDetached()) {
        return;
    }
    if (detached) {
        m_window = new QWidget(nullptr, Qt::Window);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->setWindowTitle(tr("Tidewatch video wall"));
        auto *layout = new QVBoxLayout(m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_canvas); // reparents the canvas and its tiles
        m_window->installEventFilter(this);
        // On a second monitor when there is one.
        const QList<QScreen *> screens = QGuiApplication::screens();
        if (screens.size() > 1) {
            QScreen *other = screens.at(screens.first() == screen() ? 1 : 0);
            m_window->setGeometry(other->availableGeometry());
        } else {
            m_window->resize(size().expandedTo(QSize(960, 540)));
        }
        m_placeholder->show();
        m_window->show();
    } else {
        QWidget *window = m_window;
        m_window = nullptr;
        window->removeEventFilter(this);
        m_canvas->setParent(this);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_canvas);
        m_canvas->show();
        m_placeholder->hide();
        window->deleteLater();
    }
    watchWindow();
    arrangeTiles();
    Q_EMIT detachedChanged(detached);
}

void VideoWall::savePreset(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kPresets);
    settings.beginGroup(name);
    settings.setValue(QStringLiteral("layout"), int(m_layout));
    settings.setValue(QStringLiteral("cameras"), shownCameraIds());
}

bool VideoWall::loadPreset(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kPresets);
    if (!settings.childGroups().contains(name)) {
        return false;
    }
    settings.beginGroup(name);
    const int layout = settings.value(QStringLiteral("layout")).toInt();
    if (layout < int(WallLayout::Single) || layout > int(WallLayout::OnePlusSeven)) {
        return false;
    }
    stopTour();
    setWallLayout(WallLayout(layout));
    setMaximisedTile(-1);
    const QStringList ids = settings.value(QStringLiteral("cameras")).toStringList();
    for (int i = 0; i < tileCount(m_layout); ++i) {
        assignCamera(i, ids.value(i));
    }
    return true;
}

void VideoWall::removePreset(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kPresets);
    settings.remove(name);
}

QStringList VideoWall::presetNames()
{
    QSettings settings;
    settings.beginGroup(kPresets);
    return settings.childGroups();
}

Result<QString> VideoWall::saveSnapshot(int tileIndex, const QString &directory)
{
    VideoTile *target = tile(tileIndex);
    if (!target || target->cameraId().isEmpty()) {
        return Error{tr("No camera in this tile"), {}, {}};
    }
    Result<QString> path = target->saveSnapshot(directory.isEmpty() ? m_snapshotDirectory : directory);
    if (path) {
        Q_EMIT snapshotTaken(target->cameraId(), path.value());
    }
    return path;
}

QMenu *VideoWall::createMenu(int tileIndex, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    VideoTile *target = tile(tileIndex);
    const bool hasCamera = target && !target->cameraId().isEmpty();
    if (target) {
        menu->addAction(m_maximised == tileIndex ? tr("Restore") : tr("Maximise"), this, [this, tileIndex] {
            setMaximisedTile(m_maximised == tileIndex ? -1 : tileIndex);
        });
        QAction *snapshot = menu->addAction(tr("Snapshot"), this, [this, tileIndex] {
            (void)saveSnapshot(tileIndex, QString());
        });
        snapshot->setEnabled(hasCamera && !target->session()->frame().isNull());
        QAction *record = menu->addAction(target->isRecording() ? tr("Stop recording") : tr("Record"), this,
                                          [this, target] {
                                              if (target->isRecording()) {
                                                  target->stopRecording();
                                              } else {
                                                  (void)target->startRecording(m_recordingDirectory);
                                              }
                                          });
        record->setEnabled(hasCamera);
        QAction *clear = menu->addAction(tr("Clear tile"), this, [this, tileIndex] { assignCamera(tileIndex, {}); });
        clear->setEnabled(hasCamera);
        menu->addSeparator();
    }
    QMenu *layouts = menu->addMenu(tr("Layout"));
    auto *group = new QActionGroup(layouts);
    for (WallLayout layout : {WallLayout::Single, WallLayout::Grid2x2, WallLayout::Grid3x3, WallLayout::Grid4x4,
                              WallLayout::OnePlusFive, WallLayout::OnePlusSeven}) {
        QAction *action = layouts->addAction(layoutName(layout), this, [this, layout] { setWallLayout(layout); });
        action->setCheckable(true);
        action->setChecked(layout == m_layout);
        group->addAction(action);
    }
    QMenu *presets = menu->addMenu(tr("Presets"));
    presets->addAction(tr("Save current as…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save wall preset"), tr("Preset name:"),
                                                   QLineEdit::Normal, QString(), &ok).trimmed();
        if (ok && !name.isEmpty() && !name.contains(QLatin1Char('/'))) {
            savePreset(name);
        }
    });
    const QStringList names = presetNames();
    if (!names.isEmpty()) {
        presets->addSeparator();
    }
    for (const QString &name : names) {
        presets->addAction(name, this, [this, name] { loadPreset(name); });
    }
    if (isTouring()) {
        menu->addAction(tr("Stop tour"), this, &VideoWall::stopTour);
    }
    menu->addAction(isDetached() ? tr("Back into the main window") : tr("Detach to a separate window"), this,
                    [this] { setDetached(!isDetached()); });
    return menu;
}

} // namespace tw
