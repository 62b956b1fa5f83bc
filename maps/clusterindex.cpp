#include "clusterindex.h"

#include "cellgrid.h"
#include "cpustate.h"
#include "webmercator.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace {
Q_GLOBAL_STATIC(QThreadPool, s_treePool)
// Fewer points than this stay on one core: handing half of them to another thread costs more
// than it saves.
constexpr std::size_t kParallelSize = 65536;
constexpr std::size_t kParallelTreeSize = 4096; // a zoom level's tree: small ones are built on the spot
} // namespace

namespace tw {

ClusterIndex::ClusterIndex(const Options &options) : m_options(options)
{
    m_options.minZoom = std::clamp(m_options.minZoom, 0, 24);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, 24);
    m_options.nodeSize = std::max(2, m_options.nodeSize);
    m_options.minPoints = std::max(2, m_options.minPoints);
}

void ClusterIndex::build(std::span<const LonLat> points)
{
    clearUpperVectorState();
    m_pointX.resize(points.size());
    m_pointY.resize(points.size());
    auto project = [this, points](std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            const QPointF unit = WebMercator::toUnit(points[i]);
            m_pointX[i] = std::clamp(unit.x(), 0.0, 1.0);
            m_pointY[i] = std::clamp(unit.y(), 0.0, 1.0);
        }
    };
    // The projection (a sine and a logarithm per point) splits evenly over two cores.
    if (points.size() >= kParallelSize && s_treePool()->maxThreadCount() >= 2) {
        const std::size_t half = points.size() / 2;
        QFuture<void> second = QtConcurrent::run(s_treePool(), [&project, half, size = points.size()] {
            clearUpperVectorState();
            project(half, size);
        });
        project(0, half);
        second.waitForFinished();
    } else {
        project(0, points.size());
    }
    rebuild();
}

void ClusterIndex::updatePosition(std::uint32_t index, LonLat position)
{
    if (index >= m_pointX.size()) {
        return;
    }
    const QPointF unit = WebMercator::toUnit(position);
    m_pointX[index] = std::clamp(unit.x(), 0.0, 1.0);
    m_pointY[index] = std::clamp(unit.y(), 0.0, 1.0);
    m_dirty = true;
}

void ClusterIndex::ensureBuilt()
{
    if (m_dirty) {
        rebuild();
    }
}

void ClusterIndex::rebuild()
{
    clearUpperVectorState();
    m_dirty = false;
    m_clusters.clear();
    m_children.clear();
    const int levelCount = m_options.maxZoom - m_options.minZoom + 2;
    m_levels.assign(levelCount, {});

    Level &leaves = m_levels.back();
    leaves.resize(m_pointX.size());
    for (std::size_t i = 0; i < m_pointX.size(); ++i) {
        leaves[i] = Entry{m_pointX[i], m_pointY[i], 1, std::uint32_t(i)};
    }
    sortLevelParallel(leaves); // first: clustering walks the points in this (spatially coherent) order
    // The clustering does not need the trees (it uses a hash grid): a level's tree is built on
    // the other core once the next level up has been clustered from it, while the main loop
    // goes on. The trees run on a pool of their own: rebuild() itself usually runs on a
    // global-pool thread (layer builds), and waiting there for more global-pool tasks deadlocks
    // as soon as every pool thread is such a waiting build.
    QList<QFuture<void>> trees;
    for (int zoom = m_options.maxZoom; zoom >= m_options.minZoom; --zoom) {
        Level &from = m_levels[zoom - m_options.minZoom + 1];
        clusterLevel(from, m_levels[zoom - m_options.minZoom], zoom);
        if (&from == &leaves) {
            continue;
        }
        if (from.size() < kParallelTreeSize) {
            sortLevel(from); // handing it over would cost more
        } else {
            trees << QtConcurrent::run(s_treePool(), [this, &from] {
                clearUpperVectorState(); // a pool thread: its own registers
                sortLevel(from);
            });
        }
    }
    sortLevel(m_levels.front());
    for (QFuture<void> &tree : trees) {
        tree.waitForFinished();
    }
    m_clusters.shrink_to_fit();
    m_children.shrink_to_fit();
}

void ClusterIndex::sortLevelParallel(Level &level) const
{
    // The same nth_element steps as sortLevel, so the order is the same: the top split here,
    // the two halves on both cores. A half is independent of the other.
    if (level.size() < kParallelSize || level.size() <= std::size_t(m_options.nodeSize) + 1 || s_treePool()->maxThreadCount() < 2) {
        sortLevel(level);
        return;
    }
    const std::size_t m = (level.size() - 1) >> 1;
    std::nth_element(level.begin(), level.begin() + m, level.end(), [](const Entry &a, const Entry &b) { return a.x < b.x; });
    QFuture<void> right = QtConcurrent::run(s_treePool(), [this, &level, m] {
        clearUpperVectorState();
        sortRange(level, m + 1, level.size() - 1, 1);
    });
    sortRange(level, 0, m - 1, 1);
    right.waitForFinished();
}

