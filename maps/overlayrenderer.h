#pragma once

#include "labelcache.h"
#include "labelgrid.h"
#include "overlayscene.h"
#include "spritecache.h"

class QPainter;

namespace tw {

/// Draws an OverlayScene for a camera: clustered markers from each layer's index as cached
/// sprites, risk radii and camera field-of-view wedges when zoomed in, user drawings, the
/// measurement path and labels placed through a collision grid. Pure: values in, pixels out, so
/// it runs on worker threads (one render at a time per instance). Where the view shows the world
/// more than once (zoomed out, or across the antimeridian) each copy on screen gets its markers
/// and drawings.
class OverlayRenderer {
public:
    static constexpr int kLabelMinZoom = 14;
    static constexpr int kWedgeMinZoom = 15;

    explicit OverlayRenderer(qreal devicePixelRatio = 1.0)
        : m_sprites(devicePixelRatio), m_labelImages(devicePixelRatio), m_dpr(devicePixelRatio)
    {
    }

    /// Draws onto `painter`; fills `hits` when given.
    void draw(QPainter &painter, const MapCamera &camera, const OverlayScene &scene, QList<MapHit> *hits = nullptr);
    /// A transparent image of the camera's viewport with the scene on it.
    OverlayFrame render(const MapCamera &camera, const OverlayScene &scene);
    SpriteCache &sprites() { return m_sprites; }

private:
    struct Placed {
        QPointF at;       // marker centre
        double halfWidth; // of the marker
        const MapFeature *feature;
        ResourceKind kind;
    };
    /// An item of a layer's index in one copy of the world (`copy` worlds east of the main one).
    struct Visible {
        ClusterIndex::Item item;
        int copy;
    };
    void drawAreas(QPainter &painter, const MapCamera &camera, const MapLayer &layer, const std::vector<Visible> &items);
    void drawMarkers(QPainter &painter, const MapCamera &camera, const OverlayScene &scene, const MapLayer &layer,
                     const std::vector<Visible> &items, QList<MapHit> *hits);
    void drawDrawings(QPainter &painter, const MapCamera &camera, const OverlayScene &scene);
    void drawMeasurement(QPainter &painter, const MapCamera &camera, const QList<LonLat> &path);
    void drawLabels(QPainter &painter);

    SpriteCache m_sprites;
    LabelCache m_labelImages;
    LabelGrid m_grid;              // reused frame to frame
    std::vector<Placed> m_labels;  // this frame's label candidates
    std::vector<std::vector<Visible>> m_items; // per layer, this frame
    qreal m_dpr;
};

/// "850 m", "12.4 km": a distance as the scale bar and the measurement show it.
QString formatDistance(double meters);

} // namespace tw
