#include "cameralist.h"

#include "videotile.h"

#include <QMimeData>

namespace tw {

CameraList::CameraList(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT cameraActivated(item->data(Qt::UserRole).toString());
    });
}

void CameraList::setCameras(const QList<Record> &cameras)
{
    clear();
    QList<Record> sorted;
    for (const Record &camera : cameras) {
        if (camera.kind == ResourceKind::Cameras) {
            sorted << camera;
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const Record &a, const Record &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Record &camera : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(camera.displayName(), this);
        item->setData(Qt::UserRole, camera.id);
        if (camera.text(QStringLiteral("main_uri")).isEmpty() && camera.text(QStringLiteral("sub_uri")).isEmpty()) {
            item->setToolTip(tr("No stream address (no URI) for this camera"));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        } else {
            item->setToolTip(camera.text(QStringLiteral("address")));
        }
    }
}

QStringList CameraList::cameraIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        ids << item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

QMimeData *CameraList::createMimeData(const QString &cameraId)
{
    auto *mime = new QMimeData;
    mime->setData(VideoTile::mimeType(), cameraId.toUtf8());
    mime->setText(cameraId);
    return mime;
}

QString CameraList::cameraIdFrom(const QMimeData *mime)
{
    return mime && mime->hasFormat(VideoTile::mimeType())
        ? QString::fromUtf8(mime->data(VideoTile::mimeType())).trimmed() : QString();
}

QStringList CameraList::mimeTypes() const
{
    return {VideoTile::mimeType()};
}

QMimeData *CameraList::mimeData(const QList<QListWidgetItem *> &items) const
{
    return items.isEmpty() ? nullptr : createMimeData(items.first()->data(Qt::UserRole).toString());
}

} // namespace tw