void ClusterIndex::sortLevel(Level &level) const
{
    if (!level.empty()) {
        sortRange(level, 0, level.size() - 1, 0);
    }
}

// Arranges [left, right] as a static KD-tree: the median on the axis in the middle, the halves
// arranged the same way on the other axis, down to leaves of nodeSize.
void ClusterIndex::sortRange(Level &level, std::size_t left, std::size_t right, int axis) const
{
    struct Range {
        std::size_t left;
        std::size_t right;
        int axis;
    };
    std::vector<Range> stack{{left, right, axis}};
    const std::size_t nodeSize = std::size_t(m_options.nodeSize);
    while (!stack.empty()) {
        const Range r = stack.back();
        stack.pop_back();
        if (r.right - r.left <= nodeSize) {
            continue;
        }
        const std::size_t m = (r.left + r.right) >> 1;
        if (r.axis == 0) {
            std::nth_element(level.begin() + r.left, level.begin() + m, level.begin() + r.right + 1,
                             [](const Entry &a, const Entry &b) { return a.x < b.x; });
        } else {
            std::nth_element(level.begin() + r.left, level.begin() + m, level.begin() + r.right + 1,
                             [](const Entry &a, const Entry &b) { return a.y < b.y; });
        }
        if (m > r.left) {
            stack.push_back({r.left, m - 1, 1 - r.axis});
        }
        stack.push_back({m + 1, r.right, 1 - r.axis});
    }
}

template<typename Visit>
void ClusterIndex::range(const Level &level, double minX, double minY, double maxX, double maxY, Visit &&visit) const
{
    if (level.empty()) {
        return;
    }
    struct Range {
        std::size_t left;
        std::size_t right;
        int axis;
    };
    Range stack[128];
    int top = 0;
    stack[top++] = {0, level.size() - 1, 0};
    const std::size_t nodeSize = std::size_t(m_options.nodeSize);
    while (top > 0) {
        const Range r = stack[--top];
        if (r.right - r.left <= nodeSize) {
            for (std::size_t i = r.left; i <= r.right; ++i) {
                const Entry &e = level[i];
                if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY) {
                    visit(i);
                }
            }
            continue;
        }
        const std::size_t m = (r.left + r.right) >> 1;
        const Entry &e = level[m];
        if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY) {
            visit(m);
        }
        const double value = r.axis == 0 ? e.x : e.y;
        if ((r.axis == 0 ? minX : minY) <= value && m > r.left) {
            stack[top++] = {r.left, m - 1, 1 - r.axis};
        }
        if ((r.axis == 0 ? maxX : maxY) >= value) {
            stack[top++] = {m + 1, r.right, 1 - r.axis};
        }
    }
}

void ClusterIndex::clusterLevel(const Level &from, Level &to, int zoom)
{
    const double r = m_options.radius / (m_options.extent * std::exp2(zoom));
    const double r2 = r * r;
    std::vector<double> xs(from.size());
    std::vector<double> ys(from.size());
    for (std::size_t i = 0; i < from.size(); ++i) {
        xs[i] = from[i].x;
        ys[i] = from[i].y;
    }
    const internal::CellGrid grid(xs, ys, 2.0 * r);
    std::vector<std::uint8_t> done(from.size(), 0);
    std::vector<std::size_t> neighbors;
    to.reserve(from.size() / 2 + 16);
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (done[i]) {
            continue;
        }
        done[i] = 1;
        const Entry &e = from[i];
        neighbors.clear();
        std::uint64_t numPoints = e.count;
        grid.around(e.x, e.y, [&](std::size_t j) {
            if (!done[j]) {
                const double dx = xs[j] - e.x;
                const double dy = ys[j] - e.y;
                if (dx * dx + dy * dy <= r2) {
                    neighbors.push_back(j);
                    numPoints += from[j].count;
                }
            }
        });
        if (numPoints > e.count && numPoints >= std::uint64_t(m_options.minPoints)) {
            double wx = e.x * e.count;
            double wy = e.y * e.count;
            const auto firstChild = std::uint32_t(m_children.size());
            m_children.push_back(e.ref);
            for (std::size_t j : neighbors) {
                done[j] = 1;
                wx += from[j].x * from[j].count;
                wy += from[j].y * from[j].count;
                m_children.push_back(from[j].ref);
            }
            const auto number = std::uint32_t(m_clusters.size());
            const auto count = std::uint32_t(numPoints);
            m_clusters.push_back(Cluster{wx / count, wy / count, count, firstChild,
                                         std::uint32_t(neighbors.size() + 1), std::uint8_t(zoom)});
            to.push_back(Entry{wx / count, wy / count, count, number | kClusterBit});
        } else {
            to.push_back(e);
            if (numPoints > 1) {
                for (std::size_t j : neighbors) {
                    done[j] = 1;
                    to.push_back(from[j]);
                }
            }
        }
    }
    to.shrink_to_fit();
}

