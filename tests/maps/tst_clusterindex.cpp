#include <catch2/catch.hpp>

#include "clusterindex.h"
#include "webmercator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <set>

using namespace tw;

namespace {

std::vector<LonLat> randomCity(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<LonLat> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i) {
        // A dense core and a sparse ring, like a city's resources.
        const double spread = random.bounded(4) == 0 ? 0.6 : 0.08;
        points.push_back({120.16 + (random.generateDouble() - 0.5) * spread, 30.27 + (random.generateDouble() - 0.5) * spread});
    }
    return points;
}

std::vector<std::uint32_t> sortedLeaves(const ClusterIndex &index, const ClusterIndex::Item &item)
{
    std::vector<std::uint32_t> leaves = item.isCluster() ? index.leaves(item.id) : std::vector<std::uint32_t>{item.id};
    std::sort(leaves.begin(), leaves.end());
    return leaves;
}

} // namespace

TEST_CASE("At every zoom the clusters and points partition all points exactly once")
{
    const std::vector<LonLat> points = randomCity(3000, 7);
    ClusterIndex index;
    index.build(points);
    for (int zoom = 0; zoom <= 17; ++zoom) {
        const auto items = index.query(QRectF(0, 0, 1, 1), zoom);
        std::vector<int> seen(points.size(), 0);
        std::size_t total = 0;
        for (const auto &item : items) {
            total += item.count;
            const auto leaves = sortedLeaves(index, item);
            CHECK(leaves.size() == item.count);
            for (std::uint32_t leaf : leaves) {
                ++seen[leaf];
            }
        }
        CHECK(total == points.size());
        CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    }
}

TEST_CASE("A viewport query returns what a brute-force filter of the same zoom returns")
{
    const std::vector<LonLat> points = randomCity(5000, 11);
    ClusterIndex index;
    index.build(points);
    QRandomGenerator random(3);
    for (int round = 0; round < 40; ++round) {
        const int zoom = random.bounded(18);
        const auto all = index.query(QRectF(0, 0, 1, 1), zoom);
        const QPointF a = WebMercator::toUnit({120.16 + (random.generateDouble() - 0.5) * 0.5, 30.27 + (random.generateDouble() - 0.5) * 0.5});
        const QRectF box(a, QSizeF(random.generateDouble() * 0.002, random.generateDouble() * 0.002));
        std::multiset<std::pair<std::uint32_t, std::uint32_t>> expected;
        for (const auto &item : all) {
            if (item.x >= box.left() && item.x <= box.right() && item.y >= box.top() && item.y <= box.bottom()) {
                expected.insert({item.count, item.id});
            }
        }
        std::multiset<std::pair<std::uint32_t, std::uint32_t>> got;
        for (const auto &item : index.query(box, zoom)) {
            got.insert({item.count, item.id});
        }
        CHECK(got == expected);
    }
}

TEST_CASE("Points farther apart than the radius never cluster, points closer always do at that zoom")
{
    // At zoom z the radius is 40/512 of a tile: 40/(512*2^z) in unit coordinates.
    const double unit = 40.0 / (512.0 * std::exp2(10));
    const LonLat a = WebMercator::fromUnit({0.8, 0.4});
    const LonLat near = WebMercator::fromUnit({0.8 + unit * 0.5, 0.4});
    const LonLat far = WebMercator::fromUnit({0.8 + unit * 3.0, 0.4});
    ClusterIndex index;
    index.build(std::vector<LonLat>{a, near, far});
    const auto atTen = index.query(QRectF(0, 0, 1, 1), 10);
    REQUIRE(atTen.size() == 2);
    const auto cluster = std::find_if(atTen.begin(), atTen.end(), [](const auto &i) { return i.isCluster(); });
    REQUIRE(cluster != atTen.end());
    CHECK(cluster->count == 2);
    CHECK(index.expansionZoom(cluster->id) == 12); // still within the radius at 11 (half of it)
    CHECK(index.query(QRectF(0, 0, 1, 1), 12).size() == 3);
    CHECK(index.query(QRectF(0, 0, 1, 1), 0).size() == 1);
}

TEST_CASE("The expansion zoom of a cluster is the first zoom at which it splits")
{
    const std::vector<LonLat> points = randomCity(2000, 5);
    ClusterIndex index;
    index.build(points);
    for (int zoom = 0; zoom <= 16; zoom += 3) {
        for (const auto &item : index.query(QRectF(0, 0, 1, 1), zoom)) {
            if (!item.isCluster()) {
                continue;
            }
            const int expansion = index.expansionZoom(item.id);
            CHECK(expansion > zoom);
            // Below the expansion zoom the cluster is shown whole; at it, its leaves are split.
            const auto leaves = sortedLeaves(index, item);
            bool whole = false;
            for (const auto &other : index.query(QRectF(0, 0, 1, 1), expansion - 1)) {
                whole |= other.isCluster() && other.id == item.id;
            }
            CHECK(whole);
            int pieces = 0;
            for (const auto &other : index.query(QRectF(0, 0, 1, 1), expansion)) {
                const auto otherLeaves = sortedLeaves(index, other);
                if (std::includes(leaves.begin(), leaves.end(), otherLeaves.begin(), otherLeaves.end())) {
                    ++pieces;
                }
            }
            CHECK(pieces >= 2);
            CHECK(index.children(item.id).size() >= 2);
        }
    }
}

TEST_CASE("Leaves of a cluster can be paged")
{
    const std::vector<LonLat> points = randomCity(1000, 9);
    ClusterIndex index;
    index.build(points);
    const auto top = index.query(QRectF(0, 0, 1, 1), 0);
    REQUIRE(top.size() == 1);
    const auto all = index.leaves(top.front().id);
    CHECK(all.size() == 1000);
    const auto page = index.leaves(top.front().id, 10, 25);
    REQUIRE(page.size() == 10);
    CHECK(std::equal(page.begin(), page.end(), all.begin() + 25));
}

TEST_CASE("A moved point is found at its new place after the index is brought up to date")
{
    std::vector<LonLat> points = randomCity(500, 13);
    ClusterIndex index;
    index.build(points);
    const LonLat faraway{121.5, 31.2}; // Shanghai: alone there
    index.updatePosition(42, faraway);
    CHECK(index.isDirty());
    index.ensureBuilt();
    CHECK(!index.isDirty());
    const QPointF unit = WebMercator::toUnit(faraway);
    const auto items = index.query(QRectF(unit - QPointF(1e-6, 1e-6), unit + QPointF(1e-6, 1e-6)), 12);
    REQUIRE(items.size() == 1);
    CHECK(items.front().id == 42);
    CHECK(items.front().count == 1);
    // And it is no longer counted in the city.
    std::size_t inCity = 0;
    for (const auto &item : index.queryGeo(QRectF(QPointF(119.5, 29.5), QPointF(121.0, 31.0)), 8)) {
        inCity += item.count;
    }
    CHECK(inCity == 499);
}

TEST_CASE("An empty index answers every query with nothing")
{
    ClusterIndex index;
    index.build({});
    CHECK(index.query(QRectF(0, 0, 1, 1), 5).empty());
    CHECK(index.leaves(0).empty());
    CHECK(index.children(3).empty());
    CHECK(index.query(QRectF(0, 0, 1, 1), std::nan("")).empty());
}
