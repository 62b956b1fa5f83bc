#pragma once

#include "lonlat.h"
#include "record.h"

#include <QList>
#include <QString>

namespace tw {

/// A camera whose field of view contains a point.
struct CameraHit {
    QString cameraId;
    QString name;
    double distanceMeters = 0.0;
    double bearingDegrees = 0.0;   ///< from the camera to the point
    double offAxisDegrees = 0.0;   ///< how far from the camera's heading (0 = centred)
};

/// Cameras (ResourceKind::Cameras records) whose wedge — position, heading_deg, fov_deg,
/// range_m — contains `point`, nearest first (then the most centred). Cameras without a
/// position are skipped. Pure: no I/O, safe on any thread.
QList<CameraHit> camerasCovering(const QList<Record> &cameras, LonLat point);

/// The best camera for a point: the first hit, or when none covers it the nearest camera within
/// `fallbackMeters` (an alarm still gets a picture of the area). Empty when there is none.
QString bestCameraFor(const QList<Record> &cameras, LonLat point, double fallbackMeters = 500.0);

} // namespace tw