std::vector<ClusterIndex::Item> ClusterIndex::query(const QRectF &unitBounds, double zoom) const
{
    std::vector<Item> items;
    if (m_levels.empty() || !std::isfinite(zoom)) {
        return items;
    }
    const int z = std::clamp(int(std::floor(zoom)), m_options.minZoom, m_options.maxZoom + 1);
    const Level &level = m_levels[z - m_options.minZoom];
    const QRectF b = unitBounds.normalized();
    range(level, b.left(), b.top(), b.right(), b.bottom(), [&](std::size_t i) {
        const Entry &e = level[i];
        items.push_back(Item{e.x, e.y, e.count, e.count > 1 ? (e.ref & ~kClusterBit) : e.ref});
    });
    return items;
}

std::vector<ClusterIndex::Item> ClusterIndex::queryGeo(const QRectF &lonLatBounds, double zoom) const
{
    const QRectF b = lonLatBounds.normalized();
    const QPointF northWest = WebMercator::toUnit({b.left(), b.bottom()});
    const QPointF southEast = WebMercator::toUnit({b.right(), b.top()});
    return query(QRectF(northWest, southEast), zoom);
}

ClusterIndex::Item ClusterIndex::itemOfRef(std::uint32_t ref) const
{
    if (ref & kClusterBit) {
        const std::uint32_t number = ref & ~kClusterBit;
        const Cluster &c = m_clusters[number];
        return Item{c.x, c.y, c.count, number};
    }
    return Item{m_pointX[ref], m_pointY[ref], 1, ref};
}

bool ClusterIndex::isValidCluster(std::uint32_t clusterId) const
{
    return clusterId < m_clusters.size();
}

std::uint32_t ClusterIndex::clusterCount(std::uint32_t clusterId) const
{
    return isValidCluster(clusterId) ? m_clusters[clusterId].count : 0;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(std::uint32_t clusterId) const
{
    std::vector<Item> items;
    if (!isValidCluster(clusterId)) {
        return items;
    }
    const Cluster &c = m_clusters[clusterId];
    items.reserve(c.childCount);
    for (std::uint32_t k = 0; k < c.childCount; ++k) {
        items.push_back(itemOfRef(m_children[c.firstChild + k]));
    }
    return items;
}

std::vector<std::uint32_t> ClusterIndex::leaves(std::uint32_t clusterId, std::size_t limit, std::size_t offset) const
{
    std::vector<std::uint32_t> result;
    if (!isValidCluster(clusterId)) {
        return result;
    }
    std::size_t skipped = 0;
    std::vector<std::uint32_t> stack{clusterId | kClusterBit};
    while (!stack.empty() && result.size() < limit) {
        const std::uint32_t ref = stack.back();
        stack.pop_back();
        if (!(ref & kClusterBit)) {
            if (skipped < offset) {
                ++skipped;
            } else {
                result.push_back(ref);
            }
            continue;
        }
        const Cluster &c = m_clusters[ref & ~kClusterBit];
        if (skipped + c.count <= offset) {
            skipped += c.count; // the whole subtree is before the requested page
            continue;
        }
        for (std::uint32_t k = c.childCount; k > 0; --k) {
            stack.push_back(m_children[c.firstChild + k - 1]);
        }
    }
    return result;
}

int ClusterIndex::expansionZoom(std::uint32_t clusterId) const
{
    if (!isValidCluster(clusterId)) {
        return m_options.maxZoom + 1;
    }
    return std::min(int(m_clusters[clusterId].zoom) + 1, m_options.maxZoom + 1);
}

std::size_t ClusterIndex::memoryBytes() const
{
    std::size_t bytes = (m_pointX.capacity() + m_pointY.capacity()) * sizeof(double);
    for (const Level &level : m_levels) {
        bytes += level.capacity() * sizeof(Entry);
    }
    bytes += m_clusters.capacity() * sizeof(Cluster) + m_children.capacity() * sizeof(std::uint32_t);
    return bytes;
}

} // namespace tw
