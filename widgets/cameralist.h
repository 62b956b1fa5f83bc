#pragma once

#include "record.h"

#include <QListWidget>

class QMimeData;

namespace tw {

/// The cameras as a list to drag onto the video wall (mime type
/// "application/x-tidewatch-camera" carrying the camera id). Double-click or Enter activates.
class CameraList : public QListWidget {
    Q_OBJECT
public:
    explicit CameraList(QWidget *parent = nullptr);

    void setCameras(const QList<Record> &cameras);
    QStringList cameraIds() const;

    /// The drag payload for a camera; the map's camera layer uses it too.
    static QMimeData *createMimeData(const QString &cameraId);
    /// The camera id in a drag payload, empty when it carries none.
    static QString cameraIdFrom(const QMimeData *mime);

Q_SIGNALS:
    void cameraActivated(const QString &cameraId);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace tw
