#include "cameracoverage.h"

#include "geo.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw {

QList<CameraHit> camerasCovering(const QList<Record> &cameras, LonLat point)
{
    QList<CameraHit> hits;
    if (!point.isValid()) {
        return hits;
    }
    for (const Record &camera : cameras) {
        if (camera.kind != ResourceKind::Cameras || !camera.point || !camera.point->isValid()) {
            continue;
        }
        const double heading = camera.real(QStringLiteral("heading_deg"), 0.0);
        const double fov = camera.real(QStringLiteral("fov_deg"), 60.0);
        const double range = camera.real(QStringLiteral("range_m"), 150.0);
        if (!sectorContains(*camera.point, heading, fov, range, point)) {
            continue;
        }
        CameraHit hit;
        hit.cameraId = camera.id;
        hit.name = camera.displayName();
        hit.distanceMeters = distanceMeters(*camera.point, point);
        hit.bearingDegrees = bearingDegrees(*camera.point, point);
        hit.offAxisDegrees = std::abs(std::fmod(hit.bearingDegrees - heading + 540.0, 360.0) - 180.0);
        hits << hit;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const CameraHit &a, const CameraHit &b) {
        if (a.distanceMeters != b.distanceMeters) {
            return a.distanceMeters < b.distanceMeters;
        }
        return a.offAxisDegrees < b.offAxisDegrees;
    });
    return hits;
}

QString bestCameraFor(const QList<Record> &cameras, LonLat point, double fallbackMeters)
{
    const QList<CameraHit> hits = camerasCovering(cameras, point);
    if (!hits.isEmpty()) {
        return hits.first().cameraId;
    }
    QString nearest;
    double nearestMeters = std::numeric_limits<double>::max();
    for (const Record &camera : cameras) {
        if (camera.kind != ResourceKind::Cameras || !camera.point) {
            continue;
        }
        const double meters = distanceMeters(*camera.point, point);
        if (meters <= fallbackMeters && meters < nearestMeters) {
            nearest = camera.id;
            nearestMeters = meters;
        }
    }
    return nearest;
}

} // namespace tw
