#pragma once

#include "entityschema.h"
#include "mapfeature.h"

#include <QHash>
#include <QImage>
#include <QMutex>

namespace tw {

/// Marker images drawn once with antialiasing and reused every frame (a cached sprite costs a
/// fraction of drawing the shape). Thread-safe; bounded (cleared when it grows past its limit).
class SpriteCache {
public:
    explicit SpriteCache(qreal devicePixelRatio = 1.0) : m_dpr(devicePixelRatio) {}

    /// The marker of a feature of `kind` (without heading: see `headingArrow`).
    QImage marker(ResourceKind kind, const MapFeature &feature);
    /// A cluster bubble in the kind's colour with the count written in it.
    QImage cluster(ResourceKind kind, quint32 count);
    /// A small arrow pointing to `headingDeg`, in 16 steps.
    QImage headingArrow(float headingDeg, const QColor &color);
    int size() const;

    static QString countText(quint32 count);

private:
    QImage draw(const QString &key, int size, const std::function<void(QPainter &, QRectF)> &paint);

    mutable QMutex m_mutex;
    QHash<QString, QImage> m_images;
    qreal m_dpr;
};

} // namespace tw
