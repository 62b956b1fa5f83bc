#pragma once

#include "entityschema.h"
#include "mapfeature.h"

#include <QHash>
#include <QImage>
#include <QMutex>

namespace tw {

/// Marker images drawn once with antialiasing and reused every frame (a cached sprite costs a
/// fraction of drawing the shape). A frame's lookups build no strings: markers are keyed by
/// their drawing inputs, clusters by kind and count. Thread-safe; bounded (cleared when it
/// grows past its limit).
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
    struct MarkerKey {
        int kind;
        QString variant;
        QRgb color;
        bool highlight;
        bool dimmed;
        friend bool operator==(const MarkerKey &a, const MarkerKey &b)
        {
            return a.kind == b.kind && a.color == b.color && a.highlight == b.highlight && a.dimmed == b.dimmed
                && a.variant == b.variant;
        }
        friend size_t qHash(const MarkerKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.kind, k.variant, k.color, k.highlight, k.dimmed);
        }
    };

    QImage paintSprite(int size, const std::function<void(QPainter &, QRectF)> &paint) const;
    QImage drawMarker(ResourceKind kind, const MapFeature &feature) const;

    mutable QMutex m_mutex;
    QHash<QString, QImage> m_clusterImages;   // by kind and text: counts that read the same share one
    QHash<quint64, QImage> m_clustersByCount; // kind << 32 | count
    QHash<MarkerKey, QImage> m_markers;
    QHash<quint64, QImage> m_arrows;          // step << 32 | colour
    qreal m_dpr;
};

} // namespace tw
