#pragma once

#include "lonlat.h"

#include <QRectF>

#include <cstdint>
#include <span>
#include <vector>

namespace tw {

/// Hierarchical greedy point clustering (the supercluster idea, our own code): the points are
/// clustered at `maxZoom`, then those clusters are clustered at `maxZoom - 1`, and so on; each
/// zoom keeps a static KD-tree of its items for viewport queries. Neighbours within the radius are
/// found through a hash grid while building (faster than the trees for that job).
///
/// Position updates (`updatePosition`) store the point at once and mark the hierarchy dirty; the
/// owner calls `ensureBuilt()` before publishing the index (the layer set does it once per burst of
/// updates), so a burst costs one rebuild. Rebuilding is O(n log n) and each layer kind has its own
/// index, so moving teams never rebuild the 100k cameras. Until then queries answer from the old
/// hierarchy. Writes are not thread-safe; concurrent const queries are.
class ClusterIndex {
public:
    struct Options {
        int minZoom = 0;
        int maxZoom = 16;    ///< above this every point is shown on its own
        double radius = 40;  ///< cluster radius in `extent` units per tile (supercluster's meaning)
        double extent = 512;
        int minPoints = 2;
        int nodeSize = 64;
    };

    /// One thing to draw at a zoom: a point (count 1, `id` is its index) or a cluster.
    struct Item {
        double x = 0; ///< Web Mercator unit coordinates in [0, 1]
        double y = 0;
        std::uint32_t count = 1;
        std::uint32_t id = 0; ///< point index, or cluster id when `isCluster()`
        bool isCluster() const { return count > 1; }
    };

    ClusterIndex() : ClusterIndex(Options{}) {}
    explicit ClusterIndex(const Options &options);

    void build(std::span<const LonLat> points);
    std::size_t size() const { return m_pointX.size(); }
    const Options &options() const { return m_options; }

    /// Items at integer zoom floor(zoom) whose position lies in the unit rectangle.
    std::vector<Item> query(const QRectF &unitBounds, double zoom) const;
    /// Items whose position lies in a WGS-84 box (x = lon, y = lat).
    std::vector<Item> queryGeo(const QRectF &lonLatBounds, double zoom) const;
    /// The direct children of a cluster (points and smaller clusters).
    std::vector<Item> children(std::uint32_t clusterId) const;
    /// Point indexes under a cluster, at most `limit` from `offset`.
    std::vector<std::uint32_t> leaves(std::uint32_t clusterId, std::size_t limit = SIZE_MAX, std::size_t offset = 0) const;
    /// The zoom at which the cluster breaks up into its children.
    int expansionZoom(std::uint32_t clusterId) const;
    std::uint32_t clusterCount(std::uint32_t clusterId) const;
    bool isValidCluster(std::uint32_t clusterId) const;

    /// Moves one point; the hierarchy is rebuilt lazily on the next query.
    void updatePosition(std::uint32_t index, LonLat position);
    bool isDirty() const { return m_dirty; }
    /// Rebuilds now if positions changed (call before sharing the index with other threads).
    void ensureBuilt();
    /// Bytes held by the index (positions, levels, trees, clusters).
    std::size_t memoryBytes() const;

    /// Unit coordinates of a point.
    double pointX(std::uint32_t index) const { return m_pointX[index]; }
    double pointY(std::uint32_t index) const { return m_pointY[index]; }

    static constexpr std::uint32_t kClusterBit = 0x80000000u;

private:
    struct Entry {
        double x;
        double y;
        std::uint32_t count;
        std::uint32_t ref; // point index, or cluster number | kClusterBit
    };
    using Level = std::vector<Entry>; // in KD-tree order
    struct Cluster {
        double x;
        double y;
        std::uint32_t count;
        std::uint32_t firstChild; // into m_children
        std::uint32_t childCount;
        std::uint8_t zoom;        // the zoom it was formed at
    };

    void rebuild();
    void sortLevel(Level &level) const;
    void sortLevelParallel(Level &level) const;
    void sortRange(Level &level, std::size_t left, std::size_t right, int axis) const;
    template<typename Visit>
    void range(const Level &level, double minX, double minY, double maxX, double maxY, Visit &&visit) const;
    void clusterLevel(const Level &from, Level &to, int zoom);
    Item itemOfRef(std::uint32_t ref) const;

    Options m_options;
    std::vector<double> m_pointX; // by point index
    std::vector<double> m_pointY;
    std::vector<Level> m_levels;  // index zoom - minZoom; the last one holds the points
    std::vector<Cluster> m_clusters;
    std::vector<std::uint32_t> m_children; // refs
    bool m_dirty = false;
};

} // namespace tw
