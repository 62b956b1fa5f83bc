#include "clusterindex.h"

#include <catch2/catch.hpp>

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <random>
#include <vector>

using namespace tw;

// Layer builds run on the global thread pool and each builds a cluster index. When every pool
// thread is such a build, the index must not wait for more global-pool work (that deadlocked the
// console at start). A regression shows as this test never finishing (CTest's timeout fails it).
TEST_CASE("cluster indexes build while every global pool thread is itself building one")
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> lon(119.9, 120.5);
    std::uniform_real_distribution<double> lat(30.0, 30.5);
    std::vector<LonLat> points(5000);
    for (LonLat &point : points) {
        point = LonLat(lon(random), lat(random));
    }

    const int builds = QThreadPool::globalInstance()->maxThreadCount() * 2;
    QList<QFuture<std::size_t>> futures;
    for (int i = 0; i < builds; ++i) {
        futures << QtConcurrent::run([&points] {
            ClusterIndex index;
            index.build(points);
            return index.memoryBytes();
        });
    }
    for (QFuture<std::size_t> &future : futures) {
        future.waitForFinished();
        CHECK(future.result() > 0);
    }
}
